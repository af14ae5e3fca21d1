package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code _zlib}: the compression engine under the {@code zlib} module (Modules/zlibmodule.c, whose
 * engine is the zlib library): here the JDK's {@link Deflater} and {@link Inflater}, which wrap zlib
 * too, so the compressed bytes are zlib's. The module {@code zlib} (Python) builds CPython's API on
 * these functions; the gzip wrapper (header and trailer, {@code wbits} 25 to 31 and the automatic
 * 40 to 47) is written there, as the JDK's streams only know zlib's and raw deflate.
 * <ul>
 *   <li>{@code crc32(data, value)}, {@code adler32(data, value)}: the checksums continued from
 *       {@code value} (unsigned 32-bit), computed here as zlib does.</li>
 *   <li>{@code deflater(level, raw, strategy)} / {@code inflater(raw)}: a new stream's handle (an
 *       int); {@code end(handle)} frees it.</li>
 *   <li>{@code deflate(handle, data, flush)}: the bytes produced with {@code flush} one of zlib's
 *       {@code Z_NO_FLUSH} (0), {@code Z_SYNC_FLUSH} (2), {@code Z_FULL_FLUSH} (3), {@code Z_FINISH} (4).</li>
 *   <li>{@code inflate(handle, data, maxlen)}: {@code (output, unconsumed, finished, error)}: at most
 *       {@code maxlen} bytes (0: no limit), how many input bytes are left (after the end of the stream,
 *       or beyond the limit), whether the stream ended, and zlib's message for corrupt data, or None.</li>
 * </ul>
 * The handles belong to the interpreter's module state (its table of streams), not to the class.
 */
final class ZlibModule {
    private ZlibModule() {
    }

    /** The table of CRC-32's remainders per byte (the reflected polynomial 0xEDB88320). */
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    static long crc32(byte[] data, long start) {
        int c = ~(int) start;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    static long adler32(byte[] data, long start) {
        long a = start & 0xffff, b = (start >>> 16) & 0xffff;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StreamHandles streams = StreamHandles.of(table, s -> {
            if (s instanceof Deflater d) {
                d.end();
            } else if (s instanceof Inflater i) {
                i.end();
            }
        });
        SysModule.function(space, module, dict, "crc32", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "crc32", a, n, kw).exactly(2);
            return space.newInt(crc32(Abstract.bufferBytes(space, c.get(0)), space.intType.longValue(c.get(1))));
        });
        SysModule.function(space, module, dict, "adler32", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "adler32", a, n, kw).exactly(2);
            return space.newInt(adler32(Abstract.bufferBytes(space, c.get(0)), space.intType.longValue(c.get(1))));
        });
        SysModule.function(space, module, dict, "deflater", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "deflater", a, n, kw).exactly(3);
            int level = (int) space.intType.longValue(c.get(0));
            boolean raw = dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(1));
            int strategy = (int) space.intType.longValue(c.get(2));
            Deflater d = new Deflater(level, raw);
            d.setStrategy(switch (strategy) {
                case 1 -> Deflater.FILTERED;
                case 2 -> Deflater.HUFFMAN_ONLY;
                default -> Deflater.DEFAULT_STRATEGY;
            });
            long h = streams.add(d);
            return space.newInt(h);
        });
        SysModule.function(space, module, dict, "inflater", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "inflater", a, n, kw).exactly(1);
            long h = streams.add(new Inflater(dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(0))));
            return space.newInt(h);
        });
        SysModule.function(space, module, dict, "end", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "end", a, n, kw).exactly(1);
            Object s = streams.remove(space.intType.longValue(c.get(0)));
            if (s instanceof Deflater d) {
                d.end();
            } else if (s instanceof Inflater i) {
                i.end();
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "deflate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "deflate", a, n, kw).exactly(3);
            if (!(streams.get(space.intType.longValue(c.get(0))) instanceof Deflater d)) {
                throw new PyException("ValueError", "no such deflate stream");
            }
            byte[] data = Abstract.bufferBytes(space, c.get(1));
            int flush = (int) space.intType.longValue(c.get(2));
            d.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            if (flush == 4) {
                d.finish();
                while (!d.finished()) {
                    int got = d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                    out.write(buf, 0, got);
                }
            } else {
                int mode = flush == 2 ? Deflater.SYNC_FLUSH : flush == 3 ? Deflater.FULL_FLUSH : Deflater.NO_FLUSH;
                while (true) {
                    int got = d.deflate(buf, 0, buf.length, mode);
                    out.write(buf, 0, got);
                    if (got < buf.length && d.needsInput()) {
                        break;
                    }
                }
            }
            return space.bytesType.of(out.toByteArray());
        });
        SysModule.function(space, module, dict, "inflate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "inflate", a, n, kw).exactly(3);
            if (!(streams.get(space.intType.longValue(c.get(0))) instanceof Inflater inf)) {
                throw new PyException("ValueError", "no such inflate stream");
            }
            byte[] data = Abstract.bufferBytes(space, c.get(1));
            long maxlen = space.intType.longValue(c.get(2));
            inf.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            String error = null;
            try {
                while (!inf.finished() && (maxlen <= 0 || out.size() < maxlen)) {
                    int room = maxlen <= 0 ? buf.length : (int) Math.min(buf.length, maxlen - out.size());
                    int got = inf.inflate(buf, 0, room);
                    out.write(buf, 0, got);
                    if (got == 0 && (inf.needsInput() || inf.needsDictionary())) {
                        break;
                    }
                }
            } catch (DataFormatException e) {
                error = e.getMessage() == null ? "invalid data" : e.getMessage();
            }
            long o = space.bytesType.of(out.toByteArray());
            long rest = space.newInt(inf.getRemaining());
            long done = space.newBool(inf.finished());
            long err = error == null ? space.newNone() : space.strType.runtime(error);
            long t = space.tupleType.create(o, rest, done, err);
            for (long x : new long[] {o, rest, done, err}) {
                space.decref(x);
            }
            return t;
        });
    }
}

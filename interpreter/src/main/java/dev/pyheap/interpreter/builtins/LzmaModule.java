package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

import org.tukaani.xz.ARMOptions;
import org.tukaani.xz.ARMThumbOptions;
import org.tukaani.xz.CorruptedInputException;
import org.tukaani.xz.DeltaOptions;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.FinishableOutputStream;
import org.tukaani.xz.FinishableWrapperOutputStream;
import org.tukaani.xz.IA64Options;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.PowerPCOptions;
import org.tukaani.xz.SPARCOptions;
import org.tukaani.xz.SingleXZInputStream;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.X86Options;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.ArrayDeque;

/**
 * {@code _lzma}: the engine under the {@code lzma} module (Modules/_lzmamodule.c, whose engine is
 * liblzma): here XZ for Java ({@code org.tukaani.xz}). The module {@code lzma} (Python) builds
 * CPython's API on these functions.
 * <ul>
 *   <li>{@code compressor(format, check, preset, filters)}: a new compressing stream's handle, or
 *       liblzma's message (a str) for options it cannot use;
 *       {@code format} 1 (xz), 2 (alone) or 3 (raw), {@code filters} None or a list of filter
 *       specs, each a list {@code [id, preset, dict_size, lc, lp, pb, mode, nice_len, mf, depth,
 *       dist, start_offset]} with -1 for what the program left out.</li>
 *   <li>{@code compress(handle, data)}: the bytes the stream has ready; {@code finish(handle)}: the rest.</li>
 *   <li>{@code decompressor(format, memlimit, filters)}: a new decompressing stream's handle
 *       (format 0 picks xz or alone by the first bytes).</li>
 *   <li>{@code feed(handle, data)}: {@code (output, finished, unused, check, error)}: what the data
 *       decoded to, whether the stream ended, the bytes after its end, the xz check id (16 until
 *       the header is read), and liblzma's message for data it refused, or None.</li>
 *   <li>{@code end(handle)}: frees the stream.</li>
 * </ul>
 * XZ for Java decodes by pulling from an {@link InputStream}, where liblzma is pushed chunks: each
 * decompressor runs its decoder on a virtual thread of its own that reads the chunks fed so far
 * and waits for more ({@link Pump}); {@code feed} hands a chunk over and returns once the decoder
 * waits again or has finished. The handles belong to the interpreter's module state.
 */
final class LzmaModule {
    private LzmaModule() {
    }

    static final int FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;
    static final long FILTER_LZMA1 = 0x4000000000000001L, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03,
            FILTER_X86 = 0x04, FILTER_POWERPC = 0x05, FILTER_IA64 = 0x06, FILTER_ARM = 0x07,
            FILTER_ARMTHUMB = 0x08, FILTER_SPARC = 0x09;
    static final int CHECK_UNKNOWN = 16;

    /** A compressing stream: the encoder writes into {@code sink}, drained after each call. */
    private record Compressor(ByteArrayOutputStream sink, FinishableOutputStream encoder) {
        byte[] drain() {
            byte[] out = sink.toByteArray();
            sink.reset();
            return out;
        }
    }

    /** Opens the decoder over the stream of fed bytes. */
    private interface DecoderFactory {
        InputStream open(InputStream fed) throws IOException;
    }

    /**
     * A decoder on its own thread, fed chunk by chunk. The decoder thread reads {@code chunks}
     * through {@link #fed}; when they run out it marks itself starved and waits. Everything
     * shared is guarded by {@code this}.
     */
    private static final class Pump implements Runnable {
        private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
        private int offset;
        private final ByteArrayOutputStream output = new ByteArrayOutputStream();
        private boolean starved, finished, closed;
        private IOException failure;
        private int check = CHECK_UNKNOWN;
        private final DecoderFactory factory;

        Pump(DecoderFactory factory) {
            this.factory = factory;
        }

        private final InputStream fed = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                synchronized (Pump.this) {
                    while (chunks.isEmpty()) {
                        if (closed) {
                            throw new java.io.InterruptedIOException("decompressor freed");
                        }
                        starved = true;
                        Pump.this.notifyAll();
                        try {
                            Pump.this.wait();
                        } catch (InterruptedException e) {
                            throw new java.io.InterruptedIOException();
                        }
                    }
                    byte[] head = chunks.peekFirst();
                    int n = Math.min(len, head.length - offset);
                    System.arraycopy(head, offset, b, off, n);
                    offset += n;
                    if (offset == head.length) {
                        chunks.removeFirst();
                        offset = 0;
                    }
                    return n;
                }
            }
        };

        @Override
        public void run() {
            try {
                InputStream decoder = factory.open(fed);
                if (decoder instanceof SingleXZInputStream xz) {
                    synchronized (this) {
                        check = xz.getCheckType();
                    }
                }
                byte[] buffer = new byte[4096];
                int n;
                while ((n = decoder.read(buffer, 0, buffer.length)) > 0) {
                    synchronized (this) {
                        output.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                }
            } finally {
                synchronized (this) {
                    finished = true;
                    notifyAll();
                }
            }
        }

        /** Hands {@code data} to the decoder and waits until it wants more or has ended. */
        synchronized void feed(byte[] data) {
            if (data.length > 0) {
                chunks.addLast(data);
                starved = false;
            }
            notifyAll();
            while (!starved && !finished) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PyException("KeyboardInterrupt", "");
                }
            }
        }

        synchronized byte[] takeOutput() {
            byte[] out = output.toByteArray();
            output.reset();
            return out;
        }

        synchronized byte[] unused() {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            boolean first = true;
            for (byte[] chunk : chunks) {
                rest.write(chunk, first ? offset : 0, chunk.length - (first ? offset : 0));
                first = false;
            }
            return rest.toByteArray();
        }

        synchronized void close() {
            closed = true;
            chunks.clear();
            notifyAll();
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StreamHandles streams = StreamHandles.of(table, s -> {
            if (s instanceof Pump p) {
                p.close();
            }
        });
        SysModule.function(space, module, dict, "compressor", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "compressor", a, n, kw).exactly(4);
            int format = (int) space.intType.longValue(c.get(0));
            int check = (int) space.intType.longValue(c.get(1));
            long preset = space.intType.longValue(c.get(2));
            java.util.List<Object> filters = c.get(3) == space.none ? null : filters(space, c.get(3));
            if (c.get(3) != space.none && filters == null) {
                return space.strType.runtime("Invalid or unsupported options");
            }
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            FinishableOutputStream encoder;
            try {
                encoder = switch (format) {
                    case FORMAT_XZ -> new XZOutputStream(sink,
                            filters != null ? xzChain(filters) : new FilterOptions[] {presetOptions(preset)}, check);
                    case FORMAT_ALONE -> new LZMAOutputStream(sink, filters != null ? lzma1Only(filters)
                            : presetOptions(preset), -1);
                    case FORMAT_RAW -> rawEncoder(sink, filters);
                    default -> throw new PyException("ValueError", "Invalid container format: " + format);
                };
            } catch (UnsupportedOptionsException e) {
                return space.strType.runtime("Invalid or unsupported options");
            } catch (IOException e) {
                return space.strType.runtime("Internal error");
            }
            long h = streams.add(new Compressor(sink, encoder));
            return space.newInt(h);
        });
        SysModule.function(space, module, dict, "compress", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "compress", a, n, kw).exactly(2);
            Compressor comp = compressor(streams, space, c.get(0));
            try {
                comp.encoder().write(CallArgs.bytesOrBytearray(space, c.get(1)));
            } catch (IOException e) {
                throw new PyException("OSError", "lzma: " + e.getMessage());
            }
            return space.bytesType.of(comp.drain());
        });
        SysModule.function(space, module, dict, "finish", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "finish", a, n, kw).exactly(1);
            Compressor comp = compressor(streams, space, c.get(0));
            try {
                comp.encoder().finish();
            } catch (IOException e) {
                throw new PyException("OSError", "lzma: " + e.getMessage());
            }
            return space.bytesType.of(comp.drain());
        });
        SysModule.function(space, module, dict, "decompressor", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "decompressor", a, n, kw).exactly(3);
            int format = (int) space.intType.longValue(c.get(0));
            long memlimit = space.intType.longValue(c.get(1));
            int limitKiB = memlimit < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, Math.max(1, memlimit / 1024));
            java.util.List<Object> filters = c.get(2) == space.none ? null : filters(space, c.get(2));
            if (c.get(2) != space.none && filters == null) {
                return space.strType.runtime("Invalid or unsupported options");
            }
            DecoderFactory factory = switch (format) {
                case FORMAT_XZ -> in -> new SingleXZInputStream(in, limitKiB);
                case FORMAT_ALONE -> in -> new LZMAInputStream(in, limitKiB);
                case FORMAT_AUTO -> in -> {
                    PushbackInputStream peek = new PushbackInputStream(in, 13);
                    int first = peek.read();
                    if (first >= 0) {
                        peek.unread(first);
                    }
                    if (first == 0xFD) {
                        return new SingleXZInputStream(peek, limitKiB);
                    }
                    checkAloneHeader(peek);
                    return new LZMAInputStream(peek, limitKiB);
                };
                case FORMAT_RAW -> in -> rawDecoder(in, filters);
                default -> throw new PyException("ValueError", "Invalid container format: " + format);
            };
            Pump pump = new Pump(factory);
            Thread.ofVirtual().name("lzma-decoder").start(pump);
            long h = streams.add(pump);
            return space.newInt(h);
        });
        SysModule.function(space, module, dict, "feed", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "feed", a, n, kw).exactly(2);
            if (!(streams.get(space.intType.longValue(c.get(0))) instanceof Pump pump)) {
                throw new PyException("ValueError", "no such lzma stream");
            }
            pump.feed(CallArgs.bytesOrBytearray(space, c.get(1)));
            IOException failure;
            boolean finished;
            int check;
            synchronized (pump) {
                failure = pump.failure;
                finished = pump.finished;
                check = pump.check;
            }
            long out = space.bytesType.of(pump.takeOutput());
            long done = space.newBool(finished && failure == null);
            long rest = space.bytesType.of(finished ? pump.unused() : new byte[0]);
            long id = space.newInt(check);
            long error = failure == null ? space.newNone() : space.strType.runtime(message(failure));
            long t = space.tupleType.create(out, done, rest, id, error);
            for (long x : new long[] {out, done, rest, id, error}) {
                space.decref(x);
            }
            return t;
        });
        SysModule.function(space, module, dict, "end", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "end", a, n, kw).exactly(1);
            if (streams.remove(space.intType.longValue(c.get(0))) instanceof Pump p) {
                p.close();
            }
            return space.newNone();
        });
    }

    /**
     * What liblzma's automatic decoder asks of a .lzma header before it takes the data for one, so
     * that bytes of another kind are refused as soon as they show it (XZ for Java would wait for
     * all 13 header bytes): properties below 225 with lc + lp at most 4, a dictionary size of 2^n or 2^n + 2^(n-1) (or
     * all ones), an uncompressed size below 2^38 or unknown. The bytes read are pushed back.
     */
    private static void checkAloneHeader(PushbackInputStream in) throws IOException {
        byte[] header = new byte[13];
        int got = 0;
        try {
            while (got < 13) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                header[got++] = (byte) b;
                if (got == 1 && (b >= 225 || b % 45 % 9 + b % 45 / 9 > 4)) {
                    throw new XZFormatException();
                }
                if (got == 5) {
                    long dict = (header[1] & 0xffL) | (header[2] & 0xffL) << 8 | (header[3] & 0xffL) << 16 | (header[4] & 0xffL) << 24;
                    if (dict != 0xffffffffL) {
                        long d = dict - 1;
                        d |= d >> 2;
                        d |= d >> 3;
                        d |= d >> 4;
                        d |= d >> 8;
                        d |= d >> 16;
                        if (((d + 1) & 0xffffffffL) != dict) {
                            throw new XZFormatException();
                        }
                    }
                }
                if (got == 13) {
                    long size = 0;
                    for (int i = 12; i >= 5; i--) {
                        size = size << 8 | (header[i] & 0xff);
                    }
                    if (size != -1 && (size >>> 38) != 0) {
                        throw new XZFormatException();
                    }
                }
            }
        } finally {
            in.unread(header, 0, got);
        }
    }

    /** liblzma's messages for what XZ for Java reports. */
    private static String message(IOException e) {
        return switch (e) {
            case XZFormatException x -> "Input format not supported by decoder";
            case MemoryLimitException x -> "Memory usage limit reached";
            case UnsupportedOptionsException x -> "Invalid or unsupported options";
            case CorruptedInputException x -> "Corrupt input data";
            default -> "Corrupt input data";
        };
    }

    private static Compressor compressor(StreamHandles streams, ObjectSpace space, long handle) {
        if (!(streams.get(space.intType.longValue(handle)) instanceof Compressor comp)) {
            throw new PyException("ValueError", "no such lzma stream");
        }
        return comp;
    }

    private static LZMA2Options presetOptions(long preset) throws UnsupportedOptionsException {
        int level = (int) (preset & 0x1f);
        if (level > 9 || (preset & ~0x8000001fL) != 0) {
            throw new UnsupportedOptionsException();
        }
        return new LZMA2Options(level);
    }

    /** An LZMA1 filter: XZ for Java has no options class of its own for it (its LZMA2 one serves). */
    private record Lzma1(LZMA2Options options) {
    }

    private static LZMA2Options lzma1Only(java.util.List<Object> filters) throws UnsupportedOptionsException {
        if (filters.size() != 1 || !(filters.get(0) instanceof Lzma1(LZMA2Options o))) {
            throw new UnsupportedOptionsException();
        }
        return o;
    }

    private static FilterOptions[] xzChain(java.util.List<Object> filters) throws UnsupportedOptionsException {
        FilterOptions[] out = new FilterOptions[filters.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(filters.get(i) instanceof FilterOptions f)) {
                throw new UnsupportedOptionsException();
            }
            out[i] = f;
        }
        return out;
    }

    /** A raw chain: data goes through the first filter first, the last one (LZMA1 or LZMA2) writes. */
    private static FinishableOutputStream rawEncoder(OutputStream sink, java.util.List<Object> filters) throws IOException {
        if (filters == null || filters.isEmpty()) {
            throw new UnsupportedOptionsException();
        }
        FinishableOutputStream out = switch (filters.get(filters.size() - 1)) {
            case Lzma1(LZMA2Options o) -> new LZMAOutputStream(sink, o, true);
            case LZMA2Options o -> o.getOutputStream(new FinishableWrapperOutputStream(sink));
            default -> throw new UnsupportedOptionsException();
        };
        for (int i = filters.size() - 2; i >= 0; i--) {
            if (!(filters.get(i) instanceof FilterOptions f) || f instanceof LZMA2Options) {
                throw new UnsupportedOptionsException();
            }
            out = f.getOutputStream(out);
        }
        return out;
    }

    private static InputStream rawDecoder(InputStream in, java.util.List<Object> filters) throws IOException {
        if (filters == null || filters.isEmpty()) {
            throw new UnsupportedOptionsException();
        }
        InputStream out = switch (filters.get(filters.size() - 1)) {
            case Lzma1(LZMA2Options o) -> new LZMAInputStream(in, -1, o.getLc(), o.getLp(), o.getPb(), o.getDictSize(), null);
            case LZMA2Options o -> o.getInputStream(in);
            default -> throw new UnsupportedOptionsException();
        };
        for (int i = filters.size() - 2; i >= 0; i--) {
            out = ((FilterOptions) filters.get(i)).getInputStream(out);
        }
        return out;
    }

    /** The Python side's filter specs as XZ for Java's options, or null when one is not supported. */
    private static java.util.List<Object> filters(ObjectSpace space, long list) {
        int count = (int) space.listType.size(list);
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long spec = space.listType.item(list, i);
            long[] v = new long[12];
            for (int k = 0; k < 12; k++) {
                v[k] = space.intType.longValue(space.listType.item(spec, k));
            }
            try {
                out.add(filter(v));
            } catch (UnsupportedOptionsException e) {
                return null;
            }
        }
        return out;
    }

    private static Object filter(long[] v) throws UnsupportedOptionsException {
        long id = v[0];
        if (id == FILTER_LZMA1 || id == FILTER_LZMA2) {
            LZMA2Options o = presetOptions(v[1] < 0 ? 6 : v[1]);
            if (v[2] >= 0) o.setDictSize((int) Math.min(v[2], Integer.MAX_VALUE));
            if (v[3] >= 0 || v[4] >= 0) o.setLcLp(v[3] >= 0 ? (int) v[3] : o.getLc(), v[4] >= 0 ? (int) v[4] : o.getLp());
            if (v[5] >= 0) o.setPb((int) v[5]);
            if (v[6] >= 0) o.setMode((int) v[6]);
            if (v[7] >= 0) o.setNiceLen((int) v[7]);
            if (v[8] >= 0) o.setMatchFinder(v[8] == 0x03 || v[8] == 0x04 ? LZMA2Options.MF_HC4 : LZMA2Options.MF_BT4);
            if (v[9] >= 0) o.setDepthLimit((int) v[9]);
            return id == FILTER_LZMA1 ? new Lzma1(o) : o;
        }
        if (id == FILTER_DELTA) {
            return new DeltaOptions(v[10] < 0 ? 1 : (int) v[10]);
        }
        if (id == FILTER_X86) return new X86Options();
        if (id == FILTER_POWERPC) return new PowerPCOptions();
        if (id == FILTER_IA64) return new IA64Options();
        if (id == FILTER_ARM) return new ARMOptions();
        if (id == FILTER_ARMTHUMB) return new ARMThumbOptions();
        if (id == FILTER_SPARC) return new SPARCOptions();
        throw new UnsupportedOptionsException();
    }
}

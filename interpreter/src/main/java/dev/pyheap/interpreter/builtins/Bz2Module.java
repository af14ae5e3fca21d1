package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code _pyheap_bz2}: the engine under {@code _bz2} (Modules/_bz2module.c), which is libbzip2
 * itself ({@code libbz2.so.1.0}) called through {@code java.lang.foreign}, so the compressed bytes
 * and the errors are CPython's. The library module {@code _bz2} (Python) builds the
 * {@code BZ2Compressor} and {@code BZ2Decompressor} classes on these functions.
 * <ul>
 *   <li>{@code compressor(level)}: a new stream's handle ({@code BZ2_bzCompressInit} with
 *       {@code level} as the block size in 100 KiB).</li>
 *   <li>{@code compress(handle, data)}: what {@code BZ_RUN} produced while taking all of
 *       {@code data}; {@code finish(handle)}: {@code BZ_FINISH} run to the stream's end.</li>
 *   <li>{@code decompressor()}: a new decompressing stream's handle.</li>
 *   <li>{@code decompress(handle, data, max_length)}: {@code (output, eof, unused, needs_input)}:
 *       at most {@code max_length} bytes (all when negative) decoded from the input the stream
 *       kept from earlier calls followed by {@code data}; {@code unused} is what followed the end of
 *       the stream. Input not consumed before the limit is kept for the next call, as
 *       {@code BZ2Decompressor.input_buffer} is.</li>
 *   <li>{@code end(handle)}: frees the stream ({@code BZ2_bzCompressEnd}/{@code BZ2_bzDecompressEnd}).</li>
 * </ul>
 * libbzip2's return codes become CPython's exceptions ({@code catch_bz2_error}):
 * {@code OSError: Invalid data stream} for corrupt data, and so on. Each stream is a
 * {@code bz_stream} in an arena of its own; its calls are serialized on it, as CPython's lock does.
 */
final class Bz2Module {
    private Bz2Module() {
    }

    private static final int BZ_RUN = 0, BZ_FINISH = 2;
    private static final int BZ_OK = 0, BZ_STREAM_END = 4;
    /** Output is produced through a native buffer of this size, then copied out. */
    private static final int CHUNK = 64 * 1024;

    /** {@code bz_stream}'s fields on LP64: the pointers and counters libbzip2 reads and advances. */
    private static final long NEXT_IN = 0, AVAIL_IN = 8, NEXT_OUT = 24, AVAIL_OUT = 32, SIZE = 80;

    /** libbzip2's entry points, bound once per JVM (the library, like the C library, is shared). */
    private record Lib(MethodHandle compressInit, MethodHandle compress, MethodHandle compressEnd,
                       MethodHandle decompressInit, MethodHandle decompress, MethodHandle decompressEnd) {
        /** The library, or the reason it cannot be used. */
        static final Object LOADED = load();

        private static Object load() {
            if (!Bz2Module.class.getModule().isNativeAccessEnabled()) {
                return "bz2 needs native access: run java with --enable-native-access=dev.pyheap.interpreter";
            }
            try {
                Linker linker = Linker.nativeLinker();
                SymbolLookup lib = SymbolLookup.libraryLookup("libbz2.so.1.0", Arena.global());
                FunctionDescriptor one = FunctionDescriptor.of(JAVA_INT, ADDRESS);
                FunctionDescriptor two = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
                FunctionDescriptor three = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
                FunctionDescriptor four = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT);
                return new Lib(
                        linker.downcallHandle(lib.find("BZ2_bzCompressInit").orElseThrow(), four),
                        linker.downcallHandle(lib.find("BZ2_bzCompress").orElseThrow(), two),
                        linker.downcallHandle(lib.find("BZ2_bzCompressEnd").orElseThrow(), one),
                        linker.downcallHandle(lib.find("BZ2_bzDecompressInit").orElseThrow(), three),
                        linker.downcallHandle(lib.find("BZ2_bzDecompress").orElseThrow(), one),
                        linker.downcallHandle(lib.find("BZ2_bzDecompressEnd").orElseThrow(), one));
            } catch (RuntimeException e) {
                return "libbz2.so.1.0 cannot be loaded: " + e.getMessage();
            }
        }

        static Lib get() {
            if (LOADED instanceof Lib lib) {
                return lib;
            }
            throw new PyException("ModuleNotFoundError", "No module named '_bz2' (" + LOADED + ")");
        }
    }

    /** One {@code bz_stream}: its memory, its direction, and (decompressing) the input kept for the next call. */
    private static final class Stream {
        final Arena arena = Arena.ofShared();
        final MemorySegment bzs = arena.allocate(SIZE, 8);
        final boolean compressing;
        byte[] pending = new byte[0];
        boolean open = true;

        private Stream(boolean compressing) {
            this.compressing = compressing;
        }

        /** A stream {@code BZ2_bzCompressInit} (block size {@code level}) or {@code BZ2_bzDecompressInit} set up. */
        static Stream open(Lib lib, boolean compressing, int level) {
            Stream s = new Stream(compressing);
            int rc;
            try {
                rc = compressing ? (int) lib.compressInit().invokeExact(s.bzs, level, 0, 0)
                        : (int) lib.decompressInit().invokeExact(s.bzs, 0, 0);
            } catch (Throwable t) {
                s.arena.close();
                throw new IllegalStateException("BZ2_bz*Init failed", t);
            }
            if (rc != BZ_OK) {
                s.arena.close();
                throw error(rc);
            }
            return s;
        }

        /** Points the stream's input at a copy of {@code data} in {@code call}'s memory. */
        MemorySegment feed(Arena call, byte[] data) {
            MemorySegment in = call.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, in, JAVA_BYTE, 0, data.length);
            bzs.set(ADDRESS, NEXT_IN, in);
            bzs.set(JAVA_INT, AVAIL_IN, data.length);
            return bzs;
        }

        synchronized void end(Lib lib) {
            if (!open) {
                return;
            }
            open = false;
            try {
                int unused = compressing ? (int) lib.compressEnd().invokeExact(bzs) : (int) lib.decompressEnd().invokeExact(bzs);
            } catch (Throwable t) {
                throw new IllegalStateException("BZ2_bzEnd failed", t);
            } finally {
                arena.close();
            }
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Lib lib = Lib.get();
        StreamHandles streams = StreamHandles.of(table, s -> ((Stream) s).end(lib));
        SysModule.function(space, module, dict, "compressor", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "compressor", a, n, kw).exactly(1);
            int level = Args.cInt(space, c.get(0));
            return space.newInt(streams.add(Stream.open(lib, true, level)));
        });
        SysModule.function(space, module, dict, "compress", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "compress", a, n, kw).exactly(2);
            Stream s = stream(streams, space, c.get(0), true);
            return space.bytesType.of(compress(lib, s, CallArgs.bytesOrBytearray(space, c.get(1)), BZ_RUN));
        });
        SysModule.function(space, module, dict, "finish", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "finish", a, n, kw).exactly(1);
            Stream s = stream(streams, space, c.get(0), true);
            return space.bytesType.of(compress(lib, s, new byte[0], BZ_FINISH));
        });
        SysModule.function(space, module, dict, "decompressor", (self, a, n, kw) -> {
            new CallArgs(space, "decompressor", a, n, kw).exactly(0);
            return space.newInt(streams.add(Stream.open(lib, false, 0)));
        });
        SysModule.function(space, module, dict, "decompress", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "decompress", a, n, kw).exactly(3);
            Stream s = stream(streams, space, c.get(0), false);
            Decoded d = decompress(lib, s, CallArgs.bytesOrBytearray(space, c.get(1)), space.intType.longValue(c.get(2)));
            long[] items = {space.bytesType.of(d.output()), space.newBool(d.eof()),
                space.bytesType.of(d.unused()), space.newBool(d.needsInput())};
            long t = space.tupleType.create(items);
            for (long x : items) {
                space.decref(x);
            }
            return t;
        });
        SysModule.function(space, module, dict, "end", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "end", a, n, kw).exactly(1);
            if (streams.remove(space.intType.longValue(c.get(0))) instanceof Stream s) {
                s.end(lib);
            }
            return space.newNone();
        });
    }

    /** {@code compress_buf}: runs {@code action} until the input is taken ({@code BZ_RUN}) or the stream ended ({@code BZ_FINISH}). */
    private static byte[] compress(Lib lib, Stream s, byte[] data, int action) {
        synchronized (s) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Arena call = Arena.ofConfined()) {
                MemorySegment buffer = call.allocate(CHUNK);
                MemorySegment bzs = s.feed(call, data);
                while (!(action == BZ_RUN && bzs.get(JAVA_INT, AVAIL_IN) == 0)) {
                    bzs.set(ADDRESS, NEXT_OUT, buffer);
                    bzs.set(JAVA_INT, AVAIL_OUT, CHUNK);
                    int rc = (int) lib.compress().invokeExact(bzs, action);
                    out.write(buffer.asSlice(0, CHUNK - bzs.get(JAVA_INT, AVAIL_OUT)).toArray(JAVA_BYTE));
                    if (rc < 0) {
                        throw error(rc);
                    }
                    if (action == BZ_FINISH && rc == BZ_STREAM_END) {
                        break;
                    }
                }
                bzs.set(ADDRESS, NEXT_IN, MemorySegment.NULL);
                bzs.set(ADDRESS, NEXT_OUT, MemorySegment.NULL);
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("BZ2_bzCompress failed", t);
            }
            return out.toByteArray();
        }
    }

    private record Decoded(byte[] output, boolean eof, byte[] unused, boolean needsInput) {
    }

    /**
     * {@code decompress_buf} and the bookkeeping around it: output grows chunk by chunk until the
     * stream ends, the input runs out, or {@code maxLength} bytes were produced (a full buffer at
     * the limit stops the loop even when libbzip2 has more to give).
     */
    private static Decoded decompress(Lib lib, Stream s, byte[] data, long maxLength) {
        synchronized (s) {
            byte[] input = s.pending.length == 0 ? data : concat(s.pending, data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean eof = false;
            long consumed;
            try (Arena call = Arena.ofConfined()) {
                MemorySegment buffer = call.allocate(CHUNK);
                MemorySegment bzs = s.feed(call, input);
                while (true) {
                    long room = maxLength < 0 ? CHUNK : Math.min(CHUNK, maxLength - out.size());
                    bzs.set(ADDRESS, NEXT_OUT, buffer);
                    bzs.set(JAVA_INT, AVAIL_OUT, (int) room);
                    int rc = (int) lib.decompress().invokeExact(bzs);
                    int left = bzs.get(JAVA_INT, AVAIL_OUT);
                    out.write(buffer.asSlice(0, room - left).toArray(JAVA_BYTE));
                    if (rc < 0) {
                        s.pending = new byte[0];
                        throw error(rc);
                    }
                    if (rc == BZ_STREAM_END) {
                        eof = true;
                        break;
                    }
                    if (left == 0) {
                        if (out.size() == maxLength) {
                            break;
                        }
                    } else if (bzs.get(JAVA_INT, AVAIL_IN) == 0) {
                        break;
                    }
                }
                consumed = input.length - Integer.toUnsignedLong(bzs.get(JAVA_INT, AVAIL_IN));
                bzs.set(ADDRESS, NEXT_IN, MemorySegment.NULL);
                bzs.set(ADDRESS, NEXT_OUT, MemorySegment.NULL);
            } catch (PyException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("BZ2_bzDecompress failed", t);
            }
            byte[] rest = Arrays.copyOfRange(input, (int) consumed, input.length);
            s.pending = eof ? new byte[0] : rest;
            return new Decoded(out.toByteArray(), eof, eof ? rest : new byte[0], !eof && rest.length == 0);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** {@code catch_bz2_error}: libbzip2's failure codes as CPython's exceptions. */
    private static PyException error(int rc) {
        return switch (rc) {
            case -2 -> new PyException("ValueError", "Internal error - invalid parameters passed to libbzip2");
            case -3 -> new PyException("MemoryError", "");
            case -4, -5 -> new PyException("OSError", "Invalid data stream");
            case -6 -> new PyException("OSError", "Unknown I/O error");
            case -7 -> new PyException("EOFError", "Compressed file ended before the logical end-of-stream was detected");
            case -1 -> new PyException("RuntimeError", "Internal error - Invalid sequence of commands sent to libbzip2");
            case -9 -> new PyException("SystemError", "libbzip2 was not compiled correctly");
            default -> new PyException("OSError", "Unrecognized error from libbzip2: " + rc);
        };
    }

    private static Stream stream(StreamHandles streams, ObjectSpace space, long handle, boolean compressing) {
        if (!(streams.get(space.intType.longValue(handle)) instanceof Stream s) || s.compressing != compressing) {
            throw new PyException("ValueError", "no such bz2 stream");
        }
        return s;
    }
}

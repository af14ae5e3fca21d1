package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _mmap}, the memory maps the library's {@code mmap} module is written over (the role of
 * Modules/mmapmodule.c's mmap/munmap/msync/mremap calls, in our own shape over
 * {@link FileChannel#map(FileChannel.MapMode, long, long, Arena)} and {@link Arena}). A map is
 * named by a handle; this module keeps its segment, its arena (closing the arena unmaps it) and,
 * for a file, the descriptor's channel and the offset, in a table of the interpreter until
 * {@code close(handle)}. The Python side checks arguments, positions and access rights and raises
 * CPython's messages; the functions here trust their arguments' ranges.
 *
 * <ul>
 *   <li>{@code file_size(fd)}: the size of the file open on {@code fd}.</li>
 *   <li>{@code map(fd, offset, length, mode)}: maps {@code length} bytes of the file from
 *       {@code offset}, {@code mode} one of {@code 'w'} (shared: writes reach the file), {@code 'r'}
 *       (read-only) or {@code 'c'} (private copy on write); {@code fd == -1}: {@code length} bytes of
 *       zeroed anonymous memory. Returns the handle.</li>
 *   <li>{@code read(h, start, stop)}: the bytes; {@code write(h, pos, data)};
 *       {@code move(h, dest, src, count)}.</li>
 *   <li>{@code find(h, sub, start, end, reverse)}: the lowest (highest with {@code reverse}) index
 *       in {@code [start, end)} where {@code sub} starts, or -1.</li>
 *   <li>{@code flush(h)}: a shared file map's changes written to the file.</li>
 *   <li>{@code resize(h, length)}: the file is truncated or extended to {@code offset + length}
 *       and mapped again (anonymous memory is copied into a new block).</li>
 *   <li>{@code close(h)}.</li>
 * </ul>
 */
final class MmapModule {
    private MmapModule() {
    }

    /** One map: its memory, the arena that owns it, and for a file the channel, offset and mode. */
    private static final class Mapping {
        MemorySegment segment;
        Arena arena;
        final FileChannel channel;
        final long offset;
        final char mode;

        Mapping(FileChannel channel, long offset, char mode) {
            this.channel = channel;
            this.offset = offset;
            this.mode = mode;
        }

        void map(long length) throws IOException {
            Arena fresh = Arena.ofShared();
            try {
                segment = channel == null
                        ? fresh.allocate(Math.max(length, 1), 1).asSlice(0, length)
                        : channel.map(switch (mode) {
                            case 'r' -> FileChannel.MapMode.READ_ONLY;
                            case 'c' -> FileChannel.MapMode.PRIVATE;
                            default -> FileChannel.MapMode.READ_WRITE;
                        }, offset, length, fresh);
            } catch (IOException | RuntimeException e) {
                fresh.close();
                throw e;
            }
            arena = fresh;
        }

        void unmap() {
            if (arena != null) {
                arena.close();
                arena = null;
                segment = null;
            }
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Map<Long, Mapping> maps = new HashMap<>();
        long[] next = {1};
        table.atClose(() -> {
            maps.values().forEach(Mapping::unmap);
            maps.clear();
        });
        SysModule.function(space, module, dict, "file_size", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "file_size", a, n, kw).exactly(1);
            try {
                return space.newInt(channel(space, table, c.get(0)).size());
            } catch (IOException e) {
                throw PosixModule.osError(space, e, null);
            }
        });
        SysModule.function(space, module, dict, "map", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "map", a, n, kw).exactly(4);
            long fd = space.intType.longValue(c.get(0));
            long offset = space.intType.longValue(c.get(1));
            long length = space.intType.longValue(c.get(2));
            char mode = space.strType.value(c.get(3)).charAt(0);
            Mapping m = new Mapping(fd == -1 ? null : channel(space, table, c.get(0)), offset, mode);
            try {
                m.map(length);
            } catch (NonWritableChannelException e) {
                throw PosixModule.osError(space, 13, null);
            } catch (IOException e) {
                throw PosixModule.osError(space, e, null);
            } catch (OutOfMemoryError | IllegalArgumentException e) {
                throw PosixModule.osError(space, 12, null);
            }
            long h = next[0]++;
            maps.put(h, m);
            return space.newInt(h);
        });
        SysModule.function(space, module, dict, "read", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "read", a, n, kw).exactly(3);
            MemorySegment s = mapping(maps, space, c.get(0)).segment;
            long start = space.intType.longValue(c.get(1)), stop = space.intType.longValue(c.get(2));
            return space.bytesType.of(s.asSlice(start, stop - start).toArray(ValueLayout.JAVA_BYTE));
        });
        SysModule.function(space, module, dict, "write", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "write", a, n, kw).exactly(3);
            MemorySegment s = mapping(maps, space, c.get(0)).segment;
            byte[] data = Abstract.bufferBytes(space, c.get(2));
            MemorySegment.copy(data, 0, s, ValueLayout.JAVA_BYTE, space.intType.longValue(c.get(1)), data.length);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "move", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "move", a, n, kw).exactly(4);
            MemorySegment s = mapping(maps, space, c.get(0)).segment;
            long dest = space.intType.longValue(c.get(1)), src = space.intType.longValue(c.get(2));
            long count = space.intType.longValue(c.get(3));
            // copy() is memmove: overlapping ranges are handled
            MemorySegment.copy(s, src, s, dest, count);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "find", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "find", a, n, kw).exactly(5);
            MemorySegment s = mapping(maps, space, c.get(0)).segment;
            byte[] sub = Abstract.bufferBytes(space, c.get(1));
            long start = space.intType.longValue(c.get(2)), end = space.intType.longValue(c.get(3));
            boolean reverse = dev.pyheap.runtime.objects.Abstract.isTrue(space, c.get(4));
            long last = end - sub.length;
            if (reverse) {
                for (long i = last; i >= start; i--) {
                    if (matches(s, i, sub)) {
                        return space.newInt(i);
                    }
                }
            } else {
                for (long i = start; i <= last; i++) {
                    if (matches(s, i, sub)) {
                        return space.newInt(i);
                    }
                }
            }
            return space.newInt(-1);
        });
        SysModule.function(space, module, dict, "flush", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "flush", a, n, kw).exactly(1);
            Mapping m = mapping(maps, space, c.get(0));
            if (m.channel != null && m.mode == 'w') {
                m.segment.force();
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "resize", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "resize", a, n, kw).exactly(2);
            Mapping m = mapping(maps, space, c.get(0));
            long length = space.intType.longValue(c.get(1));
            try {
                if (m.channel == null) {
                    MemorySegment old = m.segment;
                    Arena oldArena = m.arena;
                    m.map(length);
                    MemorySegment.copy(old, 0, m.segment, 0, Math.min(old.byteSize(), length));
                    oldArena.close();
                } else {
                    m.segment.force();
                    m.unmap();
                    long size = m.offset + length;
                    if (m.channel.size() > size) {
                        m.channel.truncate(size);
                    } else if (m.channel.size() < size) {
                        m.channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
                    }
                    m.map(length);
                }
            } catch (IOException e) {
                throw PosixModule.osError(space, e, null);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "close", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "close", a, n, kw).exactly(1);
            Mapping m = maps.remove(space.intType.longValue(c.get(0)));
            if (m != null) {
                m.unmap();
            }
            return space.newNone();
        });
    }

    private static boolean matches(MemorySegment s, long at, byte[] sub) {
        for (int k = 0; k < sub.length; k++) {
            if (s.get(ValueLayout.JAVA_BYTE, at + k) != sub[k]) {
                return false;
            }
        }
        return true;
    }

    private static FileChannel channel(ObjectSpace space, ModuleTable table, long fd) {
        try {
            return table.fds().file((int) space.intType.longValue(fd));
        } catch (FdTable.FdError e) {
            throw PosixModule.osError(space, FdTable.EBADF, null);
        }
    }

    private static Mapping mapping(Map<Long, Mapping> maps, ObjectSpace space, long handle) {
        Mapping m = maps.get(space.intType.longValue(handle));
        if (m == null || m.segment == null) {
            throw new PyException("ValueError", "mmap closed or invalid");
        }
        return m;
    }
}

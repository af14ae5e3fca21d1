package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.StructSeqType;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The file-system calls of {@code posix} (Modules/posixmodule.c) that go to the C library by name:
 * {@code stat}/{@code lstat} with every field of {@code struct stat} ({@code st_blksize},
 * {@code st_blocks}, {@code st_rdev} and the nanosecond times), {@code statvfs}, {@code truncate},
 * {@code link}, {@code readlink}, {@code chown}/{@code lchown}, {@code mkfifo}, {@code mknod} and
 * {@code sync}. Each is the system call CPython makes, on the path resolved against the
 * interpreter's working directory (the JVM's never moves), so the answers and the errno are the
 * kernel's; a failure is CPython's {@code OSError} subclass naming the path as the program gave it.
 *
 * <p>{@code struct stat} and {@code struct statvfs} are read at glibc's x86-64 offsets; on another
 * architecture, or where native code may not be called, {@link #stat} answers 0 and the caller
 * falls back to Java's attribute view (no block counts), and the other calls raise
 * {@code OSError: [Errno 38] Function not implemented}.
 */
final class PosixFileCalls {
    private PosixFileCalls() {
    }

    /** glibc x86-64 {@code struct stat}: 144 bytes. */
    private static final long STAT_SIZE = 144, ST_DEV = 0, ST_INO = 8, ST_NLINK = 16, ST_MODE = 24, ST_UID = 28,
            ST_GID = 32, ST_RDEV = 40, ST_SIZE = 48, ST_BLKSIZE = 56, ST_BLOCKS = 64, ST_ATIM = 72, ST_MTIM = 88,
            ST_CTIM = 104;
    /** glibc x86-64 {@code struct statvfs}: eleven unsigned longs, then six ints of spare room. */
    private static final long STATVFS_SIZE = 112;
    private static final boolean LAYOUT_KNOWN = "amd64".equals(System.getProperty("os.arch"))
            || "x86_64".equals(System.getProperty("os.arch"));
    private static final int PATH_MAX = 4096;

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        WorkingDirectory cwd = table.cwd();
        FdTable fds = table.fds();
        StructSeqType statvfsResult = space.register(new StructSeqType(space, "os.statvfs_result", true, 10,
                "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                "f_flag", "f_namemax", "f_fsid"));
        SysModule.setItem(space, dict, "statvfs_result", statvfsResult.typeObject());
        // posixmodule's stat_result_desc on Linux: 10 items (the times at 7-9 unnamed whole seconds), 19 fields
        StructSeqType statResult = space.register(new StructSeqType(space, "os.stat_result", true, 10,
                "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
                "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                "st_blksize", "st_blocks", "st_rdev"));
        statResult.afterNew(o -> {
            // statresult_new: a float time not given (None) is the item's whole seconds
            for (int i = 7; i <= 9; i++) {
                if (statResult.field(o, i + 3) == space.none) {
                    statResult.setField(o, i + 3, statResult.field(o, i));
                }
            }
        });
        SysModule.setItem(space, dict, "stat_result", statResult.typeObject());

        SysModule.function(space, module, dict, "statvfs", (self, a, n, kw) -> {
            long arg = new CallArgs(space, "statvfs", a, n, kw).keywords().exactly(1).get(0);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(STATVFS_SIZE);
                int[] errno = {0};
                if (space.intType.check(arg)) {
                    int fd = Args.cInt(space, arg);
                    if (statvfsOfDescriptor(fds, fd, buffer, errno, arena) < 0) {
                        throw PosixModule.osError(space, errno[0], (String) null);
                    }
                } else {
                    String path = PosixModule.path(space, arg);
                    if (PosixSystem.callInt(Native.STATVFS, errno, resolved(space, cwd, path, arena), buffer) < 0) {
                        throw PosixModule.osError(space, errno[0], path);
                    }
                }
                long[] items = new long[11];
                for (int i = 0; i < 10; i++) {
                    // f_fsid sits at index 8 in the C struct, before f_flag and f_namemax
                    items[i] = unsigned(space, buffer.get(JAVA_LONG, 8L * (i < 8 ? i : i + 1)));
                }
                items[10] = unsigned(space, buffer.get(JAVA_LONG, 8L * 8));
                try {
                    return statvfsResult.create(items);
                } finally {
                    for (long item : items) {
                        space.decref(item);
                    }
                }
            }
        });
        SysModule.function(space, module, dict, "truncate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "truncate", a, n, kw).keywords().exactly(2);
            String path = PosixModule.path(space, c.get(0));
            long length = dev.pyheap.runtime.objects.Abstract.index(space, c.get(1));
            pathCall(space, cwd, Native.TRUNCATE, path, length);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "link", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "link", a, n, kw).keywords().exactly(2);
            String src = PosixModule.path(space, c.get(0)), dst = PosixModule.path(space, c.get(1));
            try (Arena arena = Arena.ofConfined()) {
                int[] errno = {0};
                if (PosixSystem.callInt(Native.LINK, errno, resolved(space, cwd, src, arena),
                        resolved(space, cwd, dst, arena)) < 0) {
                    throw PosixModule.osError(space, errno[0], src, dst);
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "readlink", (self, a, n, kw) -> {
            String path = PosixModule.path(space, new CallArgs(space, "readlink", a, n, kw).keywords().exactly(1).get(0));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(PATH_MAX);
                int[] errno = {0};
                long length = PosixSystem.callLong(Native.READLINK, errno, resolved(space, cwd, path, arena),
                        buffer, (long) PATH_MAX);
                if (length < 0) {
                    throw PosixModule.osError(space, errno[0], path);
                }
                byte[] bytes = buffer.asSlice(0, length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
                return space.strType.runtime(new String(bytes, StandardCharsets.UTF_8));
            }
        });
        for (String name : new String[] {"chown", "lchown"}) {
            MethodHandle call = name.equals("chown") ? Native.CHOWN : Native.LCHOWN;
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                CallArgs c = new CallArgs(space, name, a, n, kw).keywords().exactly(3);
                String path = PosixModule.path(space, c.get(0));
                pathCall(space, cwd, call, path, id(space, c.get(1), "uid"), id(space, c.get(2), "gid"));
                return space.newNone();
            });
        }
        SysModule.function(space, module, dict, "mkfifo", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "mkfifo", a, n, kw).keywords().range(1, 2);
            String path = PosixModule.path(space, c.get(0));
            int mode = c.nargs > 1 ? Args.cInt(space, c.get(1)) : 0666;
            // posixmodule.c reports mkfifo's and mknod's failures without the file name
            pathCallShowing(space, cwd, Native.MKFIFO, path, null, mode);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "mknod", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "mknod", a, n, kw).keywords().range(1, 3);
            String path = PosixModule.path(space, c.get(0));
            int mode = c.nargs > 1 ? Args.cInt(space, c.get(1)) : 0600;
            long device = c.nargs > 2 ? dev.pyheap.runtime.objects.Abstract.index(space, c.get(2)) : 0;
            pathCallShowing(space, cwd, Native.MKNOD, path, null, mode, device);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "sync", (self, a, n, kw) -> {
            new CallArgs(space, "sync", a, n, kw).exactly(0);
            PosixSystem.call(Native.SYNC, new int[1]);
            return space.newNone();
        });
    }

    /**
     * {@code stat}/{@code lstat} of an absolute path through the C library: {@code (mode, ino, dev,
     * nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev)}, a new reference;
     * 0 when the C library cannot be asked here (the caller falls back to Java's view).
     */
    static long stat(ObjectSpace space, Path file, String shown, boolean follow) {
        MethodHandle call = follow ? Native.STAT : Native.LSTAT;
        if (call == null || !LAYOUT_KNOWN) {
            return 0;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(STAT_SIZE);
            int[] errno = {0};
            if (PosixSystem.callInt(call, errno, arena.allocateFrom(file.toString()), buffer) < 0) {
                throw PosixModule.osError(space, errno[0], shown);
            }
            long[] items = {
                space.newInt(Integer.toUnsignedLong(buffer.get(JAVA_INT, ST_MODE))),
                unsigned(space, buffer.get(JAVA_LONG, ST_INO)),
                unsigned(space, buffer.get(JAVA_LONG, ST_DEV)),
                unsigned(space, buffer.get(JAVA_LONG, ST_NLINK)),
                space.newInt(Integer.toUnsignedLong(buffer.get(JAVA_INT, ST_UID))),
                space.newInt(Integer.toUnsignedLong(buffer.get(JAVA_INT, ST_GID))),
                space.newInt(buffer.get(JAVA_LONG, ST_SIZE)),
                nanos(space, buffer, ST_ATIM),
                nanos(space, buffer, ST_MTIM),
                nanos(space, buffer, ST_CTIM),
                space.newInt(buffer.get(JAVA_LONG, ST_BLKSIZE)),
                space.newInt(buffer.get(JAVA_LONG, ST_BLOCKS)),
                unsigned(space, buffer.get(JAVA_LONG, ST_RDEV)),
            };
            return space.tupleType.createStealing(items);
        }
    }

    /** {@code fsync}/{@code fdatasync} of one of the process's own descriptors: 0 or the errno. */
    static int sync(int fd, boolean metadata) {
        int[] errno = {0};
        return PosixSystem.callInt(metadata ? Native.FSYNC : Native.FDATASYNC, errno, fd) < 0 ? errno[0] : 0;
    }

    /**
     * {@code fstatvfs} of a descriptor: a file by its name; a standard stream by the process's own
     * descriptor; a pipe of {@code os.pipe} (which lives in the JVM) by a pipe the kernel makes for
     * the question and closes again, since every pipe answers alike.
     */
    private static int statvfsOfDescriptor(FdTable fds, int fd, MemorySegment buffer, int[] errno, Arena arena) {
        if (!fds.isOpen(fd)) {
            errno[0] = FdTable.EBADF;
            return -1;
        }
        Path file = fds.path(fd);
        if (file != null) {
            return PosixSystem.callInt(Native.STATVFS, errno, arena.allocateFrom(file.toString()), buffer);
        }
        if (fd <= 2) {
            return PosixSystem.callInt(Native.FSTATVFS, errno, fd, buffer);
        }
        MemorySegment ends = arena.allocate(JAVA_INT, 2);
        if (PosixSystem.callInt(Native.PIPE, errno, ends) < 0) {
            return -1;
        }
        try {
            return PosixSystem.callInt(Native.FSTATVFS, errno, ends.getAtIndex(JAVA_INT, 0), buffer);
        } finally {
            PosixSystem.callInt(Native.CLOSE, new int[1], ends.getAtIndex(JAVA_INT, 0));
            PosixSystem.callInt(Native.CLOSE, new int[1], ends.getAtIndex(JAVA_INT, 1));
        }
    }

    /** A call whose first argument is a path and whose failure names it. */
    private static void pathCall(ObjectSpace space, WorkingDirectory cwd, MethodHandle call, String path, Object... rest) {
        pathCallShowing(space, cwd, call, path, path, rest);
    }

    /** A call whose first argument is a path; its failure names {@code shown} (null: no file name, as mkfifo's). */
    private static void pathCallShowing(ObjectSpace space, WorkingDirectory cwd, MethodHandle call, String path, String shown,
            Object... rest) {
        try (Arena arena = Arena.ofConfined()) {
            Object[] args = new Object[rest.length + 1];
            args[0] = resolved(space, cwd, path, arena);
            System.arraycopy(rest, 0, args, 1, rest.length);
            int[] errno = {0};
            if (PosixSystem.callInt(call, errno, args) < 0) {
                throw PosixModule.osError(space, errno[0], shown);
            }
        }
    }

    /** The C string of a path resolved against the interpreter's directory (the empty path stays empty: ENOENT). */
    private static MemorySegment resolved(ObjectSpace space, WorkingDirectory cwd, String path, Arena arena) {
        if (path.indexOf('\0') >= 0) {
            throw new PyException("ValueError", "embedded null byte");
        }
        return arena.allocateFrom(path.isEmpty() ? "" : cwd.resolve(path).toString());
    }

    /** A uid or gid argument: -1 (leave it) or an id in C's unsigned range ({@code _Py_Uid_Converter}, {@code _Py_Gid_Converter}). */
    private static int id(ObjectSpace space, long o, String kind) {
        long v = dev.pyheap.runtime.objects.Abstract.index(space, o);
        if (v < -1 || v > 0xFFFF_FFFEL) {
            throw new PyException("OverflowError", kind + (v < 0 ? " is less than minimum" : " is greater than maximum"));
        }
        return (int) v;
    }

    private static long unsigned(ObjectSpace space, long v) {
        return v >= 0 ? space.newInt(v)
                : space.intType.createFromBig(new java.math.BigInteger(Long.toUnsignedString(v)));
    }

    private static long nanos(ObjectSpace space, MemorySegment buffer, long offset) {
        long seconds = buffer.get(JAVA_LONG, offset), nanos = buffer.get(JAVA_LONG, offset + 8);
        return space.intType.createFromBig(java.math.BigInteger.valueOf(seconds)
                .multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(nanos)));
    }

    /** The downcall handles, made on first use; null where native code may not be called. */
    private static final class Native {
        static final MethodHandle STAT = PosixSystem.Native.find("stat", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle LSTAT = PosixSystem.Native.find("lstat", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle STATVFS = PosixSystem.Native.find("statvfs", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle FSTATVFS = PosixSystem.Native.find("fstatvfs", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        static final MethodHandle PIPE = PosixSystem.Native.find("pipe", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle CLOSE = PosixSystem.Native.find("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle TRUNCATE = PosixSystem.Native.find("truncate", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle LINK = PosixSystem.Native.find("link", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle READLINK = PosixSystem.Native.find("readlink",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
        static final MethodHandle CHOWN = PosixSystem.Native.find("chown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle LCHOWN = PosixSystem.Native.find("lchown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle MKFIFO = PosixSystem.Native.find("mkfifo", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle MKNOD = PosixSystem.Native.find("mknod", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG));
        static final MethodHandle FSYNC = PosixSystem.Native.find("fsync", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle FDATASYNC = PosixSystem.Native.find("fdatasync", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle SYNC = PosixSystem.Native.find("sync", FunctionDescriptor.ofVoid());
    }
}

package dev.pyheap.interpreter.builtins;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The C library's process calls, through {@code java.lang.foreign}: a child started with
 * {@code posix_spawn} (its descriptors arranged by file actions, its session, process group,
 * signal mask and default signals by spawn attributes, as {@code _posixsubprocess.fork_exec}
 * arranges them between fork and exec), {@code waitpid} with its status word, and the kernel
 * pipes a child's standard streams go through ({@code pipe2}, {@code read}, {@code write},
 * {@code close}). Every call captures errno; a call where native code may not be made fails with
 * ENOSYS.
 *
 * <p>The descriptors a child is given are mapped in two steps: each source is first duplicated to
 * a number above every descriptor open in the parent and every target, then from there to its
 * target, so a target that is also another mapping's source is never overwritten before it is
 * read; then every other descriptor from 3 up is closed in the child ({@code close_fds}), the
 * JVM's own included.
 */
final class ProcessCalls {
    private ProcessCalls() {
    }

    static final int ENOSYS = 38, EINTR = 4, ECHILD = 10;
    static final int WNOHANG = 1;
    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    static final short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08,
            POSIX_SPAWN_SETSID = 0x80;
    static final int SIGPIPE = 13, SIGXFSZ = 25;
    /** Room for glibc's {@code posix_spawn_file_actions_t} (80 bytes), {@code posix_spawnattr_t} (336), {@code sigset_t} (128). */
    private static final long ACTIONS_BYTES = 256, ATTR_BYTES = 512, SIGSET_BYTES = 256;

    /** What the child's descriptor {@code target} is: the parent's kernel descriptor {@code source}, or the file {@code path} opened with {@code flags}. */
    record Mapping(int target, int source, byte[] path, int flags) {
        static Mapping dup(int target, int source) {
            return new Mapping(target, source, null, 0);
        }

        static Mapping open(int target, byte[] path, int flags) {
            return new Mapping(target, -1, path, flags);
        }
    }

    /** How a child starts: its session or process group ({@code pgroup} -1: the parent's), the signals set back to their default. */
    record Attributes(boolean newSession, int pgroup, boolean restoreSignals) {
    }

    /**
     * {@code posix_spawn(path, argv, envp)} with the descriptors {@code mappings} give it (all others
     * closed), in {@code cwd} (null: the parent's), as {@code attributes} say. Returns the pid, or
     * {@code -errno} when the program could not be started (errno of the exec, or of the chdir).
     */
    static long spawn(byte[] path, List<byte[]> argv, List<byte[]> envp, byte[] cwd, List<Mapping> mappings,
                      Attributes attributes, int highestOpen) {
        if (Native.SPAWN == null) {
            return -ENOSYS;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(ACTIONS_BYTES, 16);
            MemorySegment attr = arena.allocate(ATTR_BYTES, 16);
            invoke(Native.ACTIONS_INIT, actions);
            invoke(Native.ATTR_INIT, attr);
            try {
                int above = highestOpen + 1;
                for (Mapping m : mappings) {
                    above = Math.max(above, m.target() + 1);
                }
                // first every source kept above everything, then to its target
                for (int i = 0; i < mappings.size(); i++) {
                    Mapping m = mappings.get(i);
                    if (m.path() == null) {
                        check(invoke(Native.ADDDUP2, actions, m.source(), above + i));
                    }
                }
                for (int i = 0; i < mappings.size(); i++) {
                    Mapping m = mappings.get(i);
                    if (m.path() == null) {
                        check(invoke(Native.ADDDUP2, actions, above + i, m.target()));
                    } else {
                        check(invoke(Native.ADDOPEN, actions, m.target(), cString(arena, m.path()), m.flags(), 0666));
                    }
                }
                java.util.Set<Integer> targets = new java.util.HashSet<>();
                mappings.forEach(m -> targets.add(m.target()));
                for (int fd = 3; fd < above; fd++) {
                    if (!targets.contains(fd)) {
                        check(invoke(Native.ADDCLOSE, actions, fd));
                    }
                }
                if (Native.ADDCLOSEFROM != null) {
                    check(invoke(Native.ADDCLOSEFROM, actions, above));
                } else {
                    for (int i = 0; i < mappings.size(); i++) {
                        check(invoke(Native.ADDCLOSE, actions, above + i));
                    }
                }
                if (cwd != null) {
                    check(invoke(Native.ADDCHDIR, actions, cString(arena, cwd)));
                }
                short flags = POSIX_SPAWN_SETSIGMASK;
                MemorySegment empty = arena.allocate(SIGSET_BYTES, 16);
                invoke(Native.SIGEMPTYSET, empty);
                check(invoke(Native.SETSIGMASK, attr, empty)); // a JVM thread's blocked signals stay behind
                if (attributes.restoreSignals()) {
                    MemorySegment defaults = arena.allocate(SIGSET_BYTES, 16);
                    invoke(Native.SIGEMPTYSET, defaults);
                    invoke(Native.SIGADDSET, defaults, SIGPIPE);
                    invoke(Native.SIGADDSET, defaults, SIGXFSZ);
                    check(invoke(Native.SETSIGDEFAULT, attr, defaults));
                    flags |= POSIX_SPAWN_SETSIGDEF;
                }
                if (attributes.newSession()) {
                    flags |= POSIX_SPAWN_SETSID;
                }
                if (attributes.pgroup() >= 0) {
                    check(invoke(Native.SETPGROUP, attr, attributes.pgroup()));
                    flags |= POSIX_SPAWN_SETPGROUP;
                }
                check(invoke(Native.SETFLAGS, attr, flags));
                MemorySegment pid = arena.allocate(JAVA_INT);
                int err = invoke(Native.SPAWN, pid, cString(arena, path), actions, attr,
                        vector(arena, argv), vector(arena, envp));
                return err != 0 ? -err : pid.get(JAVA_INT, 0);
            } catch (SpawnSetupError e) {
                return -e.errno;
            } finally {
                invoke(Native.ACTIONS_DESTROY, actions);
                invoke(Native.ATTR_DESTROY, attr);
            }
        }
    }

    /** A file action or attribute the C library refused (its errno). */
    private static final class SpawnSetupError extends RuntimeException {
        final int errno;

        SpawnSetupError(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    private static void check(int result) {
        if (result != 0) {
            throw new SpawnSetupError(result);
        }
    }

    /**
     * {@code waitpid(pid, &status, options)}: {@code {pid, status}} ({@code {0, 0}} with WNOHANG while the
     * child runs), or {@code {-1, errno}}. EINTR is retried, as CPython retries it.
     */
    static int[] waitpid(long pid, int options) {
        if (Native.WAITPID == null) {
            return new int[] {-1, ENOSYS};
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(JAVA_INT);
            int[] errno = {0};
            while (true) {
                int got = PosixSystem.callInt(Native.WAITPID, errno, (int) pid, status, options);
                if (got >= 0) {
                    return new int[] {got, status.get(JAVA_INT, 0)};
                }
                if (errno[0] != EINTR) {
                    return new int[] {-1, errno[0]};
                }
            }
        }
    }

    /** CPython's {@code _handle_exitstatus}: the exit code, or {@code -N} for a child ended by signal N. */
    static int returnCode(int status) {
        int sig = status & 0x7f;
        if (sig == 0) {
            return (status >> 8) & 0xff;
        }
        return sig != 0x7f ? -sig : (status >> 8) & 0xff;
    }

    /** {@code pipe2(O_CLOEXEC)}: {@code {read end, write end}}; errno in an {@link FdTable.FdError}. */
    static int[] pipe() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ends = arena.allocate(JAVA_INT, 2);
            int[] errno = {0};
            if (SocketCalls.PIPE2 == null) {
                throw new FdTable.FdError(ENOSYS);
            }
            if (PosixSystem.callInt(SocketCalls.PIPE2, errno, ends, O_CLOEXEC) < 0) {
                throw new FdTable.FdError(errno[0]);
            }
            return new int[] {ends.getAtIndex(JAVA_INT, 0), ends.getAtIndex(JAVA_INT, 1)};
        }
    }

    /** {@code read(fd, buf, n)}: the bytes read (none at the end), EINTR retried; errno in an {@link FdTable.FdError}. */
    static byte[] read(int fd, int n) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, n));
            int[] errno = {0};
            while (true) {
                long got = PosixSystem.callLong(SocketCalls.READ, errno, fd, buf, (long) n);
                if (got >= 0) {
                    return buf.asSlice(0, got).toArray(JAVA_BYTE);
                }
                if (errno[0] != EINTR) {
                    throw new FdTable.FdError(errno[0]);
                }
            }
        }
    }

    /** {@code close(fd)}: 0 or the errno. */
    static int close(int fd) {
        int[] errno = {0};
        return PosixSystem.callInt(SocketCalls.CLOSE, errno, fd) == 0 ? 0 : errno[0];
    }

    /** The highest descriptor open in this process now (from {@code /proc/self/fd}), 2 when it cannot be listed. */
    static int highestOpen() {
        int highest = 2;
        try (var names = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/fd"))) {
            for (var name : names) {
                highest = Math.max(highest, Integer.parseInt(name.getFileName().toString()));
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // no /proc: only the mapped descriptors are known
        }
        return highest;
    }

    private static MemorySegment cString(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, JAVA_BYTE, 0, bytes.length);
        return s;
    }

    private static MemorySegment vector(Arena arena, List<byte[]> strings) {
        MemorySegment v = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) {
            v.setAtIndex(ADDRESS, i, cString(arena, strings.get(i)));
        }
        v.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return v;
    }

    /** Calls a function of the spawn family, which returns its error number rather than setting errno. */
    private static int invoke(MethodHandle h, Object... args) {
        if (h == null) {
            return ENOSYS;
        }
        try {
            return (int) h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    /** The downcall handles; null where native code may not be called (or the C library lacks the function). */
    private static final class Native {
        static final MethodHandle SPAWN = plain("posix_spawn",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        static final MethodHandle ACTIONS_INIT = plain("posix_spawn_file_actions_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ACTIONS_DESTROY = plain("posix_spawn_file_actions_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ADDDUP2 = plain("posix_spawn_file_actions_adddup2",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle ADDCLOSE = plain("posix_spawn_file_actions_addclose", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle ADDOPEN = plain("posix_spawn_file_actions_addopen",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        static final MethodHandle ADDCHDIR = plain("posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle ADDCLOSEFROM = plain("posix_spawn_file_actions_addclosefrom_np",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle ATTR_INIT = plain("posix_spawnattr_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle ATTR_DESTROY = plain("posix_spawnattr_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle SETFLAGS = plain("posix_spawnattr_setflags", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
        static final MethodHandle SETSIGMASK = plain("posix_spawnattr_setsigmask", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle SETSIGDEFAULT = plain("posix_spawnattr_setsigdefault", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle SETPGROUP = plain("posix_spawnattr_setpgroup", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle SIGEMPTYSET = plain("sigemptyset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle SIGADDSET = plain("sigaddset", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle WAITPID = PosixSystem.Native.find("waitpid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        // pipe2, read, write and close are bound once, in SocketCalls (the calls on any descriptor)

        private static MethodHandle plain(String name, FunctionDescriptor descriptor) {
            return PosixSystem.Native.findPlain(name, descriptor);
        }
    }
}

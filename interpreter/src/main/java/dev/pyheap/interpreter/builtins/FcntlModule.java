package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.ThreadState;

/**
 * {@code fcntl} (Modules/fcntlmodule.c) over the interpreter's descriptor table ({@link FdTable}),
 * with Linux's numbers for every constant.
 * <ul>
 *   <li>{@code fcntl(fd, cmd, arg=0)}: F_GETFL/F_SETFL (the access mode, O_APPEND, O_NONBLOCK,
 *       O_LARGEFILE of the open file description), F_GETFD/F_SETFD (FD_CLOEXEC, the descriptor's
 *       inheritable flag), F_DUPFD/F_DUPFD_CLOEXEC, F_GETPIPE_SZ (65536, Linux's default), the
 *       owner/signal/lease queries (none set). A bytes argument comes back as it went in, as the
 *       C buffer does for commands that do not write it. Other commands fail with EINVAL.</li>
 *   <li>{@code flock} and {@code lockf} take Java's record locks on the file (whole file, or
 *       {@code lockf}'s range), held by the open file description; LOCK_NB/EAGAIN when another
 *       holds a conflicting one. Unlike flock(2), an exclusive lock needs a descriptor open for
 *       writing and a shared one a descriptor open for reading (EBADF otherwise, as lockf(3));
 *       the locks are seen by other processes as fcntl record locks, not BSD flock locks.</li>
 *   <li>{@code ioctl}: no descriptor here is a terminal or device (os.isatty says so), so every
 *       request fails with ENOTTY, after EBADF for a closed descriptor.</li>
 * </ul>
 */
final class FcntlModule {
    private FcntlModule() {
    }

    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETOWN = 9,
            F_GETSIG = 11, F_GETLEASE = 1025, F_DUPFD_CLOEXEC = 1030, F_GETPIPE_SZ = 1032;
    private static final int FD_CLOEXEC = 1, F_UNLCK = 2;
    private static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8, LOCK_MAND = 32;
    private static final int ENOTTY = 25;

    private static final Object[][] CONSTANTS = {
        {"DN_ACCESS", 1L}, {"DN_ATTRIB", 32L}, {"DN_CREATE", 4L}, {"DN_DELETE", 8L}, {"DN_MODIFY", 2L},
        {"DN_MULTISHOT", 2147483648L}, {"DN_RENAME", 16L}, {"FASYNC", 8192L}, {"FD_CLOEXEC", 1L},
        {"F_ADD_SEALS", 1033L}, {"F_DUPFD", 0L}, {"F_DUPFD_CLOEXEC", 1030L}, {"F_EXLCK", 4L}, {"F_GETFD", 1L},
        {"F_GETFL", 3L}, {"F_GETLEASE", 1025L}, {"F_GETLK", 5L}, {"F_GETLK64", 5L}, {"F_GETOWN", 9L},
        {"F_GETPIPE_SZ", 1032L}, {"F_GETSIG", 11L}, {"F_GET_SEALS", 1034L}, {"F_NOTIFY", 1026L},
        {"F_OFD_GETLK", 36L}, {"F_OFD_SETLK", 37L}, {"F_OFD_SETLKW", 38L}, {"F_RDLCK", 0L},
        {"F_SEAL_GROW", 4L}, {"F_SEAL_SEAL", 1L}, {"F_SEAL_SHRINK", 2L}, {"F_SEAL_WRITE", 8L}, {"F_SETFD", 2L},
        {"F_SETFL", 4L}, {"F_SETLEASE", 1024L}, {"F_SETLK", 6L}, {"F_SETLK64", 6L}, {"F_SETLKW", 7L},
        {"F_SETLKW64", 7L}, {"F_SETOWN", 8L}, {"F_SETPIPE_SZ", 1031L}, {"F_SETSIG", 10L}, {"F_SHLCK", 8L},
        {"F_UNLCK", 2L}, {"F_WRLCK", 1L}, {"LOCK_EX", 2L}, {"LOCK_MAND", 32L}, {"LOCK_NB", 4L},
        {"LOCK_READ", 64L}, {"LOCK_RW", 192L}, {"LOCK_SH", 1L}, {"LOCK_UN", 8L}, {"LOCK_WRITE", 128L},
    };

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        FdTable fds = table.fds();
        for (Object[] c : CONSTANTS) {
            SysModule.setInt(space, dict, (String) c[0], (Long) c[1]);
        }
        SysModule.function(space, module, dict, "fcntl", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "fcntl", a, n, kw).keywords().range(2, 3);
            int fd = PosixModule.descriptor(space, c.get(0));
            int cmd = Args.cInt(space, c.get(1));
            long arg = n > 2 ? c.get(2) : 0;
            if (arg != 0 && (space.bytesType.check(arg) || space.strType.check(arg))) {
                long argument = arg;
                PosixModule.io(space, () -> { // EBADF first, as the call would fail
                    fds.requireOpen(fd);
                    return null;
                });
                if (!known(cmd)) {
                    throw PosixModule.osError(space, FdTable.EINVAL, null);
                }
                if (space.bytesType.check(argument)) {
                    space.incref(argument);
                    return argument;
                }
                return space.bytesType.of(space.strType.value(argument).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            int value = arg == 0 ? 0 : Args.cInt(space, arg);
            return space.newInt(PosixModule.io(space, () -> switch (cmd) {
                case F_GETFL -> fds.statusFlags(fd);
                case F_SETFL -> {
                    fds.setStatusFlags(fd, value);
                    yield 0;
                }
                case F_GETFD -> fds.inheritable(fd) ? 0 : FD_CLOEXEC;
                case F_SETFD -> {
                    fds.setInheritable(fd, (value & FD_CLOEXEC) == 0);
                    yield 0;
                }
                case F_DUPFD, F_DUPFD_CLOEXEC -> {
                    int copy = fds.dupFrom(fd, value);
                    fds.setInheritable(copy, cmd == F_DUPFD);
                    yield copy;
                }
                case F_GETPIPE_SZ -> {
                    if (!fds.isPipe(fd)) {
                        throw new FdTable.FdError(FdTable.EBADF);
                    }
                    yield 65536;
                }
                case F_GETOWN, F_GETSIG -> {
                    fds.requireOpen(fd);
                    yield 0;
                }
                case F_GETLEASE -> {
                    fds.requireOpen(fd);
                    yield F_UNLCK;
                }
                default -> {
                    fds.requireOpen(fd);
                    throw new FdTable.FdError(FdTable.EINVAL);
                }
            }));
        });
        SysModule.function(space, module, dict, "flock", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "flock", a, n, kw).keywords().exactly(2);
            int fd = PosixModule.descriptor(space, c.get(0));
            int op = Args.cInt(space, c.get(1));
            if ((op & LOCK_MAND) != 0) {
                PosixModule.io(space, () -> {
                fds.requireOpen(fd);
                return null;
            });
                return space.newNone(); // Linux ignores mandatory flock requests
            }
            int kind = switch (op & ~LOCK_NB) {
                case LOCK_SH -> 1;
                case LOCK_EX -> 2;
                case LOCK_UN -> 0;
                default -> throw PosixModule.osError(space, FdTable.EINVAL, null);
            };
            lock(space, fds, fd, kind, (op & LOCK_NB) == 0, 0, Long.MAX_VALUE, true);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "lockf", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "lockf", a, n, kw).keywords().range(2, 5);
            int fd = PosixModule.descriptor(space, c.get(0));
            int op = Args.cInt(space, c.get(1));
            long len = n > 2 ? space.intType.longValue(c.get(2)) : 0;
            long start = n > 3 ? space.intType.longValue(c.get(3)) : 0;
            int whence = n > 4 ? Args.cInt(space, c.get(4)) : 0;
            int kind = switch (op & ~LOCK_NB) {
                case LOCK_SH -> 1;
                case LOCK_EX -> 2;
                case LOCK_UN -> 0;
                default -> throw PosixModule.osError(space, FdTable.EINVAL, null);
            };
            long base = PosixModule.io(space, () -> switch (whence) {
                case 0 -> 0L;
                case 1 -> fds.isRegularFile(fd) ? fds.file(fd).position() : 0L;
                case 2 -> fds.isRegularFile(fd) ? fds.file(fd).size() : 0L;
                default -> throw new FdTable.FdError(FdTable.EINVAL);
            });
            long from = base + start;
            if (len < 0) { // a negative length locks the bytes before the start, as fcntl(2)
                from += len;
                len = -len;
            }
            if (from < 0) {
                throw PosixModule.osError(space, FdTable.EINVAL, null);
            }
            lock(space, fds, fd, kind, (op & LOCK_NB) == 0, from, len == 0 ? Long.MAX_VALUE - from : len, false);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "ioctl", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "ioctl", a, n, kw).keywords().range(2, 4);
            int fd = PosixModule.descriptor(space, c.get(0));
            Args.cInt(space, c.get(1));
            PosixModule.io(space, () -> {
                fds.requireOpen(fd);
                return null;
            });
            throw PosixModule.osError(space, ENOTTY, null);
        });
    }

    private static boolean known(int cmd) {
        return switch (cmd) {
            case F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_DUPFD_CLOEXEC,
                    F_GETPIPE_SZ -> true;
            default -> false;
        };
    }

    /** A lock request; one that may wait does so without the GIL, as CPython's Py_BEGIN_ALLOW_THREADS. */
    private static void lock(ObjectSpace space, FdTable fds, int fd, int kind, boolean wait, long start, long length,
            boolean wholeFile) {
        if (!wait || kind == 0) {
            PosixModule.io(space, () -> {
                fds.lock(fd, kind, false, start, length, wholeFile);
                return null;
            });
            return;
        }
        var ts = (ThreadState) space.tstate;
        ts.releaseGil();
        try {
            PosixModule.io(space, () -> {
                fds.lock(fd, kind, true, start, length, wholeFile);
                return null;
            });
        } finally {
            ts.acquireGil();
        }
    }
}

package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructSeqType;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The parts of {@code posix} (Modules/posixmodule.c) that ask the C library about the system and the
 * process: {@code uname}, {@code times}, {@code umask}, {@code getloadavg}, {@code sched_getaffinity},
 * {@code sysconf}/{@code confstr}/{@code pathconf} with their name tables, the process group and session
 * ({@code getpgrp}, {@code getpgid}, {@code getsid}, {@code setsid}, {@code setpgid}), priorities
 * ({@code getpriority}, {@code setpriority}), {@code getlogin}, {@code ctermid}, {@code getrandom},
 * {@code getgrouplist}, {@code kill} (to another
 * process: the library's {@code os.kill} delivers a signal to the program itself through
 * {@code signal.raise_signal}, since the JVM keeps the process's signals), {@code waitpid} and
 * {@code wait} (the status word as the kernel gives it), {@code _exit} (a {@link ProcessEnd}) and
 * {@code strerror}.
 * The answers are the C library's own, called through {@code java.lang.foreign}'s linker as CPython
 * calls them (errno captured with the call), so they are exactly what CPython reports on this
 * machine; {@code umask} changes the mask of the whole process, the JVM's own file creation included.
 * Where the module may not call native code (an embedder that does not grant it), each function
 * raises {@code OSError: [Errno 38] Function not implemented} and {@code strerror} falls back to a
 * table of the common messages.
 *
 * <p>The name tables are glibc's values on Linux x86-64, as CPython 3.11 lists them (sorted by
 * name); an integer name is passed through unchecked, as CPython passes it.
 */
final class PosixSystem {
    private PosixSystem() {
    }

    private static final int ENOSYS = 38, EINVAL = 22;
    /** {@code struct utsname}: six fields of {@code _UTSNAME_LENGTH} (65) bytes. */
    private static final int UTSNAME_FIELD = 65, UTSNAME_FIELDS = 6;
    /** The CPUs {@code sched_getaffinity} asks about at first (CPython starts at NCPUS_START and doubles). */
    private static final int CPU_SET_BITS = 1024;
    private static final Object[] SYSCONF_NAMES = {
            "SC_2_CHAR_TERM", 95, "SC_2_C_BIND", 47, "SC_2_C_DEV", 48, "SC_2_C_VERSION", 96, "SC_2_FORT_DEV", 49,
            "SC_2_FORT_RUN", 50, "SC_2_LOCALEDEF", 52, "SC_2_SW_DEV", 51, "SC_2_UPE", 97, "SC_2_VERSION", 46,
            "SC_AIO_LISTIO_MAX", 23, "SC_AIO_MAX", 24, "SC_AIO_PRIO_DELTA_MAX", 25, "SC_ARG_MAX", 0,
            "SC_ASYNCHRONOUS_IO", 12, "SC_ATEXIT_MAX", 87, "SC_AVPHYS_PAGES", 86, "SC_BC_BASE_MAX", 36,
            "SC_BC_DIM_MAX", 37, "SC_BC_SCALE_MAX", 38, "SC_BC_STRING_MAX", 39, "SC_CHARCLASS_NAME_MAX", 45,
            "SC_CHAR_BIT", 101, "SC_CHAR_MAX", 102, "SC_CHAR_MIN", 103, "SC_CHILD_MAX", 1, "SC_CLK_TCK", 2,
            "SC_COLL_WEIGHTS_MAX", 40, "SC_DELAYTIMER_MAX", 26, "SC_EQUIV_CLASS_MAX", 41, "SC_EXPR_NEST_MAX", 42,
            "SC_FSYNC", 15, "SC_GETGR_R_SIZE_MAX", 69, "SC_GETPW_R_SIZE_MAX", 70, "SC_INT_MAX", 104,
            "SC_INT_MIN", 105, "SC_IOV_MAX", 60, "SC_JOB_CONTROL", 7, "SC_LINE_MAX", 43, "SC_LOGIN_NAME_MAX", 71,
            "SC_LONG_BIT", 106, "SC_MAPPED_FILES", 16, "SC_MB_LEN_MAX", 108, "SC_MEMLOCK", 17,
            "SC_MEMLOCK_RANGE", 18, "SC_MEMORY_PROTECTION", 19, "SC_MESSAGE_PASSING", 20, "SC_MINSIGSTKSZ", 249,
            "SC_MQ_OPEN_MAX", 27, "SC_MQ_PRIO_MAX", 28, "SC_NGROUPS_MAX", 3, "SC_NL_ARGMAX", 119,
            "SC_NL_LANGMAX", 120, "SC_NL_MSGMAX", 121, "SC_NL_NMAX", 122, "SC_NL_SETMAX", 123, "SC_NL_TEXTMAX", 124,
            "SC_NPROCESSORS_CONF", 83, "SC_NPROCESSORS_ONLN", 84, "SC_NZERO", 109, "SC_OPEN_MAX", 4,
            "SC_PAGESIZE", 30, "SC_PAGE_SIZE", 30, "SC_PASS_MAX", 88, "SC_PHYS_PAGES", 85, "SC_PII", 53,
            "SC_PII_INTERNET", 56, "SC_PII_INTERNET_DGRAM", 62, "SC_PII_INTERNET_STREAM", 61, "SC_PII_OSI", 57,
            "SC_PII_OSI_CLTS", 64, "SC_PII_OSI_COTS", 63, "SC_PII_OSI_M", 65, "SC_PII_SOCKET", 55, "SC_PII_XTI", 54,
            "SC_POLL", 58, "SC_PRIORITIZED_IO", 13, "SC_PRIORITY_SCHEDULING", 10, "SC_REALTIME_SIGNALS", 9,
            "SC_RE_DUP_MAX", 44, "SC_RTSIG_MAX", 31, "SC_SAVED_IDS", 8, "SC_SCHAR_MAX", 111, "SC_SCHAR_MIN", 112,
            "SC_SELECT", 59, "SC_SEMAPHORES", 21, "SC_SEM_NSEMS_MAX", 32, "SC_SEM_VALUE_MAX", 33,
            "SC_SHARED_MEMORY_OBJECTS", 22, "SC_SHRT_MAX", 113, "SC_SHRT_MIN", 114, "SC_SIGQUEUE_MAX", 34,
            "SC_SSIZE_MAX", 110, "SC_STREAM_MAX", 5, "SC_SYNCHRONIZED_IO", 14, "SC_THREADS", 67,
            "SC_THREAD_ATTR_STACKADDR", 77, "SC_THREAD_ATTR_STACKSIZE", 78, "SC_THREAD_DESTRUCTOR_ITERATIONS", 73,
            "SC_THREAD_KEYS_MAX", 74, "SC_THREAD_PRIORITY_SCHEDULING", 79, "SC_THREAD_PRIO_INHERIT", 80,
            "SC_THREAD_PRIO_PROTECT", 81, "SC_THREAD_PROCESS_SHARED", 82, "SC_THREAD_SAFE_FUNCTIONS", 68,
            "SC_THREAD_STACK_MIN", 75, "SC_THREAD_THREADS_MAX", 76, "SC_TIMERS", 11, "SC_TIMER_MAX", 35,
            "SC_TTY_NAME_MAX", 72, "SC_TZNAME_MAX", 6, "SC_T_IOV_MAX", 66, "SC_UCHAR_MAX", 115, "SC_UINT_MAX", 116,
            "SC_UIO_MAXIOV", 60, "SC_ULONG_MAX", 117, "SC_USHRT_MAX", 118, "SC_VERSION", 29, "SC_WORD_BIT", 107,
            "SC_XBS5_ILP32_OFF32", 125, "SC_XBS5_ILP32_OFFBIG", 126, "SC_XBS5_LP64_OFF64", 127,
            "SC_XBS5_LPBIG_OFFBIG", 128, "SC_XOPEN_CRYPT", 92, "SC_XOPEN_ENH_I18N", 93, "SC_XOPEN_LEGACY", 129,
            "SC_XOPEN_REALTIME", 130, "SC_XOPEN_REALTIME_THREADS", 131, "SC_XOPEN_SHM", 94, "SC_XOPEN_UNIX", 91,
            "SC_XOPEN_VERSION", 89, "SC_XOPEN_XCU_VERSION", 90, "SC_XOPEN_XPG2", 98, "SC_XOPEN_XPG3", 99,
            "SC_XOPEN_XPG4", 100
    };
    private static final Object[] CONFSTR_NAMES = {
            "CS_GNU_LIBC_VERSION", 2, "CS_GNU_LIBPTHREAD_VERSION", 3, "CS_LFS64_CFLAGS", 1004,
            "CS_LFS64_LDFLAGS", 1005, "CS_LFS64_LIBS", 1006, "CS_LFS64_LINTFLAGS", 1007, "CS_LFS_CFLAGS", 1000,
            "CS_LFS_LDFLAGS", 1001, "CS_LFS_LIBS", 1002, "CS_LFS_LINTFLAGS", 1003, "CS_PATH", 0,
            "CS_XBS5_ILP32_OFF32_CFLAGS", 1100, "CS_XBS5_ILP32_OFF32_LDFLAGS", 1101,
            "CS_XBS5_ILP32_OFF32_LIBS", 1102, "CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103,
            "CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104, "CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105,
            "CS_XBS5_ILP32_OFFBIG_LIBS", 1106, "CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107,
            "CS_XBS5_LP64_OFF64_CFLAGS", 1108, "CS_XBS5_LP64_OFF64_LDFLAGS", 1109, "CS_XBS5_LP64_OFF64_LIBS", 1110,
            "CS_XBS5_LP64_OFF64_LINTFLAGS", 1111, "CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112,
            "CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113, "CS_XBS5_LPBIG_OFFBIG_LIBS", 1114,
            "CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115
    };
    private static final Object[] PATHCONF_NAMES = {
            "PC_ALLOC_SIZE_MIN", 18, "PC_ASYNC_IO", 10, "PC_CHOWN_RESTRICTED", 6, "PC_FILESIZEBITS", 13,
            "PC_LINK_MAX", 0, "PC_MAX_CANON", 1, "PC_MAX_INPUT", 2, "PC_NAME_MAX", 3, "PC_NO_TRUNC", 7,
            "PC_PATH_MAX", 4, "PC_PIPE_BUF", 5, "PC_PRIO_IO", 11, "PC_REC_INCR_XFER_SIZE", 14,
            "PC_REC_MAX_XFER_SIZE", 15, "PC_REC_MIN_XFER_SIZE", 16, "PC_REC_XFER_ALIGN", 17, "PC_SOCK_MAXBUF", 12,
            "PC_SYMLINK_MAX", 19, "PC_SYNC_IO", 9, "PC_VDISABLE", 8
    };

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StructSeqType uname = space.register(new StructSeqType(space, "posix.uname_result", false,
                "sysname", "nodename", "release", "version", "machine"));
        StructSeqType times = space.register(new StructSeqType(space, "posix.times_result", false,
                "user", "system", "children_user", "children_system", "elapsed"));
        StructSeqType terminalSize = space.register(new StructSeqType(space, "os.terminal_size", true,
                "columns", "lines"));
        SysModule.setItem(space, dict, "terminal_size", terminalSize.typeObject());
        SysModule.setItem(space, dict, "uname_result", uname.typeObject());
        SysModule.setItem(space, dict, "times_result", times.typeObject());
        putNames(space, dict, "sysconf_names", SYSCONF_NAMES);
        putNames(space, dict, "confstr_names", CONFSTR_NAMES);
        putNames(space, dict, "pathconf_names", PATHCONF_NAMES);

        SysModule.function(space, module, dict, "uname", (self, a, n, kw) -> {
            new CallArgs(space, "posix.uname", a, n, kw).exactly(0);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(UTSNAME_FIELD * UTSNAME_FIELDS);
                int[] errno = {0};
                if (callInt(Native.UNAME, errno, buffer) < 0) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                long[] items = new long[5];
                for (int i = 0; i < items.length; i++) {
                    items[i] = space.strType.runtime(buffer.getString(i * UTSNAME_FIELD, StandardCharsets.UTF_8));
                }
                return created(space, uname, items);
            }
        });
        SysModule.function(space, module, dict, "times", (self, a, n, kw) -> {
            new CallArgs(space, "posix.times", a, n, kw).exactly(0);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment tms = arena.allocate(JAVA_LONG, 4);
                int[] errno = {0};
                long elapsed = callLong(Native.TIMES, errno, tms);
                if (elapsed == -1 && errno[0] != 0) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                double ticks = callLong(Native.SYSCONF, errno, SC_CLK_TCK);
                long[] items = new long[5];
                for (int i = 0; i < 4; i++) {
                    items[i] = space.floatType.create(tms.getAtIndex(JAVA_LONG, i) / ticks);
                }
                items[4] = space.floatType.create(elapsed / ticks);
                return created(space, times, items);
            }
        });
        SysModule.function(space, module, dict, "umask", (self, a, n, kw) -> {
            long mask = Args.cInt(space, new CallArgs(space, "posix.umask", a, n, kw).exactly(1).get(0));
            return space.newInt(callInt(Native.UMASK, new int[1], (int) mask));
        });
        SysModule.function(space, module, dict, "getloadavg", (self, a, n, kw) -> {
            new CallArgs(space, "posix.getloadavg", a, n, kw).exactly(0);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment loads = arena.allocate(JAVA_DOUBLE, 3);
                if (callInt(Native.GETLOADAVG, new int[1], loads, 3) != 3) {
                    throw new PyException("OSError", "Load averages are unobtainable");
                }
                return space.tupleType.createStealing(space.floatType.create(loads.getAtIndex(JAVA_DOUBLE, 0)),
                        space.floatType.create(loads.getAtIndex(JAVA_DOUBLE, 1)),
                        space.floatType.create(loads.getAtIndex(JAVA_DOUBLE, 2)));
            }
        });
        SysModule.function(space, module, dict, "sched_getaffinity", (self, a, n, kw) -> {
            long pid = pid(space, new CallArgs(space, "sched_getaffinity", a, n, kw).keywords().range(1, 1).get(0));
            for (int bits = CPU_SET_BITS; ; bits *= 2) {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment set = arena.allocate(bits / 8);
                    int[] errno = {0};
                    if (callInt(Native.SCHED_GETAFFINITY, errno, (int) pid, (long) bits / 8, set) == 0) {
                        long result = space.setType.create();
                        for (int cpu = 0; cpu < bits; cpu++) {
                            if ((set.get(java.lang.foreign.ValueLayout.JAVA_BYTE, cpu / 8) & (1 << (cpu % 8))) != 0) {
                                long c = space.newInt(cpu);
                                space.setType.add(result, c);
                                space.decref(c);
                            }
                        }
                        return result;
                    }
                    if (errno[0] != EINVAL || bits >= (1 << 20)) {
                        throw PosixModule.osError(space, errno[0], (String) null);
                    }
                }
            }
        });
        SysModule.function(space, module, dict, "kill", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "kill", a, n, kw).keywords().range(2, 2);
            long pid = pid(space, c.get(0));
            int errno = kill(pid, Args.cInt(space, c.get(1)));
            if (errno != 0) {
                throw PosixModule.osError(space, errno, (String) null);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "waitpid", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "waitpid", a, n, kw).keywords().range(2, 2);
            return waited(space, pid(space, c.get(0)), Args.cInt(space, c.get(1)));
        });
        SysModule.function(space, module, dict, "wait", (self, a, n, kw) -> {
            new CallArgs(space, "wait", a, n, kw).exactly(0);
            return waited(space, -1, 0);
        });
        SysModule.function(space, module, dict, "_exit", (self, a, n, kw) -> {
            // the process ends here: no finally block, atexit callback or flush of a buffer runs
            throw new ProcessEnd(Args.cInt(space, new CallArgs(space, "_exit", a, n, kw).keywords().range(1, 1).get(0)) & 0xFF);
        });
        // the process group and session calls: an id in, an id out, -1 with errno on failure
        String[][] ids = {{"getpgrp", "0"}, {"getpgid", "1"}, {"getsid", "1"}, {"setsid", "0"}};
        for (String[] spec : ids) {
            String name = spec[0];
            int arity = Integer.parseInt(spec[1]);
            MethodHandle h = Native.find(name, arity == 0 ? FunctionDescriptor.of(JAVA_INT)
                    : FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                CallArgs c = new CallArgs(space, name, a, n, kw).keywords().range(arity, arity);
                int[] errno = {0};
                int result = arity == 0 ? callInt(h, errno) : callInt(h, errno, (int) pid(space, c.get(0)));
                if (result < 0) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                return name.equals("setsid") ? space.newNone() : space.newInt(result);
            });
        }
        SysModule.function(space, module, dict, "setpgid", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "setpgid", a, n, kw).keywords().range(2, 2);
            int[] errno = {0};
            if (callInt(Native.SETPGID, errno, (int) pid(space, c.get(0)), (int) pid(space, c.get(1))) < 0) {
                throw PosixModule.osError(space, errno[0], (String) null);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "getpriority", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getpriority", a, n, kw).keywords().range(2, 2);
            int[] errno = {0};
            // -1 is also a priority: only errno tells a failure
            int priority = callInt(Native.GETPRIORITY, errno, Args.cInt(space, c.get(0)), Args.cInt(space, c.get(1)));
            if (priority == -1 && errno[0] != 0) {
                throw PosixModule.osError(space, errno[0], (String) null);
            }
            return space.newInt(priority);
        });
        SysModule.function(space, module, dict, "setpriority", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "setpriority", a, n, kw).keywords().range(3, 3);
            int[] errno = {0};
            if (callInt(Native.SETPRIORITY, errno, Args.cInt(space, c.get(0)), Args.cInt(space, c.get(1)),
                    Args.cInt(space, c.get(2))) < 0) {
                throw PosixModule.osError(space, errno[0], (String) null);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "sched_yield", (self, a, n, kw) -> {
            new CallArgs(space, "sched_yield", a, n, kw).exactly(0);
            Thread.yield();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "getlogin", (self, a, n, kw) -> {
            new CallArgs(space, "getlogin", a, n, kw).exactly(0);
            int[] errno = {0};
            MemorySegment name = (MemorySegment) call(Native.GETLOGIN, errno);
            if (name.equals(MemorySegment.NULL)) {
                if (errno[0] != 0) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                throw new PyException("OSError", "unable to determine login name");
            }
            return space.strType.runtime(name.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8));
        });
        SysModule.function(space, module, dict, "ctermid", (self, a, n, kw) -> {
            new CallArgs(space, "ctermid", a, n, kw).exactly(0);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(L_CTERMID);
                call(Native.CTERMID, new int[1], buffer);
                return space.strType.runtime(buffer.getString(0, StandardCharsets.UTF_8));
            }
        });
        SysModule.function(space, module, dict, "getrandom", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getrandom", a, n, kw).keywords().range(1, 2);
            long size = dev.pyheap.runtime.objects.Abstract.index(space, c.get(0));
            int flags = c.nargs > 1 ? Args.cInt(space, c.get(1)) : 0;
            if (size < 0) {
                throw PosixModule.osError(space, EINVAL, (String) null);
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(Math.max(1, size));
                int[] errno = {0};
                long got = callLong(Native.GETRANDOM, errno, buffer, size, flags);
                if (got < 0) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                return space.bytesType.of(buffer.asSlice(0, got).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            }
        });
        SysModule.function(space, module, dict, "getgrouplist", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "getgrouplist", a, n, kw).keywords().range(2, 2);
            if (!space.strType.check(c.get(0))) {
                throw new PyException("TypeError", "getgrouplist() argument 1 must be str, not " + space.typeOf(c.get(0)).name);
            }
            String user = space.strType.value(c.get(0));
            int group = Args.cInt(space, c.get(1));
            for (int room = 64; ; room *= 2) {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment groups = arena.allocate(JAVA_INT, room);
                    MemorySegment count = arena.allocateFrom(JAVA_INT, room);
                    if (callInt(Native.GETGROUPLIST, new int[1], arena.allocateFrom(user), group, groups, count) >= 0) {
                        long list = space.listType.create();
                        for (int i = 0; i < count.get(JAVA_INT, 0); i++) {
                            long g = space.newInt(Integer.toUnsignedLong(groups.getAtIndex(JAVA_INT, i)));
                            space.listType.append(list, g);
                            space.decref(g);
                        }
                        return list;
                    }
                    if (room > (1 << 16)) {
                        throw PosixModule.osError(space, EINVAL, (String) null);
                    }
                }
            }
        });
        SysModule.function(space, module, dict, "sysconf", (self, a, n, kw) -> {
            int name = confName(space, new CallArgs(space, "sysconf", a, n, kw).keywords().range(1, 1).get(0), SYSCONF_NAMES);
            int[] errno = {0};
            long value = callLong(Native.SYSCONF, errno, name);
            if (value == -1 && errno[0] != 0) {
                throw PosixModule.osError(space, errno[0], (String) null);
            }
            return space.newInt(value);
        });
        SysModule.function(space, module, dict, "confstr", (self, a, n, kw) -> {
            int name = confName(space, new CallArgs(space, "confstr", a, n, kw).keywords().range(1, 1).get(0), CONFSTR_NAMES);
            String value = confstr(space, name);
            return value == null ? space.newNone() : space.strType.runtime(value);
        });
    }

    /** {@code confstr(name)}: the configuration string, null when the system has none; OSError for a bad name. */
    static String confstr(ObjectSpace space, int name) {
        try (Arena arena = Arena.ofConfined()) {
            int[] errno = {0};
            long length = callLong(Native.CONFSTR, errno, name, MemorySegment.NULL, 0L);
            if (length == 0) {
                if (errno[0] != 0) {
                    throw PosixModule.osError(space, errno[0], (String) null);
                }
                return null;
            }
            MemorySegment buffer = arena.allocate(length);
            callLong(Native.CONFSTR, errno, name, buffer, length);
            return buffer.getString(0, StandardCharsets.UTF_8);
        }
    }

    /** {@code waitpid(pid, options)} without the GIL: {@code (pid, status)}, or the OSError of its errno. */
    private static long waited(ObjectSpace space, long pid, int options) {
        var ts = (dev.pyheap.runtime.state.ThreadState) space.tstate;
        ts.releaseGil();
        int[] got;
        try {
            got = ProcessCalls.waitpid(pid, options);
        } finally {
            ts.acquireGil();
        }
        if (got[0] < 0) {
            throw PosixModule.osError(space, got[1], (String) null);
        }
        return space.tupleType.createStealing(space.newInt(got[0]), space.newInt(got[1]));
    }

    /**
     * {@code kill(pid, sig)}: 0 when sent, else the errno; {@link #ENOSYS} when native code may not
     * be called.
     */
    static int kill(long pid, int sig) {
        if (Native.KILL == null) {
            return ENOSYS;
        }
        int[] errno = {0};
        return callInt(Native.KILL, errno, (int) pid, sig) == 0 ? 0 : errno[0];
    }

    /** {@code os.pathconf(path, name)} for a path already resolved against the interpreter's directory. */
    static long pathconf(ObjectSpace space, String resolved, String shown, long nameObject) {
        int name = confName(space, nameObject, PATHCONF_NAMES);
        try (Arena arena = Arena.ofConfined()) {
            int[] errno = {0};
            long value = callLong(Native.PATHCONF, errno, arena.allocateFrom(resolved), name);
            if (value == -1 && errno[0] != 0) {
                throw PosixModule.osError(space, errno[0], shown);
            }
            return space.newInt(value);
        }
    }

    /** The C library's message for {@code errno}, or null when native code may not be called. */
    static String strerror(int errno) {
        if (Native.STRERROR == null) {
            return null;
        }
        try {
            MemorySegment text = (MemorySegment) Native.STRERROR.invokeExact(errno);
            return text.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw new IllegalStateException("strerror failed", t);
        }
    }

    private static final int SC_CLK_TCK = 2;
    /** {@code L_ctermid}: the room {@code ctermid} writes its name into. */
    private static final int L_CTERMID = 9;

    /** {@code conv_confname}: an int as it is, a str looked up in {@code table}. */
    private static int confName(ObjectSpace space, long o, Object[] table) {
        PyType type = space.typeOf(o);
        if (type.hasFlag(PyType.LONG_SUBCLASS)) {
            return Args.cInt(space, o);
        }
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", "configuration names must be strings or integers");
        }
        String name = space.strType.value(o);
        for (int i = 0; i < table.length; i += 2) {
            if (table[i].equals(name)) {
                return (Integer) table[i + 1];
            }
        }
        throw new PyException("ValueError", "unrecognized configuration name");
    }

    private static void putNames(ObjectSpace space, long dict, String key, Object[] table) {
        long names = space.dictType.create();
        for (int i = 0; i < table.length; i += 2) {
            long value = space.newInt((Integer) table[i + 1]);
            space.dictType.setItemString(names, (String) table[i], value);
            space.decref(value);
        }
        SysModule.setItem(space, dict, key, names);
        space.decref(names);
    }

    private static long pid(ObjectSpace space, long o) {
        return Args.cInt(space, o);
    }

    private static long created(ObjectSpace space, StructSeqType type, long[] items) {
        try {
            return type.create(items);
        } finally {
            for (long item : items) {
                space.decref(item);
            }
        }
    }

    static int callInt(MethodHandle h, int[] errno, Object... args) {
        return (int) call(h, errno, args);
    }

    static long callLong(MethodHandle h, int[] errno, Object... args) {
        return ((Number) call(h, errno, args)).longValue();
    }

    /**
     * Calls {@code h} with a fresh errno capture segment first (every handle here captures errno);
     * {@code errno[0]} is the C library's errno after the call, 0 when it did not set one.
     */
    static Object call(MethodHandle h, int[] errno, Object... args) {
        if (h == null) {
            throw new PyException("OSError", "[Errno " + ENOSYS + "] Function not implemented");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Native.CALL_STATE);
            Object[] all = new Object[args.length + 1];
            all[0] = state;
            System.arraycopy(args, 0, all, 1, args.length);
            Object result = h.invokeWithArguments(all);
            errno[0] = (int) Native.ERRNO.get(state, 0L);
            return result;
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    /** The downcall handles, made on first use; null where native code may not be called. */
    static final class Native {
        static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle UNAME = find("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle TIMES = find("times", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        static final MethodHandle UMASK = find("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle GETLOADAVG = find("getloadavg", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle SCHED_GETAFFINITY = find("sched_getaffinity",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS));
        static final MethodHandle SYSCONF = find("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
        static final MethodHandle CONFSTR = find("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle PATHCONF = find("pathconf", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT));
        static final MethodHandle KILL = find("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle SETPGID = find("setpgid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle GETPRIORITY = find("getpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle SETPRIORITY = find("setpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle GETLOGIN = find("getlogin", FunctionDescriptor.of(ADDRESS));
        static final MethodHandle CTERMID = find("ctermid", FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle GETRANDOM = find("getrandom", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_INT));
        static final MethodHandle GETGROUPLIST = find("getgrouplist",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle STRERROR = findPlain("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

        static MethodHandle find(String name, FunctionDescriptor descriptor) {
            return lookup(name, descriptor, Linker.Option.captureCallState("errno"));
        }

        static MethodHandle findPlain(String name, FunctionDescriptor descriptor) {
            return lookup(name, descriptor);
        }

        static MethodHandle lookup(String name, FunctionDescriptor descriptor, Linker.Option... options) {
            if (!PosixSystem.class.getModule().isNativeAccessEnabled()) {
                return null;
            }
            try {
                Linker linker = Linker.nativeLinker();
                return linker.defaultLookup().find(name)
                        .map(symbol -> linker.downcallHandle(symbol, descriptor, options)).orElse(null);
            } catch (UnsupportedOperationException | IllegalCallerException e) {
                return null;
            }
        }
    }
}

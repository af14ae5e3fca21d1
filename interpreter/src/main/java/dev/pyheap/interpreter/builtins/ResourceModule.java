package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructSeqType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code resource} (Modules/resource.c) for Linux: {@code getrusage} as a
 * {@code resource.struct_rusage} of 16 fields, {@code getrlimit}, {@code getpagesize}, the
 * {@code RUSAGE_*} and {@code RLIMIT_*} constants and {@code error} (OSError).
 *
 * <p>The JVM cannot call {@code getrusage(2)} itself, so the numbers come from the kernel's
 * accounts of the process in {@code /proc}: the CPU times and page faults from {@code stat}
 * (clock ticks of 1/100 s), {@code ru_maxrss} from {@code VmHWM} (kB, as Linux's
 * {@code getrusage} reports it) and the context switches from {@code status}. What Linux leaves at
 * zero ({@code ru_ixrss}, {@code ru_idrss}, {@code ru_isrss}, {@code ru_nswap}, the message and
 * signal counts) is zero; so are the block I/O counts, which /proc does not give per process
 * without privileges. For {@code RUSAGE_CHILDREN} the waited-for children's times and faults come
 * from the same {@code stat} line; their peak RSS is not recorded there, so it is 0. The numbers
 * describe the JVM running the interpreter: they change between runs as CPython's do.
 * {@code getrlimit} reads {@code /proc/self/limits}, whose rows are in {@code RLIMIT_*} order;
 * the limits cannot be changed from the JVM, so there is no {@code setrlimit} or {@code prlimit}.
 */
final class ResourceModule {
    private ResourceModule() {
    }

    static final int RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1;
    private static final String[] RLIMITS = {"RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK",
            "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS",
            "RLIMIT_LOCKS", "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};
    private static final String[] FIELDS = {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
            "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
            "ru_nvcsw", "ru_nivcsw"};
    /** {@code USER_HZ}: the unit of the times in {@code /proc/<pid>/stat}. */
    private static final double CLOCK_TICKS = 100.0;

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StructSeqType rusage = space.register(new StructSeqType(space, "resource.struct_rusage", true, FIELDS));
        SysModule.setItem(space, dict, "struct_rusage", rusage.typeObject());
        SysModule.setItem(space, dict, "error", space.exceptions.byName("OSError").typeObject());
        SysModule.setInt(space, dict, "RUSAGE_SELF", RUSAGE_SELF);
        SysModule.setInt(space, dict, "RUSAGE_CHILDREN", RUSAGE_CHILDREN);
        SysModule.setInt(space, dict, "RUSAGE_THREAD", RUSAGE_THREAD);
        for (int i = 0; i < RLIMITS.length; i++) {
            SysModule.setInt(space, dict, RLIMITS[i], i);
        }
        SysModule.setInt(space, dict, "RLIMIT_OFILE", 7);
        SysModule.setInt(space, dict, "RLIM_INFINITY", -1);
        SysModule.function(space, module, dict, "getpagesize", (self, a, n, kw) -> {
            new CallArgs(space, "getpagesize", a, n, kw).exactly(0);
            return space.newInt(4096);
        });
        SysModule.function(space, module, dict, "getrusage", (self, a, n, kw) -> {
            int who = Args.cInt(space, new CallArgs(space, "getrusage", a, n, kw).exactly(1).get(0));
            double[] values = switch (who) {
                case RUSAGE_SELF -> usage("/proc/self/stat", "/proc/self/status", false);
                case RUSAGE_THREAD -> usage("/proc/thread-self/stat", "/proc/thread-self/status", false);
                case RUSAGE_CHILDREN -> usage("/proc/self/stat", null, true);
                default -> throw new PyException("ValueError", "invalid who parameter");
            };
            long[] items = new long[FIELDS.length];
            try {
                for (int i = 0; i < items.length; i++) {
                    items[i] = i < 2 ? space.floatType.create(values[i]) : space.newInt((long) values[i]);
                }
                return rusage.create(items);
            } finally {
                for (long item : items) {
                    space.xdecref(item);
                }
            }
        });
        SysModule.function(space, module, dict, "getrlimit", (self, a, n, kw) -> {
            int resource = Args.cInt(space, new CallArgs(space, "getrlimit", a, n, kw).exactly(1).get(0));
            if (resource < 0 || resource >= RLIMITS.length) {
                throw new PyException("ValueError", "invalid resource specified");
            }
            long[] limit = limit(resource);
            long soft = space.newInt(limit[0]);
            long hard = space.newInt(limit[1]);
            try {
                return space.tupleType.create(soft, hard);
            } finally {
                space.decref(soft);
                space.decref(hard);
            }
        });
    }

    /** The 16 fields from a {@code stat} line (and a {@code status} file, for the process or a thread). */
    private static double[] usage(String statPath, String statusPath, boolean children) {
        double[] v = new double[FIELDS.length];
        String stat = read(statPath);
        // the command name (field 2) is in parentheses and may hold spaces: count after its ')'
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state): field k is f[k - 3]
        int minflt = children ? 11 : 10, majflt = children ? 13 : 12, utime = children ? 16 : 14, stime = children ? 17 : 15;
        v[0] = Long.parseLong(f[utime - 3]) / CLOCK_TICKS;
        v[1] = Long.parseLong(f[stime - 3]) / CLOCK_TICKS;
        v[6] = Long.parseLong(f[minflt - 3]);
        v[7] = Long.parseLong(f[majflt - 3]);
        if (statusPath != null) {
            for (String line : read(statusPath).split("\n")) {
                if (line.startsWith("VmHWM:")) {
                    v[2] = firstNumber(line);
                } else if (line.startsWith("voluntary_ctxt_switches:")) {
                    v[14] = firstNumber(line);
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    v[15] = firstNumber(line);
                }
            }
        }
        return v;
    }

    /** Soft and hard limit of row {@code resource} of {@code /proc/self/limits}; unlimited is -1. */
    private static long[] limit(int resource) {
        List<String> rows = List.of(read("/proc/self/limits").split("\n"));
        String row = rows.get(resource + 1); // after the heading
        // columns: the name (words), soft, hard, units (optional)
        String[] cells = row.substring(26).trim().split("\\s+");
        return new long[] {limitValue(cells[0]), limitValue(cells[1])};
    }

    private static long limitValue(String cell) {
        return cell.equals("unlimited") ? -1 : Long.parseLong(cell);
    }

    private static long firstNumber(String line) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).trim().split("\\s+")[0]);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new PyException("OSError", "[Errno 2] No such file or directory: '" + path + "'");
        }
    }
}

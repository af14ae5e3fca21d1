package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.TracebackType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;

/**
 * Modules written in Java that programs about memory use call a few functions of:
 * {@code time} (Modules/timemodule.c: time, monotonic, perf_counter, process_time, thread_time, sleep — which
 * gives the GIL up while it sleeps; the calendar functions are {@link TimeCalendar}) and {@code atexit} (Modules/atexitmodule.c: register,
 * unregister; the runner calls the functions at exit, last registered first), {@code _abc} (the
 * collection flags of Modules/_abc.c). {@code math} is
 * {@link MathModule}.
 */
final class SmallModules {
    private SmallModules() {
    }

    /**
     * {@code time.get_clock_info(name)}: a SimpleNamespace (implementation, monotonic, adjustable,
     * resolution) naming the POSIX clock each function reads on Linux, as CPython 3.11 reports it.
     */
    private static long clockInfo(ModuleTable table, String name) {
        ObjectSpace space = table.space();
        String clock = switch (name) {
            case "time" -> "CLOCK_REALTIME";
            case "monotonic", "perf_counter" -> "CLOCK_MONOTONIC";
            case "process_time" -> "CLOCK_PROCESS_CPUTIME_ID";
            case "thread_time" -> "CLOCK_THREAD_CPUTIME_ID";
            default -> throw new PyException("ValueError", "unknown clock");
        };
        boolean realtime = name.equals("time");
        // sys.implementation's type is types.SimpleNamespace: called with the fields as keywords
        long namespaceType = space.typeOf(space.dictType.getItemString(table.sysDict(), "implementation")).typeObject();
        long kwargs = space.dictType.create();
        long args = space.tupleType.create(new long[0]);
        try {
            long implementation = space.strType.runtime("clock_gettime(" + clock + ")");
            space.dictType.setItemString(kwargs, "implementation", implementation);
            space.decref(implementation);
            space.dictType.setItemString(kwargs, "monotonic", realtime ? space.falseObject : space.trueObject);
            space.dictType.setItemString(kwargs, "adjustable", realtime ? space.trueObject : space.falseObject);
            long resolution = space.floatType.create(1e-09);
            space.dictType.setItemString(kwargs, "resolution", resolution);
            space.decref(resolution);
            return Abstract.call(space, namespaceType, args, kwargs);
        } finally {
            space.decref(args);
            space.decref(kwargs);
        }
    }

    static void time(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "time", (self, a, n, kw) ->
                space.floatType.create(System.currentTimeMillis() / 1000.0));
        SysModule.function(space, module, dict, "time_ns", (self, a, n, kw) ->
                space.intType.createFromBig(BigInteger.valueOf(System.currentTimeMillis()).multiply(BigInteger.valueOf(1_000_000))));
        for (String name : new String[] {"monotonic", "perf_counter"}) {
            SysModule.function(space, module, dict, name, (self, a, n, kw) ->
                    space.floatType.create(System.nanoTime() / 1e9));
        }
        // CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID: CPU time, not elapsed time (a program
        // timing its own work with them is less disturbed by a loaded machine); the process's is every
        // thread's, the JVM's compiler and collector threads among them, as CPython's counts its own
        SysModule.function(space, module, dict, "process_time", (self, a, n, kw) ->
                space.floatType.create(processCpuNanos() / 1e9));
        SysModule.function(space, module, dict, "process_time_ns", (self, a, n, kw) -> space.newInt(processCpuNanos()));
        SysModule.function(space, module, dict, "thread_time", (self, a, n, kw) ->
                space.floatType.create(threadCpuNanos() / 1e9));
        SysModule.function(space, module, dict, "thread_time_ns", (self, a, n, kw) -> space.newInt(threadCpuNanos()));
        SysModule.function(space, module, dict, "get_clock_info", (self, a, n, kw) -> {
            long name = new CallArgs(space, "get_clock_info", a, n, kw).exactly(1).get(0);
            if (!space.strType.check(name)) {
                throw new PyException("TypeError", "get_clock_info() argument 1 must be str, not " + space.typeOf(name).name);
            }
            return clockInfo(table, space.strType.value(name));
        });
        SysModule.function(space, module, dict, "perf_counter_ns", (self, a, n, kw) -> space.newInt(System.nanoTime()));
        SysModule.function(space, module, dict, "monotonic_ns", (self, a, n, kw) -> space.newInt(System.nanoTime()));
        // datetime's local time zone (CPython's datetime asks the C library's localtime_r): the offset
        // from UTC in seconds and the zone's short name at a POSIX time, in the JVM's default zone
        SysModule.function(space, module, dict, "_local_zone", (self, a, n, kw) -> {
            long s = new CallArgs(space, "_local_zone", a, n, kw).exactly(1).get(0);
            if (!space.intType.check(s)) {
                throw new PyException("TypeError", "'" + space.typeOf(s).name + "' object cannot be interpreted as an integer");
            }
            java.time.Instant instant = java.time.Instant.ofEpochSecond(Abstract.index(space, s));
            java.util.TimeZone zone = java.util.TimeZone.getDefault();
            int offset = zone.toZoneId().getRules().getOffset(instant).getTotalSeconds();
            boolean dst = zone.toZoneId().getRules().isDaylightSavings(instant);
            long offsetObject = space.newInt(offset);
            long name = space.strType.runtime(zone.getDisplayName(dst, java.util.TimeZone.SHORT, java.util.Locale.ROOT));
            try {
                return space.tupleType.create(offsetObject, name);
            } finally {
                space.decref(offsetObject);
                space.decref(name);
            }
        });
        TimeCalendar.fill(space, module, dict);
        // timemodule.c's strptime: the work is the library's _strptime, imported at the first call
        SysModule.function(space, module, dict, "strptime", (self, a, n, kw) -> {
            long parse = Abstract.getAttr(space, table.importModule("_strptime"), "_strptime_time");
            try {
                return Abstract.vectorcall(space, parse, a, n, kw);
            } finally {
                space.decref(parse);
            }
        });
        SysModule.function(space, module, dict, "sleep", (self, a, n, kw) -> {
            long s = new CallArgs(space, "sleep", a, n, kw).exactly(1).get(0);
            double seconds = toDouble(space, s);
            if (seconds < 0) {
                throw new PyException("ValueError", "sleep length must be non-negative");
            }
            var ts = (dev.pyheap.runtime.state.ThreadState) space.tstate;
            ts.releaseGil();
            try {
                Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ts.acquireGil();
            }
            return space.newNone();
        });
    }

    /** The CPU time of this process in nanoseconds (every thread's), as {@code CLOCK_PROCESS_CPUTIME_ID} counts it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long cpu = os.getProcessCpuTime();
            if (cpu >= 0) {
                return cpu;
            }
        }
        // the platform cannot say: the operating system's own account, at its clock tick's resolution
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** The calling thread's CPU time in nanoseconds, as {@code CLOCK_THREAD_CPUTIME_ID} counts it. */
    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new PyException("OSError", "[Errno 22] Invalid argument");
        }
        return threads.getCurrentThreadCpuTime();
    }

    /**
     * {@code _warnings}: {@code warn} and {@code warn_explicit}, C functions in CPython, as built-in
     * functions running warnings.py's {@code _warn_impl} and {@code _warn_explicit_impl}. A warning the
     * filters make an error leaves them as if C had raised it: without the traceback entries of
     * warnings.py's own frames (those at the front of its traceback; an older traceback the warning
     * instance brought along stays behind them).
     */
    static void warnings(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        for (String name : new String[] {"warn", "warn_explicit"}) {
            String[] params = name.equals("warn") ? WARN_PARAMETERS : WARN_EXPLICIT_PARAMETERS;
            int required = name.equals("warn") ? 1 : 4;
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                checkClinicArguments(space, name, params, required, a, n, kw);
                long warnings = table.importModule("warnings"); // borrowed from sys.modules
                long impl = Abstract.getAttr(space, warnings, "_" + name + "_impl");
                try {
                    return Abstract.vectorcall(space, impl, a, n, kw);
                } catch (PyException e) {
                    dropLibraryEntries(space, space.exceptions.normalize(e), warnings);
                    throw e;
                } finally {
                    space.decref(impl);
                }
            });
        }
    }

    private static final String[] WARN_PARAMETERS = {"message", "category", "stacklevel", "source"};
    private static final String[] WARN_EXPLICIT_PARAMETERS = {"message", "category", "filename", "lineno", "module",
        "registry", "module_globals", "source"};

    /** The Argument Clinic checks of the C functions, with their messages, before the Python code runs. */
    private static void checkClinicArguments(ObjectSpace space, String name, String[] params, int required, long a,
            long n, long kw) {
        CallArgs c = new CallArgs(space, name, a, n, kw).keywords(params);
        int given = (int) n + (kw == 0 ? 0 : (int) space.tupleType.size(kw));
        if (given > params.length) {
            throw new PyException("TypeError", name + "() takes at most " + params.length + " arguments (" + given
                    + " given)");
        }
        for (int i = 0; i < params.length; i++) {
            boolean byName = c.keyword(params[i]) != 0;
            if (i < n && byName) {
                throw new PyException("TypeError", "argument for " + name + "() given by name ('" + params[i]
                        + "') and position (" + (i + 1) + ")");
            }
            if (i < required && i >= n && !byName) {
                throw new PyException("TypeError", name + "() missing required argument '" + params[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
    }

    /** Removes the entries of {@code module}'s frames from the front of {@code exc}'s traceback. */
    private static void dropLibraryEntries(ObjectSpace space, long exc, long module) {
        var base = space.exceptions.base();
        long tb = base.field(exc, BaseExceptionType.TRACEBACK);
        long moduleDict = Abstract.getAttr(space, module, "__dict__");
        try {
            while (tb != 0 && space.tracebackType.check(tb)) {
                long globals = Abstract.getAttr(space, space.tracebackType.field(tb, TracebackType.FRAME), "f_globals");
                space.decref(globals);
                if (globals != moduleDict) {
                    break;
                }
                tb = space.tracebackType.field(tb, TracebackType.NEXT);
            }
            base.setField(exc, BaseExceptionType.TRACEBACK, tb);
        } finally {
            space.decref(moduleDict);
        }
    }

    /**
     * {@code _traceback}, the interpreter's traceback printer for the library's {@code traceback}
     * module: {@code format_exception(value)} (the text {@code sys.excepthook} prints for the
     * exception, chain included) and {@code format_tb(tb, skip, count)} (the list of entries of a
     * traceback, from the {@code skip}-th, at most {@code count}, with source lines and markers).
     */
    static void traceback(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "format_exception", (self, a, n, kw) -> {
            long value = new CallArgs(space, "format_exception", a, n, kw).exactly(1).get(0);
            return space.strType.runtime(table.formatter.exception(value));
        });
        SysModule.function(space, module, dict, "format_tb", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "format_tb", a, n, kw).keywords().range(3, 3);
            long tb = c.get(0);
            if (!space.tracebackType.check(tb)) {
                throw new PyException("TypeError", "format_tb() argument 1 must be traceback, not " + space.typeOf(tb).name);
            }
            long list = space.listType.create();
            for (String entry : table.formatter.entries(tb, space.intType.longValue(c.get(1)), space.intType.longValue(c.get(2)))) {
                long s = space.strType.runtime(entry);
                space.listType.append(list, s);
                space.decref(s);
            }
            return list;
        });
    }

    static double toDouble(ObjectSpace space, long o) {
        if (space.typeOf(o) == space.floatType) {
            return space.floatType.value(o);
        }
        if (space.intType.check(o)) {
            return space.intType.bigValue(o).doubleValue();
        }
        throw new PyException("TypeError", "must be real number, not " + space.typeOf(o).name);
    }

    /**
     * {@code _abc}: what abc.py cannot do in Python, setting {@code Py_TPFLAGS_SEQUENCE} or
     * {@code _MAPPING} on a class (Modules/_abc.c's {@code __abc_tpflags__} handling and
     * {@code set_collection_flag_recursive}, whose walk over subclasses abc.py does):
     * {@code _set_collection_flag(cls, flag)} is true when the class changed.
     */
    static void abc(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "_set_collection_flag", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_set_collection_flag", a, n, kw).range(2, 2);
            if (!space.typeType.check(c.get(0))) {
                throw new PyException("TypeError", "_set_collection_flag() argument 1 must be a type");
            }
            long flag = space.intType.longValue(c.get(1)) & (PyType.SEQUENCE | PyType.MAPPING);
            if (flag != PyType.SEQUENCE && flag != PyType.MAPPING) {
                return space.newBool(false);
            }
            return space.newBool(space.typeType.described(c.get(0)).setCollectionFlag((int) flag));
        });
    }

    /** The functions {@code atexit.register} took, in order (owned references). */
    static final class Atexit {
        final java.util.List<long[]> entries = new java.util.ArrayList<>(); // {func, args tuple, kwargs dict or 0}
    }

    static void atexit(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Atexit state = table.atexit;
        SysModule.function(space, module, dict, "register", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "register", a, n, kw);
            if (n < 1) {
                throw new PyException("TypeError", "register() takes at least 1 argument (0 given)");
            }
            long func = c.get(0);
            if (!Abstract.isCallable(space, func)) {
                throw new PyException("TypeError", "the first argument must be callable");
            }
            long[] rest = new long[(int) n - 1];
            for (int i = 1; i < n; i++) {
                rest[i - 1] = c.get(i);
            }
            long args = space.tupleType.create(rest);
            long kwargs = 0;
            int nkw = kw == 0 ? 0 : (int) space.tupleType.size(kw);
            if (nkw > 0) {
                kwargs = space.dictType.create();
                for (int k = 0; k < nkw; k++) {
                    space.dictType.setItem(kwargs, space.tupleType.item(kw, k), space.memory.getLong(a + 8L * (n + k)));
                }
            }
            state.entries.add(new long[] {space.newRef(func), args, kwargs});
            return space.newRef(func);
        });
        SysModule.function(space, module, dict, "unregister", (self, a, n, kw) -> {
            long func = new CallArgs(space, "unregister", a, n, kw).exactly(1).get(0);
            for (var it = state.entries.iterator(); it.hasNext(); ) {
                long[] e = it.next();
                if (Abstract.richCompareBool(space, e[0], func, dev.pyheap.runtime.objects.CompareOp.EQ)) {
                    it.remove();
                    space.decref(e[0]);
                    space.decref(e[1]);
                    space.xdecref(e[2]);
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_clear", (self, a, n, kw) -> {
            table.runAtexit(false);
            return space.newNone();
        });
    }
}

package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.math.BigInteger;

/**
 * Modules written in Java that programs about memory use call a few functions of:
 * {@code time} (Modules/timemodule.c: time, monotonic, perf_counter, process_time, sleep — which
 * gives the GIL up while it sleeps), {@code math} (Modules/mathmodule.c: the functions the library
 * modules and programs use, with CPython's domain errors) and {@code atexit} (Modules/atexitmodule.c:
 * register, unregister; the runner calls the functions at exit, last registered first).
 */
final class SmallModules {
    private SmallModules() {
    }

    static void time(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "time", (self, a, n, kw) ->
                space.floatType.create(System.currentTimeMillis() / 1000.0));
        SysModule.function(space, module, dict, "time_ns", (self, a, n, kw) ->
                space.intType.createFromBig(BigInteger.valueOf(System.currentTimeMillis()).multiply(BigInteger.valueOf(1_000_000))));
        for (String name : new String[] {"monotonic", "perf_counter", "process_time"}) {
            SysModule.function(space, module, dict, name, (self, a, n, kw) ->
                    space.floatType.create(System.nanoTime() / 1e9));
        }
        SysModule.function(space, module, dict, "perf_counter_ns", (self, a, n, kw) -> space.newInt(System.nanoTime()));
        SysModule.function(space, module, dict, "monotonic_ns", (self, a, n, kw) -> space.newInt(System.nanoTime()));
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

    static double toDouble(ObjectSpace space, long o) {
        if (space.typeOf(o) == space.floatType) {
            return space.floatType.value(o);
        }
        if (space.intType.check(o)) {
            return space.intType.bigValue(o).doubleValue();
        }
        throw new PyException("TypeError", "must be real number, not " + space.typeOf(o).name);
    }

    private interface D2D {
        double apply(double x);
    }

    private static void unary(ObjectSpace space, long module, long dict, String name, D2D f, boolean domain) {
        SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
            double x = toDouble(space, new CallArgs(space, name, a, n, kw).exactly(1).get(0));
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x) && domain) {
                throw new PyException("ValueError", "math domain error");
            }
            return space.floatType.create(r);
        });
    }

    static void math(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        for (Object[] c : new Object[][] {{"pi", Math.PI}, {"e", Math.E}, {"tau", 2 * Math.PI},
                {"inf", Double.POSITIVE_INFINITY}, {"nan", Double.NaN}}) {
            long v = space.floatType.create((Double) c[1]);
            SysModule.setItem(space, dict, (String) c[0], v);
            space.decref(v);
        }
        unary(space, module, dict, "sqrt", Math::sqrt, true);
        unary(space, module, dict, "exp", Math::exp, false);
        unary(space, module, dict, "sin", Math::sin, true);
        unary(space, module, dict, "cos", Math::cos, true);
        unary(space, module, dict, "tan", Math::tan, true);
        unary(space, module, dict, "acos", Math::acos, true);
        unary(space, module, dict, "asin", Math::asin, true);
        unary(space, module, dict, "atan", Math::atan, false);
        unary(space, module, dict, "fabs", Math::abs, false);
        unary(space, module, dict, "log10", x -> {
            if (x <= 0) {
                throw new PyException("ValueError", "math domain error");
            }
            return Math.log10(x);
        }, true);
        unary(space, module, dict, "log2", x -> {
            if (x <= 0) {
                throw new PyException("ValueError", "math domain error");
            }
            return Math.log(x) / Math.log(2);
        }, true);
        SysModule.function(space, module, dict, "log", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "log", a, n, kw).keywords().range(1, 2);
            double x = logOf(space, c.get(0));
            if (n == 2) {
                double base = logOf(space, c.get(1));
                if (base == 0) {
                    throw new PyException("ZeroDivisionError", "float division by zero");
                }
                return space.floatType.create(x / base);
            }
            return space.floatType.create(x);
        });
        for (String name : new String[] {"floor", "ceil", "trunc"}) {
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                long o = new CallArgs(space, name, a, n, kw).exactly(1).get(0);
                if (space.intType.check(o)) {
                    return space.newRef(o);
                }
                double x = toDouble(space, o);
                if (Double.isNaN(x)) {
                    throw new PyException("ValueError", "cannot convert float NaN to integer");
                }
                if (Double.isInfinite(x)) {
                    throw new PyException("OverflowError", "cannot convert float infinity to integer");
                }
                double r = name.equals("floor") ? Math.floor(x) : name.equals("ceil") ? Math.ceil(x) : (x < 0 ? Math.ceil(x) : Math.floor(x));
                BigInteger b = new java.math.BigDecimal(r).toBigInteger();
                return b.bitLength() < 64 ? space.newInt(b.longValue()) : space.intType.createFromBig(b);
            });
        }
        SysModule.function(space, module, dict, "isfinite", (self, a, n, kw) ->
                space.newBool(Double.isFinite(toDouble(space, new CallArgs(space, "isfinite", a, n, kw).exactly(1).get(0)))));
        SysModule.function(space, module, dict, "isnan", (self, a, n, kw) ->
                space.newBool(Double.isNaN(toDouble(space, new CallArgs(space, "isnan", a, n, kw).exactly(1).get(0)))));
        SysModule.function(space, module, dict, "isinf", (self, a, n, kw) ->
                space.newBool(Double.isInfinite(toDouble(space, new CallArgs(space, "isinf", a, n, kw).exactly(1).get(0)))));
        SysModule.function(space, module, dict, "gcd", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "gcd", a, n, kw).keywords();
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                g = g.gcd(space.intType.bigValue(c.get(i)));
            }
            return g.bitLength() < 64 ? space.newInt(g.longValue()) : space.intType.createFromBig(g);
        });
        SysModule.function(space, module, dict, "isqrt", (self, a, n, kw) -> {
            BigInteger v = space.intType.bigValue(new CallArgs(space, "isqrt", a, n, kw).exactly(1).get(0));
            if (v.signum() < 0) {
                throw new PyException("ValueError", "isqrt() argument must be nonnegative");
            }
            BigInteger r = v.sqrt();
            return r.bitLength() < 64 ? space.newInt(r.longValue()) : space.intType.createFromBig(r);
        });
        SysModule.function(space, module, dict, "fsum", (self, a, n, kw) -> {
            long it = Abstract.getIter(space, new CallArgs(space, "fsum", a, n, kw).exactly(1).get(0));
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            try {
                for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                    try {
                        sum = sum.add(new java.math.BigDecimal(toDouble(space, x)));
                    } finally {
                        space.decref(x);
                    }
                }
            } finally {
                space.decref(it);
            }
            return space.floatType.create(sum.doubleValue());
        });
    }

    private static double logOf(ObjectSpace space, long o) {
        double x;
        if (space.intType.check(o)) {
            BigInteger b = space.intType.bigValue(o);
            if (b.signum() <= 0) {
                throw new PyException("ValueError", "math domain error");
            }
            int shift = Math.max(0, b.bitLength() - 1000);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        x = toDouble(space, o);
        if (x <= 0) {
            throw new PyException("ValueError", "math domain error");
        }
        return Math.log(x);
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

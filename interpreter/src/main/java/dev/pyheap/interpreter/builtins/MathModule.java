package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module (Modules/mathmodule.c). Functions of one float ({@code math_1}) share
 * CPython's error rule: a NaN from a non-NaN argument is {@code ValueError: math domain error}, an
 * infinity from a finite one {@code OverflowError: math range error} where the function can
 * overflow, else a domain error. Arguments are converted as {@code PyFloat_AsDouble} does (floats,
 * ints of any size, {@code __float__}, {@code __index__}). The integer functions (factorial, gcd,
 * lcm, comb, perm, isqrt) work on ints of any size through {@code __index__}; {@code fsum},
 * {@code hypot} and {@code dist} sum exactly before their one rounding.
 */
final class MathModule {
    private final ObjectSpace space;
    private final long module;
    private final long dict;

    private MathModule(ObjectSpace space, long module, long dict) {
        this.space = space;
        this.module = module;
        this.dict = dict;
    }

    // The C library's functions (see Libm), with the JDK's or our own as the fallback
    private static final DoubleUnaryOperator LOG = Libm.unary("log", Math::log);
    private static final DoubleUnaryOperator LOG2 = Libm.unary("log2", x -> Math.log(x) / Math.log(2.0));
    private static final DoubleUnaryOperator LOG10 = Libm.unary("log10", Math::log10);
    private static final DoubleUnaryOperator LOG1P = Libm.unary("log1p", Math::log1p);
    private static final DoubleUnaryOperator ERF = Libm.unary("erf", GammaErf::erf);
    private static final DoubleUnaryOperator ERFC = Libm.unary("erfc", GammaErf::erfc);
    private static final DoubleBinaryOperator POW = Libm.binary("pow", Math::pow);

    private static D2D c(String name, DoubleUnaryOperator fallback) {
        return Libm.unary(name, fallback)::applyAsDouble;
    }

    private interface D2D {
        double apply(double x);
    }

    private interface DD2D {
        double apply(double x, double y);
    }

    private interface Body {
        long call(CallArguments a);
    }

    static void fill(ModuleTable table, long module, long dict) {
        new MathModule(table.space(), module, dict).fill();
    }

    private void fill() {
        for (Object[] c : new Object[][] {{"pi", Math.PI}, {"e", Math.E}, {"tau", 2 * Math.PI},
                {"inf", Double.POSITIVE_INFINITY}, {"nan", Double.NaN}}) {
            long v = space.floatType.create((Double) c[1]);
            SysModule.setItem(space, dict, (String) c[0], v);
            space.decref(v);
        }
        unary("sqrt", Math::sqrt, false);
        unary("exp", c("exp", Math::exp), true);
        unary("exp2", c("exp2", x -> Math.pow(2.0, x)), true);
        unary("expm1", c("expm1", Math::expm1), true);
        unary("cbrt", c("cbrt", Math::cbrt), false);
        unary("sin", c("sin", Math::sin), false);
        unary("cos", c("cos", Math::cos), false);
        unary("tan", c("tan", Math::tan), false);
        unary("asin", c("asin", Math::asin), false);
        unary("acos", c("acos", Math::acos), false);
        unary("atan", c("atan", Math::atan), false);
        unary("sinh", c("sinh", MathModule::sinh), true);
        unary("cosh", c("cosh", MathModule::cosh), true);
        unary("tanh", c("tanh", Math::tanh), false);
        unary("asinh", c("asinh", MathModule::asinh), false);
        unary("acosh", c("acosh", x -> x < 1 ? Double.NaN : Math.log(x) + Math.log1p(Math.sqrt(1 - 1 / (x * x)))), false);
        unary("atanh", c("atanh", x -> Math.abs(x) >= 1 ? (Math.abs(x) == 1 ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.NaN)
                : 0.5 * Math.log1p(2 * x / (1 - x))), false);
        unary("fabs", Math::abs, false);
        function("degrees", a -> space.floatType.create(toDouble(a.get(0)) * (180.0 / Math.PI)));
        function("radians", a -> space.floatType.create(toDouble(a.get(0)) * (Math.PI / 180.0)));
        for (String name : new String[] {"gamma", "lgamma", "erf", "erfc"}) {
            function(name, a -> {
                double x = toDouble(a.get(0));
                return space.floatType.create(switch (name) {
                    case "gamma" -> GammaErf.gamma(x);
                    case "lgamma" -> GammaErf.lgamma(x);
                    case "erf" -> ERF.applyAsDouble(x);
                    default -> ERFC.applyAsDouble(x);
                });
            });
        }
        unary("log1p", x -> x <= -1 ? Double.NaN : LOG1P.applyAsDouble(x), false);
        unary("ulp", x -> Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x), false);
        binary("atan2", Libm::atan2, false);
        binary("copysign", Math::copySign, false);
        binary("fmod", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : x % y, false);
        binary("remainder", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : Math.IEEEremainder(x, y), false);
        binary("pow", MathModule::pow, true);
        binary("nextafter", Math::nextAfter, false);
        for (String name : new String[] {"log2", "log10"}) {
            function(name, a -> space.floatType.create(log(a.get(0), name.equals("log2") ? 2.0 : 10.0)));
        }
        function("log", a -> {
            if (a.nargs < 1 || a.nargs > 2) {
                throw new PyException("TypeError", "math.log requires 1 to 2 arguments");
            }
            double x = log(a.get(0), Math.E);
            if (a.nargs == 1) {
                return space.floatType.create(x);
            }
            double base = log(a.get(1), Math.E);
            if (base == 0) {
                throw new PyException("ZeroDivisionError", "float division by zero");
            }
            return space.floatType.create(x / base);
        });
        for (String name : new String[] {"floor", "ceil"}) {
            function(name, a -> {
                long o = a.get(0);
                if (!space.floatType.checkExact(o)) {
                    if (space.intType.check(o)) {
                        return space.intType.exact(o);
                    }
                    if (space.typeOf(o).lookup("__" + name + "__") != 0) {
                        return Abstract.callMethod(space, o, "__" + name + "__", PyType.NO_ARGS);
                    }
                }
                double x = toDouble(o);
                return space.intType.fromDouble(name.equals("floor") ? Math.floor(x) : Math.ceil(x));
            });
        }
        function("trunc", a -> {
            long o = a.get(0);
            PyType t = space.typeOf(o);
            if (t.lookup("__trunc__") == 0) {
                throw new PyException("TypeError", "type " + t.name + " doesn't define __trunc__ method");
            }
            return Abstract.callMethod(space, o, "__trunc__", PyType.NO_ARGS);
        });
        function("isfinite", a -> space.newBool(Double.isFinite(toDouble(a.get(0)))));
        function("isnan", a -> space.newBool(Double.isNaN(toDouble(a.get(0)))));
        function("isinf", a -> space.newBool(Double.isInfinite(toDouble(a.get(0)))));
        function("isclose", a -> {
            long[] v = a.clinic(0, 2, 2, "a", "b", "rel_tol", "abs_tol"); // isclose(a, b, *, rel_tol, abs_tol)
            double x = toDouble(v[0]), y = toDouble(v[1]);
            double rel = v[2] == 0 ? 1e-09 : toDouble(v[2]);
            double abs = v[3] == 0 ? 0.0 : toDouble(v[3]);
            if (rel < 0 || abs < 0) {
                throw new PyException("ValueError", "tolerances must be non-negative");
            }
            if (x == y) {
                return space.newBool(true);
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return space.newBool(false);
            }
            double diff = Math.abs(y - x);
            return space.newBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        function("modf", a -> {
            double x = toDouble(a.get(0));
            if (Double.isInfinite(x)) {
                return pair(space.floatType.create(Math.copySign(0.0, x)), space.floatType.create(x));
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return pair(space.floatType.create(Math.copySign(x - whole, x)), space.floatType.create(whole));
        });
        function("frexp", a -> {
            double x = toDouble(a.get(0));
            if (x == 0 || !Double.isFinite(x)) {
                return pair(space.floatType.create(x), space.newInt(0));
            }
            int e = Math.getExponent(x) + 1;
            if (e == Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
                double scaled = x * 0x1p54;
                e = Math.getExponent(scaled) + 1 - 54;
            }
            return pair(space.floatType.create(Math.scalb(x, -e)), space.newInt(e));
        });
        function("ldexp", a -> {
            a.range(2, 2);
            double x = toDouble(a.get(0));
            if (!space.intType.check(a.get(1))) {
                throw new PyException("TypeError", "Expected an int as second argument to ldexp.");
            }
            BigInteger e = space.intType.bigValue(a.get(1));
            int exp = e.max(BigInteger.valueOf(-5000)).min(BigInteger.valueOf(5000)).intValue();
            double r = x == 0 || !Double.isFinite(x) ? x : Math.scalb(x, exp);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw new PyException("OverflowError", "math range error");
            }
            return space.floatType.create(r);
        });
        function("hypot", a -> {
            double[] v = new double[a.nargs];
            for (int i = 0; i < v.length; i++) {
                v[i] = toDouble(a.get(i));
            }
            return space.floatType.create(norm(v));
        });
        function("dist", a -> {
            a.range(2, 2);
            long p = Abstract.sequenceTuple(space, a.get(0));
            try {
                long q = Abstract.sequenceTuple(space, a.get(1));
                try {
                    int n = (int) space.tupleType.size(p);
                    if (n != space.tupleType.size(q)) {
                        throw new PyException("ValueError", "both points must have the same number of dimensions");
                    }
                    double[] d = new double[n];
                    for (int i = 0; i < n; i++) {
                        d[i] = toDouble(space.tupleType.item(p, i)) - toDouble(space.tupleType.item(q, i));
                    }
                    return space.floatType.create(norm(d));
                } finally {
                    space.decref(q);
                }
            } finally {
                space.decref(p);
            }
        });
        function("fsum", a -> space.floatType.create(fsum(a.get(0))));
        function("prod", a -> {
            long[] v = a.clinic(1, 1, 1, "iterable", "start"); // prod(iterable, /, *, start=1)
            long start = v[1];
            long acc = start == 0 ? space.newInt(1) : space.newRef(start);
            long it = Abstract.getIter(space, v[0]);
            try {
                for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                    try {
                        long r = Abstract.binaryOp(space, acc, x, BinaryOp.MULTIPLY);
                        space.decref(acc);
                        acc = r;
                    } finally {
                        space.decref(x);
                    }
                }
            } catch (RuntimeException e) {
                space.decref(acc);
                throw e;
            } finally {
                space.decref(it);
            }
            return acc;
        });
        function("factorial", a -> {
            return factorial(integer(a.get(0)));
        });
        function("gcd", a -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < a.nargs; i++) {
                g = g.gcd(integer(a.get(i)));
            }
            return space.intType.newInt(g);
        });
        function("lcm", a -> {
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < a.nargs; i++) {
                BigInteger x = integer(a.get(i)).abs();
                l = l.signum() == 0 || x.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(x)).multiply(x);
            }
            return space.intType.newInt(l);
        });
        function("isqrt", a -> {
            BigInteger v = integer(a.get(0));
            if (v.signum() < 0) {
                throw new PyException("ValueError", "isqrt() argument must be nonnegative");
            }
            return space.intType.newInt(v.sqrt());
        });
        function("comb", a -> {
            a.range(2, 2);
            BigInteger[] nk = naturals(a.get(0), a.get(1));
            BigInteger n = nk[0], k = nk[1];
            if (k.compareTo(n) > 0) {
                return space.newInt(0);
            }
            k = k.min(n.subtract(k));
            if (k.bitLength() > 31) {
                throw new PyException("OverflowError", "min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (int i = 1; i <= k.intValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i - 1))).divide(BigInteger.valueOf(i));
            }
            return space.intType.newInt(r);
        });
        function("perm", a -> {
            a.range(1, 2);
            if (a.nargs == 1 || a.get(1) == space.none) {
                BigInteger n = integer(a.get(0));
                return factorial(n); // perm(n) is factorial(n), with its messages

            }
            BigInteger[] nk = naturals(a.get(0), a.get(1));
            BigInteger n = nk[0], k = nk[1];
            if (k.compareTo(n) > 0) {
                return space.newInt(0);
            }
            if (k.bitLength() > 31) {
                throw new PyException("OverflowError", "k must not exceed " + Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (int i = 0; i < k.intValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return space.intType.newInt(r);
        });
    }

    // ------------------------------------------------------------------ registration

    private void function(String name, Body body) {
        SysModule.function(space, module, dict, name, (self, args, nargs, kwnames) ->
                body.call(new CallArguments(space, name, args, nargs, kwnames)));
    }

    /** {@code math_1}: one float in, one out, CPython's domain and range errors. */
    private void unary(String name, D2D f, boolean canOverflow) {
        function(name, a -> {
            double x = toDouble(a.get(0));
            return space.floatType.create(checked(f.apply(x), Double.isNaN(x), Double.isFinite(x), canOverflow));
        });
    }

    /** {@code math_2}. */
    private void binary(String name, DD2D f, boolean canOverflow) {
        function(name, a -> {
            a.range(2, 2);
            double x = toDouble(a.get(0)), y = toDouble(a.get(1));
            return space.floatType.create(checked(f.apply(x, y), Double.isNaN(x) || Double.isNaN(y),
                    Double.isFinite(x) && Double.isFinite(y), canOverflow));
        });
    }

    private static double checked(double r, boolean nanIn, boolean finiteIn, boolean canOverflow) {
        if (Double.isNaN(r) && !nanIn) {
            throw new PyException("ValueError", "math domain error");
        }
        if (Double.isInfinite(r) && finiteIn) {
            throw canOverflow ? new PyException("OverflowError", "math range error")
                    : new PyException("ValueError", "math domain error");
        }
        return r;
    }

    private long pair(long a, long b) {
        try {
            return space.tupleType.create(a, b);
        } finally {
            space.decref(a);
            space.decref(b);
        }
    }

    // ------------------------------------------------------------------ conversions

    /** {@code PyFloat_AsDouble}: a float, an int (OverflowError when too large), {@code __float__}, {@code __index__}. */
    double toDouble(long o) {
        if (space.floatType.check(o)) {
            return space.floatType.value(o);
        }
        if (space.intType.check(o)) {
            return space.intType.toDouble(o);
        }
        PyType t = space.typeOf(o);
        long f = t.toFloat(o);
        if (f == 0) {
            long i = t.index(o);
            if (i == 0) {
                throw new PyException("TypeError", "must be real number, not " + t.name);
            }
            try {
                return space.intType.toDouble(i);
            } finally {
                space.decref(i);
            }
        }
        try {
            return space.floatType.value(f);
        } finally {
            space.decref(f);
        }
    }

    /** {@code PyNumber_Index} as a {@link BigInteger}. */
    private BigInteger integer(long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            return space.intType.bigValue(i);
        } finally {
            space.decref(i);
        }
    }

    private BigInteger[] naturals(long n, long k) {
        BigInteger a = integer(n), b = integer(k);
        if (a.signum() < 0) {
            throw new PyException("ValueError", "n must be a non-negative integer");
        }
        if (b.signum() < 0) {
            throw new PyException("ValueError", "k must be a non-negative integer");
        }
        return new BigInteger[] {a, b};
    }

    // ------------------------------------------------------------------ the functions' arithmetic

    private long factorial(BigInteger n) {
        if (n.signum() < 0) {
            throw new PyException("ValueError", "factorial() not defined for negative values");
        }
        if (n.bitLength() > 63) {
            throw new PyException("OverflowError", "factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return space.intType.newInt(product(1, n.longValue()));
    }

    /** {@code lo * (lo+1) * ... * hi}, split in halves so the big multiplications are balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** {@code loghelper}: the logarithm of a float or of an int of any size (beyond a double's range by its bit length). */
    private double log(long o, double base) {
        if (space.intType.check(o)) {
            BigInteger b = space.intType.bigValue(o);
            if (b.signum() <= 0) {
                throw new PyException("ValueError", "math domain error");
            }
            double d = b.doubleValue();
            if (Double.isInfinite(d)) { // _PyLong_Frexp: a mantissa in [0.5, 1) and the bit length
                int e = b.bitLength();
                return logOf(Math.scalb(b.shiftRight(e - 64).doubleValue(), -64), base) + logOf(2.0, base) * e;
            }
            return logOf(d, base);
        }
        double x = toDouble(o);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw new PyException("ValueError", "math domain error");
        }
        return logOf(x, base);
    }

    /** {@code log}, {@code log2} (exact at powers of two), {@code log10}. */
    private static double logOf(double x, double base) {
        if (base == 10.0) {
            return LOG10.applyAsDouble(x);
        }
        if (base == 2.0) {
            int e = Math.getExponent(x);
            if (e > Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
                return e;
            }
            return LOG2.applyAsDouble(x);
        }
        return LOG.applyAsDouble(x);
    }

    /** The largest x whose exp(x) is finite; beyond it up to the overflow threshold exp(x/2) is squared. */
    private static final double LOG_DBL_MAX = 709.782712893384, OVERFLOW_THRESHOLD = 710.4758600739439;

    /**
     * {@code cosh} as the C library computes it (fdlibm's and glibc's e_cosh: expm1 near 0, the two
     * exponentials' mean up to 22, then half of one), over the JDK's exp and expm1, so that results
     * agree with CPython's to the last digit far more often than {@link Math#cosh}'s.
     */
    static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax < 0.5 * Math.log(2)) {
            double t = Math.expm1(ax);
            double w = 1 + t;
            return ax < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < LOG_DBL_MAX) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** {@code sinh} as the C library computes it (e_sinh: through expm1 below 22), see {@link #cosh}. */
    static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2.0 * t - t * t / (t + 1)) : h * (t + t / (t + 1));
        }
        if (ax < LOG_DBL_MAX) {
            return h * Math.exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * Double.POSITIVE_INFINITY;
    }

    private static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isInfinite(a) || Double.isNaN(a) || a == 0) {
            return x;
        }
        // the C library's (fdlibm's s_asinh) three ranges, so that the last digit is CPython's more often
        double r;
        if (a < 0x1p-28) {
            return x;
        } else if (a > 0x1p28) {
            r = Math.log(a) + Math.log(2.0);
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        } else {
            r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        }
        return Math.copySign(r, x);
    }

    /** C99 {@code pow} with {@code math.pow}'s rules: {@code pow(x, 0)} and {@code pow(1, y)} are 1, even for NaN. */
    private static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            return Double.NaN; // a domain error, as CPython raises for pow(0.0, -1.0)
        }
        return POW.applyAsDouble(x, y);
    }

    /** {@code vector_norm}: the square root of the exact sum of squares; an infinity wins over a NaN. */
    private static double norm(double[] v) {
        boolean nan = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            if (!nan) {
                BigDecimal b = new BigDecimal(x);
                sum = sum.add(b.multiply(b));
            }
        }
        if (nan) {
            return Double.NaN;
        }
        return sum.signum() == 0 ? 0.0 : sum.sqrt(new MathContext(40)).doubleValue();
    }

    /** {@code math_fsum}: the exact sum, rounded once; NaN and infinities as CPython treats them. */
    /**
     * {@code math_fsum}: Shewchuk's exact partial sums (msum), item by item, so a partial sum that
     * overflows while the item was finite is CPython's "intermediate overflow in fsum" (even when
     * later items would bring the total back: fsum([1e308, 1e308, -1e308])); infinities and NaNs
     * are summed apart (inf + -inf is the ValueError), and the last partials are rounded half-even
     * across partials as CPython does.
     */
    private double fsum(long iterable) {
        long it = Abstract.getIter(space, iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        try {
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it)) {
                double x;
                try {
                    x = toDouble(item);
                } finally {
                    space.decref(item);
                }
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) { // for y in partials
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double yr = hi - x;
                    double lo = y - yr;
                    if (lo != 0.0) {
                        p[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        // a non-finite x: an intermediate overflow, or an inf or nan among the items
                        if (Double.isFinite(xsave)) {
                            throw new PyException("OverflowError", "intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        specialSum += xsave;
                        n = 0; // reset partials
                    } else {
                        if (n >= p.length) {
                            p = java.util.Arrays.copyOf(p, p.length * 2);
                        }
                        p[n++] = x;
                    }
                }
            }
        } finally {
            space.decref(it);
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw new PyException("ValueError", "-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // sum_exact(ps, hi) from the top, stopping when the sum becomes inexact
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // half-even rounding across partials (fsum([1e-16, 1, 1e16]) rounds the last digit up)
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}

package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math.gamma}, {@code lgamma}, {@code erf} and {@code erfc} as {@code Modules/mathmodule.c}
 * computes them.
 *
 * <p>gamma and lgamma: Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375
 * written as a rational function of x (of 1/x from 5 on, which cannot overflow), with the
 * correction for the rounding error of {@code x + g - 0.5} and the reflection formula for
 * negative x; small positive integers come from a table, so {@code gamma(5) == 24.0} exactly.
 *
 * <p>erf and erfc: a power series below |x| = 1.5 and a continued fraction for erfc above it
 * (CPython's own algorithm for platforms without a libm {@code erf}; CPython on Linux calls
 * glibc's, so the last digit can differ, as for the other math functions computed by Java).
 *
 * <p>Errors follow {@code math_1a}/{@code is_error}: a domain error is ValueError("math domain
 * error"), a range error OverflowError("math range error") unless the result is below 1.5.
 */
final class GammaErf {
    // CPython's m_tgamma, m_lgamma and m_sinpi call the C library's functions, whose last bits these are
    private static final DoubleUnaryOperator SIN = Libm.unary("sin", Math::sin);
    private static final DoubleUnaryOperator COS = Libm.unary("cos", Math::cos);
    private static final DoubleUnaryOperator EXP = Libm.unary("exp", Math::exp);
    private static final DoubleUnaryOperator LOG = Libm.unary("log", Math::log);
    private static final DoubleBinaryOperator POW = Libm.binary("pow", Math::pow);

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The denominator x(x+1)...(x+11) expanded. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double ERF_SERIES_CUTOFF = 1.5, ERFC_CONTFRAC_CUTOFF = 30.0;
    private static final int ERF_SERIES_TERMS = 25, ERFC_CONTFRAC_TERMS = 50;

    private GammaErf() {
    }

    private static PyException domainError() {
        return new PyException("ValueError", "math domain error");
    }

    private static double rangeChecked(double r) {
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "math range error");
        }
        return r;
    }

    /** sin(pi x) for finite x, exact at the integers and half-integers. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y); // C round(): halves away from zero
        double r = switch (n) {
            case 0 -> SIN.applyAsDouble(Math.PI * y);
            case 1 -> COS.applyAsDouble(Math.PI * (y - 0.5));
            case 2 -> SIN.applyAsDouble(Math.PI * (1.0 - y)); // not -sin(pi (y-1)): that gives -0.0 at y == 1
            case 3 -> -COS.applyAsDouble(Math.PI * (y - 1.5));
            default -> SIN.applyAsDouble(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw domainError();
        }
        if (x == 0.0) {
            throw domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw domainError();
            }
            if (x <= 23) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) {
                    f *= i; // exact: every factorial up to 22! is a double
                }
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return rangeChecked(1.0 / x);
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw new PyException("OverflowError", "math range error");
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * EXP.applyAsDouble(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= POW.applyAsDouble(y, absx - 0.5);
            } else {
                double sqrtpow = POW.applyAsDouble(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / EXP.applyAsDouble(y);
            r += z * r;
            if (absx < 140.0) {
                r *= POW.applyAsDouble(y, absx - 0.5);
            } else {
                double sqrtpow = POW.applyAsDouble(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return rangeChecked(r);
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -LOG.applyAsDouble(absx);
        }
        double r = LOG.applyAsDouble(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (LOG.applyAsDouble(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - LOG.applyAsDouble(Math.abs(sinpi(absx))) - LOG.applyAsDouble(absx) - r;
        }
        return rangeChecked(r);
    }

    private static double erfSeries(double x) {
        double x2 = x * x, acc = 0.0, fk = ERF_SERIES_TERMS + 0.5;
        for (int i = 0; i < ERF_SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * EXP.applyAsDouble(-x2) / SQRT_PI;
    }

    /** erfc(x) for x >= 1.5 by its continued fraction. */
    private static double erfcContfrac(double x) {
        if (x >= ERFC_CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2, temp = p;
            p = b * p - a * pLast;
            pLast = temp;
            temp = q;
            q = b * q - a * qLast;
            qLast = temp;
        }
        return p / q * x * EXP.applyAsDouble(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }
}

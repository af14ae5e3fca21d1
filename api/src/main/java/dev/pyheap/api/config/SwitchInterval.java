package dev.pyheap.api.config;

import java.util.regex.Pattern;

/**
 * {@code sys.setswitchinterval(seconds)}'s rules, shared by the {@code switchinterval} option and the
 * GIL, so both refuse the same values with the same messages.
 *
 * <p>CPython 3.11 ({@code sys_setswitchinterval_impl}) refuses a value {@code <= 0.0} with
 * {@code ValueError: switch interval must be strictly positive} (so {@code -0.0} too) and stores
 * {@code (unsigned long) (1e6 * seconds)} microseconds: below a microsecond that is 0, and
 * {@code sys.getswitchinterval()} then returns {@code 0.0} (we keep that; the GIL waits at least a
 * microsecond). For NaN, the infinities and values of 2<sup>64</sup> microseconds or more the cast
 * is undefined behaviour in C; recorded on CPython 3.11.7 on x86-64, {@code float('inf')} and
 * {@code 1e300} become an interval of 0 (switch at every check) and NaN one of 2<sup>63</sup> µs.
 * That is not a behaviour to reproduce: here NaN and {@code +inf} are refused with
 * {@code switch interval must be finite} ({@code -inf} is not positive, as in CPython), and values of 2<sup>63</sup> µs or more (about 292,000
 * years, past what a {@code long} holds) with {@code switch interval too large}.
 */
public final class SwitchInterval {
    /** The largest interval accepted: {@code Long.MAX_VALUE} microseconds, in seconds. */
    public static final double MAX_SECONDS = Long.MAX_VALUE / 1e6;

    /** Python's {@code float()} syntax for decimal text: sign, digits with single underscores between them, exponent. */
    private static final Pattern PYTHON_FLOAT = Pattern.compile(
            "[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");
    private static final Pattern PYTHON_SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private SwitchInterval() {
    }

    /**
     * The interval in whole microseconds, as CPython stores it.
     *
     * @throws IllegalArgumentException with CPython's message for a value it refuses, or ours for one
     *                                  whose conversion is undefined in CPython (see the class comment)
     */
    public static long toMicros(double seconds) {
        if (seconds <= 0.0) { // -0.0 and -inf included, as in CPython
            throw new IllegalArgumentException("switch interval must be strictly positive");
        }
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("switch interval must be finite");
        }
        double micros = 1e6 * seconds;
        if (micros >= 0x1p63) {
            throw new IllegalArgumentException("switch interval too large");
        }
        return (long) micros;
    }

    /**
     * Reads the text of a number as Python's {@code float()} does ({@code 0.005}, {@code 5e-3},
     * {@code 1_000}, {@code inf}, {@code nan}, surrounding blanks ignored) and checks it as
     * {@link #toMicros} does.
     *
     * @throws OptionType.InvalidValueException with the reason, for an option's error message
     */
    public static double parse(String text) {
        String s = text.strip();
        double value;
        if (PYTHON_FLOAT.matcher(s).matches()) {
            value = Double.parseDouble(s.replace("_", ""));
        } else if (PYTHON_SPECIAL.matcher(s).matches()) {
            value = s.toLowerCase(java.util.Locale.ROOT).contains("nan") ? Double.NaN
                    : s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            throw new IllegalArgumentException("not a number");
        }
        try {
            toMicros(value);
        } catch (IllegalArgumentException e) {
            throw new OptionType.InvalidValueException(e.getMessage());
        }
        return value;
    }
}

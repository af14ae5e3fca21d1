package dev.pyheap.interpreter.ast;

import dev.pyheap.runtime.objects.UnicodeCtype;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code repr()} of the values a {@link Expr.Constant} holds: {@link PySingleton}, Boolean,
 * Long or BigInteger (int), Double (float, Objects/floatobject.c's shortest repr), {@link Complex},
 * String (str, Objects/unicodeobject.c's unicode_repr), byte[] (bytes), {@link ConstantTuple},
 * {@link ConstantFrozenset}.
 */
public final class ConstantRepr {
    private ConstantRepr() {}

    public static String repr(Object v) {
        return switch (v) {
            case null -> "None";
            case PySingleton s -> s.name();
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case BigInteger b -> b.toString();
            case Double d -> floatRepr(d);
            case Complex c -> complexRepr(c);
            case String s -> strRepr(s);
            case byte[] b -> bytesRepr(b);
            case ConstantTuple t -> tupleRepr(t);
            case ConstantFrozenset f -> f.elts().isEmpty() ? "frozenset()" : "frozenset({" + join(f.elts()) + "})";
            default -> throw new IllegalArgumentException("not a constant: " + v.getClass().getName());
        };
    }

    private static String tupleRepr(ConstantTuple t) {
        return t.elts().size() == 1 ? "(" + repr(t.elts().getFirst()) + ",)" : "(" + join(t.elts()) + ")";
    }

    private static String join(java.util.List<Object> items) {
        StringBuilder sb = new StringBuilder();
        for (Object o : items) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(repr(o));
        }
        return sb.toString();
    }

    /** {@code repr(float)}: the shortest digits that round-trip, in CPython's 'r' layout. */
    public static String floatRepr(double d) {
        return formatShort(d, true);
    }

    static String complexRepr(Complex c) {
        if (c.real() == 0.0 && Math.copySign(1.0, c.real()) == 1.0) {
            return formatShort(c.imag(), false) + "j";
        }
        String im = formatShort(c.imag(), false);
        String sign = (im.startsWith("-") || Double.isNaN(c.imag())) ? "" : "+";
        return "(" + formatShort(c.real(), false) + sign + im + "j)";
    }

    private static String formatShort(double d, boolean addDot0) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0.0 && 1 / d < 0)) ? "-" : "";
        if (d == 0.0) {
            return sign + (addDot0 ? "0.0" : "0");
        }
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * The fewest significant digits that read back as {@code d}, the nearest to {@code d} of those
     * (David Gay's 'r' mode, as Python's repr).
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int n = 1; n <= 17; n++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP}) {
                BigDecimal r = exact.round(new MathContext(n, mode));
                if (r.doubleValue() == d && (best == null
                        || r.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = r;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** {@code repr(str)} as Objects/unicodeobject.c's unicode_repr. */
    public static String strRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point (Unicode 14.0): not Other or Separator, except the space. */
    public static boolean isPrintable(int cp) {
        return UnicodeCtype.isPrintable(cp);
    }

    /** {@code repr(bytes)} as Objects/bytesobject.c's PyBytes_Repr. */
    public static String bytesRepr(byte[] b) {
        boolean sq = false;
        boolean dq = false;
        for (byte x : b) {
            sq |= x == '\'';
            dq |= x == '"';
        }
        char quote = (sq && !dq) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}

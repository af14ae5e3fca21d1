package dev.pyheap.interpreter.ast;

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

    /**
     * Code points the JDK's Unicode (16.0) assigns but Python 3.11's (14.0) does not: ranges as
     * (first, last) pairs, sorted. Python sees them as unassigned (category Cn).
     */
    private static final int[] NEWER_THAN_UNICODE_14 = {
            0x897, 0x897,
            0xcf3, 0xcf3,
            0xece, 0xece,
            0x1b4e, 0x1b4f,
            0x1b7f, 0x1b7f,
            0x1c89, 0x1c8a,
            0x2427, 0x2429,
            0x2ffc, 0x2fff,
            0x31e4, 0x31e5,
            0x31ef, 0x31ef,
            0xa7cb, 0xa7cd,
            0xa7da, 0xa7dc,
            0x105c0, 0x105f3,
            0x10d40, 0x10d65,
            0x10d69, 0x10d85,
            0x10d8e, 0x10d8f,
            0x10ec2, 0x10ec4,
            0x10efc, 0x10eff,
            0x1123f, 0x11241,
            0x11380, 0x11389,
            0x1138b, 0x1138b,
            0x1138e, 0x1138e,
            0x11390, 0x113b5,
            0x113b7, 0x113c0,
            0x113c2, 0x113c2,
            0x113c5, 0x113c5,
            0x113c7, 0x113ca,
            0x113cc, 0x113d5,
            0x113d7, 0x113d8,
            0x113e1, 0x113e2,
            0x116d0, 0x116e3,
            0x11b00, 0x11b09,
            0x11bc0, 0x11be1,
            0x11bf0, 0x11bf9,
            0x11f00, 0x11f10,
            0x11f12, 0x11f3a,
            0x11f3e, 0x11f5a,
            0x1342f, 0x1342f,
            0x13440, 0x13455,
            0x13460, 0x143fa,
            0x16100, 0x16139,
            0x16d40, 0x16d79,
            0x18cff, 0x18cff,
            0x1b132, 0x1b132,
            0x1b155, 0x1b155,
            0x1cc00, 0x1ccf9,
            0x1cd00, 0x1ceb3,
            0x1d2c0, 0x1d2d3,
            0x1df25, 0x1df2a,
            0x1e030, 0x1e06d,
            0x1e08f, 0x1e08f,
            0x1e4d0, 0x1e4f9,
            0x1e5d0, 0x1e5fa,
            0x1e5ff, 0x1e5ff,
            0x1f6dc, 0x1f6dc,
            0x1f774, 0x1f776,
            0x1f77b, 0x1f77f,
            0x1f7d9, 0x1f7d9,
            0x1f8b2, 0x1f8bb,
            0x1f8c0, 0x1f8c1,
            0x1fa75, 0x1fa77,
            0x1fa87, 0x1fa89,
            0x1fa8f, 0x1fa8f,
            0x1faad, 0x1faaf,
            0x1fabb, 0x1fabf,
            0x1fac6, 0x1fac6,
            0x1face, 0x1facf,
            0x1fada, 0x1fadc,
            0x1fadf, 0x1fadf,
            0x1fae8, 0x1fae9,
            0x1faf7, 0x1faf8,
            0x1fbcb, 0x1fbef,
            0x2b739, 0x2b739,
            0x2ebf0, 0x2ee5d,
            0x31350, 0x323af
    };

    /** True if Python 3.11's Unicode database (14.0) has no character at cp although the JDK's has. */
    public static boolean unassignedInPython(int cp) {
        int lo = 0;
        int hi = NEWER_THAN_UNICODE_14.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < NEWER_THAN_UNICODE_14[2 * mid]) {
                hi = mid - 1;
            } else if (cp > NEWER_THAN_UNICODE_14[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Python's str.isprintable for one code point: not Other or Separator, except the space. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (unassignedInPython(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
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

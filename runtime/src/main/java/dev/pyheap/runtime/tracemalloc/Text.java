package dev.pyheap.runtime.tracemalloc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Python's text rules the formats need: {@code repr(str)}, str ordering and {@code %.Nf} rounding. */
final class Text {
    private Text() {
    }

    /** Compares as Python compares str: by code point (Java's compareTo compares UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** {@code repr(s)} for a Python str: single quotes unless the text holds one and no double quote. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one non-ASCII code point. */
    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * C's {@code printf("%.<digits>f")}, which Python's {@code %} uses: the exact binary value
     * rounded half to even (Java's {@code %f} rounds the shortest decimal form half up, so
     * {@code 0.25} would print {@code 0.3} instead of {@code 0.2}). A negative value that rounds
     * to zero keeps its sign ({@code -0.0}), as in C.
     */
    static String fixed(double value, int digits, boolean sign) {
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        String digitsText = new BigDecimal(Math.abs(value)).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return negative ? "-" + digitsText : sign ? "+" + digitsText : digitsText;
    }
}

package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-specification mini-language ({@code Python/formatter_unicode.c}) for int, float and
 * str, {@code format(value, spec)} ({@code PyObject_Format}), and printf-style {@code str % args}
 * ({@code PyUnicode_Format}). Floats are rounded from their exact binary value, half to even, as
 * CPython's {@code PyOS_double_to_string} does; the shortest repr comes from {@link FloatType}.
 * <pre>
 *   spec := [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * </pre>
 */
public final class Formatter {
    private Formatter() {
    }

    /** A parsed format spec ({@code InternalFormatSpec}); {@code sign}, {@code grouping} and {@code type} are 0 when absent. */
    private static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean noNegativeZero;
        boolean alternate;
        int width = -1;
        char grouping;
        int precision = -1;
        int type;
    }

    /**
     * {@code parse_internal_render_format_spec}: the one parser of the mini-language, for
     * {@code format()}, f-strings, {@code str.format} and the printf-style float path. The
     * {@code 0} flag pads with zeros and, where the type aligns right by default, after the sign.
     */
    private static Spec parse(String spec, String typeName, char defaultAlign, int defaultType) {
        int[] s = spec.codePoints().toArray();
        Spec p = new Spec();
        p.align = defaultAlign;
        int i = 0;
        int n = s.length;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (n >= 2 && isAlign(s[1])) {
            p.fill = s[0];
            p.align = (char) s[1];
            fillSpecified = alignSpecified = true;
            i = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            p.align = (char) s[0];
            alignSpecified = true;
            i = 1;
        }
        if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
            p.sign = (char) s[i++];
        }
        if (i < n && s[i] == 'z') {
            p.noNegativeZero = true;
            i++;
        }
        if (i < n && s[i] == '#') {
            p.alternate = true;
            i++;
        }
        if (!fillSpecified && i < n && s[i] == '0') {
            p.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                p.align = '=';
            }
            i++;
        }
        int start = i;
        i = digits(s, i);
        if (i > start) {
            p.width = integer(s, start, i);
        }
        if (i < n && s[i] == ',') {
            p.grouping = ',';
            i++;
        }
        if (i < n && s[i] == '_') {
            if (p.grouping != 0) {
                throw new PyException("ValueError", "Cannot specify both ',' and '_'.");
            }
            p.grouping = '_';
            i++;
        }
        if (i < n && s[i] == ',' && p.grouping == '_') {
            throw new PyException("ValueError", "Cannot specify both ',' and '_'.");
        }
        if (i < n && s[i] == '.') {
            start = ++i;
            i = digits(s, i);
            if (i == start) {
                throw new PyException("ValueError", "Format specifier missing precision");
            }
            p.precision = integer(s, start, i);
        }
        if (n - i > 1) {
            throw new PyException("ValueError", "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            p.type = s[i];
        }
        if (p.grouping != 0) {
            // the grouping check sees the type's default ('s' for str) when the spec names none
            switch (p.type != 0 ? p.type : defaultType) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (p.grouping != '_') {
                        throw new PyException("ValueError", "Cannot specify ',' with '" + (char) p.type + "'.");
                    }
                }
                default -> throw new PyException("ValueError", "Cannot specify '" + p.grouping + "' with "
                        + quotedCode(p.type != 0 ? p.type : defaultType) + ".");
            }
        }
        return p;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int digits(int[] s, int i) {
        while (i < s.length && Character.isDigit(s[i])) {
            i++;
        }
        return i;
    }

    /** {@code get_integer}: decimal digits (any script's), ValueError past {@code Py_ssize_t}. */
    private static int integer(int[] s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + Character.digit(s[i], 10);
            if (v > Integer.MAX_VALUE) {
                throw new PyException("ValueError", "Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    /** A presentation type as CPython's messages show it: {@code 'x'}, or {@code '\x..'} outside printable ASCII. */
    private static String quotedCode(int c) {
        return c > 32 && c < 128 ? "'" + (char) c + "'" : "'\\x" + Integer.toHexString(c) + "'";
    }

    /** {@code PyObject_Format(value, spec)}: a new str. */
    public static long format(ObjectSpace space, long value, long spec) {
        if (space.strType.length(spec) == 0 && (space.strType.isExact(value) || space.intType.checkExact(value))) {
            return Abstract.strObject(space, value);
        }
        String s = space.strType.value(spec);
        PyType t = space.typeOf(value);
        if (t.specialMethod("__format__") != 0) {
            long r = Abstract.callMethod(space, value, "__format__", new long[] {spec});
            if (!space.strType.check(r)) {
                String rt = space.typeOf(r).name;
                space.decref(r);
                throw new PyException("TypeError", "__format__ must return a str, not " + rt);
            }
            return r;
        }
        if (s.isEmpty()) {
            // object.__format__('') and the built-in numbers' and str's: PyObject_Str(self), a subclass's __str__ or __repr__ included
            return Abstract.strObject(space, value);
        }
        String text = format(space, value, s);
        // format_string_internal's fast path: a spec that changes nothing writes the str itself
        return space.strType.isExact(value) && text.equals(space.strType.value(value)) ? space.newRef(value)
                : space.strType.runtime(text);
    }

    /** The built-in types' {@code __format__}: the text of {@code value} formatted by {@code spec}. */
    public static String format(ObjectSpace space, long value, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(space, value); // an empty spec writes str(self), as each built-in __format__ does
        }
        PyType t = space.typeOf(value);
        if (t.hasFlag(PyType.LONG_SUBCLASS)) {
            return formatInt(space, value, spec, t);
        }
        if (space.floatType.check(value)) {
            return formatFloat(space.floatType.value(value), spec, space);
        }
        if (space.strType.check(value)) {
            return formatStr(space.strType.value(value), spec, t.name);
        }
        if (space.complexType.check(value) && !spec.isEmpty()) {
            return formatComplex(space.complexType.real(value), space.complexType.imag(value), spec);
        }
        if (!spec.isEmpty()) {
            throw new PyException("TypeError", "unsupported format string passed to " + t.name + ".__format__");
        }
        return Abstract.str(space, value);
    }

    private static String invalid(Spec p, String typeName) {
        throw new PyException("ValueError", "Unknown format code " + quotedCode(p.type) + " for object of type '" + typeName + "'");
    }

    static String formatStr(String v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return v;
        }
        Spec p = parse(spec, typeName, '<', 's');
        if (p.type != 0 && p.type != 's') {
            invalid(p, typeName);
        }
        if (p.sign != 0) {
            throw new PyException("ValueError", p.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (p.noNegativeZero) {
            throw new PyException("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (p.alternate) {
            throw new PyException("ValueError", "Alternate form (#) not allowed in string format specifier");
        }
        if (p.align == '=') {
            throw new PyException("ValueError", "'=' alignment not allowed in string format specifier");
        }
        if (p.precision >= 0 && p.precision < v.codePointCount(0, v.length())) {
            v = v.substring(0, v.offsetByCodePoints(0, p.precision));
        }
        return pad(v, "", p, '<');
    }

    private static String pad(String body, String signPrefix, Spec p, char defaultAlign) {
        int len = body.codePointCount(0, body.length()) + signPrefix.length();
        if (p.width <= len) {
            return signPrefix + body;
        }
        int fill = p.width - len;
        String f = Character.toString(p.fill);
        return switch (p.align == 0 ? defaultAlign : p.align) {
            case '<' -> signPrefix + body + f.repeat(fill);
            case '^' -> f.repeat(fill / 2) + signPrefix + body + f.repeat(fill - fill / 2);
            case '=' -> signPrefix + f.repeat(fill) + body;
            default -> f.repeat(fill) + signPrefix + body;
        };
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder b = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /** The value of an int object (any size). */
    private static BigInteger big(ObjectSpace space, long i) {
        return space.intType.fitsLong(i) ? BigInteger.valueOf(space.intType.longValue(i)) : space.intType.bigValue(i);
    }

    private static String signOf(boolean negative, Spec p) {
        return negative ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
    }

    static String formatInt(ObjectSpace space, long value, String spec, PyType t) {
        BigInteger v = big(space, value);
        if (spec.isEmpty()) {
            return space.boolType.checkExact(value) ? (v.signum() != 0 ? "True" : "False") : space.intType.decimal(v);
        }
        Spec p = parse(spec, t.name, '>', 'd');
        int type = p.type;
        if (type != 0 && "eEfFgG%".indexOf(type) >= 0) {
            return formatFloat(v.doubleValue(), spec, space);
        }
        if (type != 0 && "bcdoxXn".indexOf(type) < 0) { // the type is checked before the precision
            return invalid(p, t.name);
        }
        if (p.precision >= 0) {
            throw new PyException("ValueError", "Precision not allowed in integer format specifier");
        }
        if (p.noNegativeZero) {
            throw new PyException("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        switch (type) {
            case 0, 'd', 'n' -> digits = group(space.intType.decimal(v.abs()), p.grouping, 3);
            case 'b' -> {
                digits = group(v.abs().toString(2), p.grouping, 4);
                prefix = p.alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = group(v.abs().toString(8), p.grouping, 4);
                prefix = p.alternate ? "0o" : "";
            }
            case 'x', 'X' -> {
                digits = group(v.abs().toString(16), p.grouping, 4);
                if (type == 'X') {
                    digits = digits.toUpperCase();
                }
                prefix = p.alternate ? (type == 'X' ? "0X" : "0x") : "";
            }
            case 'c' -> {
                if (p.sign != 0) {
                    throw new PyException("ValueError", "Sign not allowed with integer format specifier 'c'");
                }
                if (p.alternate) {
                    throw new PyException("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
                }
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw new PyException("OverflowError", "%c arg not in range(0x110000)");
                }
                return pad(Character.toString(v.intValue()), "", p, '>');
            }
            default -> {
                return invalid(p, t.name);
            }
        }
        if (p.align == '=' && p.fill == '0' && p.grouping != 0) {
            int want = p.width - signOf(v.signum() < 0, p).length() - prefix.length();
            String raw = v.abs().toString(type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10);
            while (digits.length() < want) {
                raw = "0" + raw;
                digits = group(raw, p.grouping, type == 0 || type == 'd' || type == 'n' ? 3 : 4);
            }
            if (type == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return pad(digits, signOf(v.signum() < 0, p) + prefix, p, '>');
    }

    static String formatFloat(double d, String spec, ObjectSpace space) {
        if (spec.isEmpty()) {
            return FloatType.repr(d);
        }
        Spec p = parse(spec, "float", '>', 0);
        String[] number = floatNumber(d, p, false, "float");
        String body = number[1];
        if (p.grouping != 0 && p.align == '=' && p.fill == '0' && Double.isFinite(d)) {
            // zero padding is part of the number: the zeros are grouped as its digits are
            int end = integerEnd(body);
            String digits = body.substring(0, end);
            String rest = body.substring(end);
            int want = p.width - number[0].length() - rest.length();
            String grouped = group(digits, p.grouping, 3);
            while (grouped.length() < want) {
                digits = "0" + digits;
                grouped = group(digits, p.grouping, 3);
            }
            body = grouped + rest;
        } else if (Double.isFinite(d)) {
            body = groupInteger(body, p.grouping);
        }
        return pad(body, number[0], p, '>');
    }

    /** Where the integer digits of a formatted finite number end. */
    private static int integerEnd(String body) {
        int dot = body.indexOf('.');
        return dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E') >= 0 ? body.indexOf('E')
                : body.endsWith("%") ? body.length() - 1 : body.length();
    }

    /**
     * {@code format_float_internal} without the padding and grouping: the sign and the digits of
     * {@code d}. {@code inComplex}: as a part of a complex ({@code format_complex_internal}), where no
     * type means {@code repr} without an added {@code .0}, or {@code g} with a precision.
     */
    private static String[] floatNumber(double d, Spec p, boolean inComplex, String typeName) {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        int type = p.type;
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (upper) {
                body = body.toUpperCase();
            }
            negative = d < 0;
            if (type == '%') {
                body = body + "%";
            }
        } else {
            switch (type) {
                case 'f', 'F' -> body = fixed(a, p.precision < 0 ? 6 : p.precision);
                case 'e', 'E' -> body = exponent(a, p.precision < 0 ? 6 : p.precision, upper);
                case '%' -> body = fixed(a * 100, p.precision < 0 ? 6 : p.precision) + "%";
                case 'g', 'G', 'n' -> body = general(a, p.precision < 0 ? 6 : Math.max(p.precision, 1), p.alternate, upper, false);
                case 0 -> {
                    if (p.precision < 0) {
                        body = FloatType.repr(a);
                        if (inComplex && body.endsWith(".0")) {
                            body = body.substring(0, body.length() - 2);
                        }
                    } else {
                        body = general(a, Math.max(p.precision, 1), p.alternate, false, !inComplex);
                        if (!inComplex && !body.contains(".") && !body.contains("e")) {
                            body = body + ".0";
                        }
                    }
                }
                default -> {
                    return new String[] {"", invalid(p, typeName)};
                }
            }
            if (p.alternate && !body.contains(".")) { // '#': always a decimal point
                int e = integerEnd(body);
                body = body.substring(0, e) + "." + body.substring(e);
            }
            if (p.noNegativeZero && negative && body.chars().noneMatch(c -> c >= '1' && c <= '9')) {
                negative = false; // 'z': a result that rounds to zero loses its minus sign
            }
        }
        return new String[] {signOf(negative, p), body};
    }

    /**
     * {@code format_complex_internal}: both parts formatted as floats (the imaginary one always
     * signed), grouped, then padded as one; without a type, {@code repr}'s form in parentheses
     * unless the real part is +0. No zero padding, no {@code =} alignment.
     */
    static String formatComplex(double re, double im, String spec) {
        Spec p = parse(spec, "complex", '>', 0);
        switch (p.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> {
            }
            default -> invalid(p, "complex");
        }
        if (p.fill == '0') {
            throw new PyException("ValueError", "Zero padding is not allowed in complex format specifier");
        }
        if (p.align == '=') {
            throw new PyException("ValueError", "'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipRe = p.type == 0 && re == 0 && 1 / re > 0;
        boolean parens = p.type == 0 && !skipRe;
        Spec part = new Spec();
        part.type = p.type == 'n' ? 'g' : p.type;
        part.precision = p.precision;
        part.alternate = p.alternate;
        part.noNegativeZero = p.noNegativeZero;
        StringBuilder b = new StringBuilder();
        if (parens) {
            b.append('(');
        }
        if (!skipRe) {
            part.sign = p.sign;
            b.append(groupedPart(re, part, p.grouping));
        }
        part.sign = skipRe ? p.sign : '+';
        b.append(groupedPart(im, part, p.grouping)).append('j');
        if (parens) {
            b.append(')');
        }
        return pad(b.toString(), "", p, '>');
    }

    private static String groupedPart(double d, Spec part, char grouping) {
        String[] number = floatNumber(d, part, true, "complex");
        return number[0] + (Double.isFinite(d) ? groupInteger(number[1], grouping) : number[1]);
    }

    /** A finite number's integer digits grouped by threes ({@code grouping} 0: as it is). */
    private static String groupInteger(String body, char grouping) {
        int end = integerEnd(body);
        return group(body.substring(0, end), grouping, 3) + body.substring(end);
    }

    private static String fixed(double a, int precision) {
        return new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String exponent(double a, int precision, boolean upper) {
        String s;
        if (a == 0) {
            s = (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            int exp = r.precision() - r.scale() - 1;
            String digits = r.unscaledValue().toString();
            while (digits.length() < precision + 1) {
                digits = digits + "0";
            }
            digits = digits.substring(0, precision + 1);
            s = digits.charAt(0) + (precision > 0 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return upper ? s.toUpperCase() : s;
    }

    /**
     * {@code 'g'}. {@code addDot0}: the float's format without a type ({@code Py_DTSF_ADD_DOT_0}),
     * whose fixed notation gets a {@code .0} later, so it switches to the exponent one digit sooner:
     * {@code format(1234.5, '.4')} is {@code '1.234e+03'}, not {@code '1234.0'}.
     */
    private static String general(double a, int precision, boolean alternate, boolean upper, boolean addDot0) {
        // zero's decimal point is after its one digit (_Py_dg_dtoa's decpt 1): exponent 0, which
        // is already the exponent notation's when addDot0 leaves no digit for fixed: format(0.0, '.1')
        if (a == 0 && !(addDot0 && precision <= 1)) {
            return alternate ? "0." + "0".repeat(precision - 1) : "0";
        }
        int exp = 0;
        if (a != 0) {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        String s;
        if (exp >= -4 && exp < (addDot0 ? precision - 1 : precision)) {
            s = fixed(a, precision - 1 - exp);
        } else {
            s = exponent(a, precision - 1, upper);
        }
        if (!alternate) {
            int e = s.indexOf('e') >= 0 ? s.indexOf('e') : s.indexOf('E');
            String mant = e >= 0 ? s.substring(0, e) : s;
            String rest = e >= 0 ? s.substring(e) : "";
            if (mant.contains(".")) {
                mant = mant.replaceAll("0+$", "");
                if (mant.endsWith(".")) {
                    mant = mant.substring(0, mant.length() - 1);
                }
            }
            s = mant + rest;
        }
        return s;
    }

    // ------------------------------------------------------------------ printf-style: str % args, bytes % args

    /**
     * {@code PyUnicode_Format}: {@code format % args}, a new reference. CPython's writer keeps a str
     * whole when it is the only thing written, in one piece, after it knows nothing follows
     * ({@code overallocate} off): a format without {@code %} is the result itself, and a last
     * {@code %s}, {@code %r} or {@code %a} with nothing written before it and no padding, truncation
     * or sign is the argument itself (an exact str under {@code %s}) or the str its
     * {@code __str__}/{@code __repr__} returned.
     */
    public static long percent(ObjectSpace space, long format, long args) {
        String text = space.strType.value(format);
        Percent r = percent(space, text, args, false);
        if (r.whole() != 0) {
            return r.whole();
        }
        if (!text.isEmpty() && text.equals(r.text()) && text.indexOf('%') < 0) {
            return space.newRef(format);
        }
        return space.strType.runtime(r.text());
    }

    /** What the printf-style loop made: its text, or {@code whole}, a new reference to the str that is the result, when not 0. */
    private record Percent(String text, long whole) {
    }

    /**
     * {@code _PyBytes_FormatEx}: {@code bytes % args}, the contents and the result as latin-1 text
     * (one char per byte). {@code %s} and {@code %b} take bytes-like objects or {@code __bytes__},
     * {@code %r} and {@code %a} the {@code ascii()} of the value, {@code %c} an int below 256 or one byte.
     */
    static byte[] percentBytes(ObjectSpace space, byte[] format, long args) {
        return percent(space, new String(format, java.nio.charset.StandardCharsets.ISO_8859_1), args, true)
                .text().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The printf-style loop both share ({@code PyUnicode_Format} and {@code _PyBytes_FormatEx}):
     * {@code %[(key)][flags][width|*][.precision|*][hlL]type}, each conversion padded by the one
     * {@link #pad} of the mini-language.
     */
    private static Percent percent(ObjectSpace space, String format, long args, boolean bytes) {
        long[] keyedValue = {0};
        try {
            return percentLoop(space, format, args, bytes, keyedValue);
        } finally {
            space.xdecref(keyedValue[0]);
        }
    }

    /**
     * {@link #percent}'s loop. A %(key) value is held (a strong reference in {@code keyedValue[0]},
     * as PyUnicode_Format's args_owned) until the next key replaces it or the loop ends: a
     * mapping's {@code __getitem__} or {@code __missing__} may return an object nothing else holds.
     */
    private static Percent percentLoop(ObjectSpace space, String format, long args, boolean bytes, long[] keyedValue) {
        boolean tuple = space.tupleType.check(args);
        // CPython takes any argument with mp_subscript, other than a tuple or the format's own
        // type, as the mapping for %(key): so 'abc' % [1] is 'abc', not an error (bytes formatting
        // refuses a str as well: _PyBytes_FormatEx)
        boolean own = bytes ? space.bytesType.check(args) || space.byteArrayType.check(args) || space.strType.check(args)
                : space.strType.check(args);
        boolean mapping = !tuple && !own && space.typeOf(args).lookup("__getitem__") != 0;
        int argc = tuple ? (int) space.tupleType.size(args) : 1;
        int next = 0;
        boolean keyed = false; // after a %(key), CPython's argument index has run out
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            int c = format.codePointAt(i);
            i += Character.charCount(c);
            if (c != '%') {
                out.appendCodePoint(c);
                continue;
            }
            if (i >= n) {
                throw new PyException("ValueError", "incomplete format");
            }
            if (format.charAt(i) == '%') { // "%%" right after the '%' only: unicode_format_arg, _PyBytes_FormatEx
                out.append('%');
                i++;
                continue;
            }
            long value = 0;
            if (format.charAt(i) == '(') {
                if (!mapping) {
                    throw new PyException("TypeError", "format requires a mapping");
                }
                int depth = 1;
                int close = i + 1;
                while (close < n && depth > 0) {
                    char k = format.charAt(close++);
                    depth += k == '(' ? 1 : k == ')' ? -1 : 0;
                }
                if (depth > 0) {
                    throw new PyException("ValueError", "incomplete format key");
                }
                String keyText = format.substring(i + 1, close - 1);
                long key = bytes ? space.bytesType.of(keyText.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        : space.strType.runtime(keyText);
                try {
                    space.xdecref(keyedValue[0]);
                    keyedValue[0] = 0;
                    value = Abstract.getItem(space, args, key);
                    keyedValue[0] = value;
                } finally {
                    space.decref(key);
                }
                keyed = true;
                i = close;
            }
            Spec p = new Spec();
            boolean left = false;
            boolean zero = false;
            while (i < n && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                switch (format.charAt(i++)) {
                    case '-' -> left = true;
                    case '+' -> p.sign = '+';
                    case ' ' -> p.sign = p.sign == '+' ? '+' : ' ';
                    case '#' -> p.alternate = true;
                    default -> zero = true;
                }
            }
            if (i < n && format.charAt(i) == '*') {
                i++;
                long w = nextArgument(space, args, tuple, keyed ? 0 : argc, next++);
                if (!space.typeOf(w).hasFlag(PyType.LONG_SUBCLASS)) {
                    throw new PyException("TypeError", "* wants int");
                }
                long width = Abstract.index(space, w);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                p.width = (int) width;
            } else {
                int s = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    p.width = Integer.parseInt(format.substring(s, i));
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    long w = nextArgument(space, args, tuple, keyed ? 0 : argc, next++);
                    if (!space.typeOf(w).hasFlag(PyType.LONG_SUBCLASS)) {
                        throw new PyException("TypeError", "* wants int");
                    }
                    p.precision = (int) Math.max(0, Abstract.index(space, w));
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    p.precision = i > s ? Integer.parseInt(format.substring(s, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw new PyException("ValueError", "incomplete format");
            }
            int conv = format.codePointAt(i);
            i += Character.charCount(conv);
            // a '%' after a key, flags, a width or a precision is a conversion like any other: it takes
            // its argument first, then is refused as unsupported (unicode_format_arg_format)
            if (value == 0) {
                value = nextArgument(space, args, tuple, keyed ? 0 : argc, next++);
            }
            p.align = left ? '<' : zero && "diuxXoeEfFgG".indexOf(conv) >= 0 ? '=' : '>';
            p.fill = zero && !left && "diuxXoeEfFgG".indexOf(conv) >= 0 ? '0' : ' ';
            if (!bytes && (conv == 's' || conv == 'r' || conv == 'a')) {
                long text = textObject(space, conv, value);
                String t = space.strType.value(text);
                int length = t.codePointCount(0, t.length());
                if (out.isEmpty() && i == n && length > 0 && p.sign == 0 && p.width <= length
                        && (p.precision < 0 || p.precision >= length)) {
                    // the writer's buffer is still empty and nothing follows: CPython keeps this str as the result
                    if (!mapping && next < argc) {
                        space.decref(text);
                        throw notAllConverted(bytes);
                    }
                    return new Percent(t, text);
                }
                space.decref(text);
                out.append(padText(t, p));
                continue;
            }
            out.append(convert(space, conv, value, p, i - 1, bytes));
        }
        if (!mapping && next < argc) {
            throw notAllConverted(bytes);
        }
        return new Percent(out.toString(), 0);
    }

    /** A text conversion's output: cut to the precision, then padded to the width. */
    private static String padText(String s, Spec p) {
        if (p.precision >= 0 && p.precision < s.codePointCount(0, s.length())) {
            s = s.substring(0, s.offsetByCodePoints(0, p.precision));
        }
        return pad(s, "", p, '>');
    }

    private static PyException notAllConverted(boolean bytes) {
        return new PyException("TypeError", "not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
    }

    /** The str {@code %s}, {@code %r} or {@code %a} writes for {@code value}: {@code PyObject_Str}, {@code _Repr}, {@code _ASCII}. New reference. */
    private static long textObject(ObjectSpace space, int conv, long value) {
        return switch (conv) {
            case 's' -> Abstract.strObject(space, value);
            case 'r' -> Abstract.reprObject(space, value);
            default -> {
                long repr = Abstract.reprObject(space, value);
                String r = space.strType.value(repr);
                if (r.chars().allMatch(c -> c < 128)) {
                    yield repr;
                }
                space.decref(repr);
                yield space.strType.runtime(Abstract.escapeNonAscii(r));
            }
        };
    }

    /** The next positional argument (borrowed): the tuple's item, or {@code args} itself when it is not a tuple. */
    private static long nextArgument(ObjectSpace space, long args, boolean tuple, int argc, int next) {
        if (next >= argc) {
            throw new PyException("TypeError", "not enough arguments for format string");
        }
        return tuple ? space.tupleType.item(args, next) : args;
    }

    private static String convert(ObjectSpace space, int conv, long value, Spec p, int at, boolean bytes) {
        PyType t = space.typeOf(value);
        switch (conv) {
            case 's', 'r', 'a', 'b' -> {
                String s;
                if (bytes && (conv == 's' || conv == 'b')) {
                    s = new String(bytesOf(space, value), java.nio.charset.StandardCharsets.ISO_8859_1);
                } else if (conv == 'b') {
                    throw unsupported(conv, at);
                } else {
                    s = Abstract.ascii(space, value); // bytes' %r and %a (str's %s, %r and %a are the loop's)
                }
                return padText(s, p);
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                long iv;
                boolean integral = conv == 'o' || conv == 'x' || conv == 'X';
                if (t.hasFlag(PyType.LONG_SUBCLASS)) {
                    iv = space.newRef(value);
                } else {
                    // mainformatlong: each conversion method is called once; its TypeError becomes the format's
                    String wrongType = "%" + (char) conv + " format: "
                            + (integral ? "an integer" : "a real number") + " is required, not " + t.name;
                    if (!numberCheck(space, value)) {
                        throw new PyException("TypeError", wrongType);
                    }
                    try {
                        iv = integral ? Abstract.numberIndex(space, value) : Constructors.toInt(space, value);
                    } catch (PyException e) {
                        if (!Abstract.matches(space, e, "TypeError")) {
                            throw e;
                        }
                        e.release();
                        throw new PyException("TypeError", wrongType);
                    }
                }
                try {
                    BigInteger v = big(space, iv);
                    // decimal digits go through long_to_decimal_string and its int_max_str_digits limit
                    String digits = integral ? v.abs().toString(conv == 'o' ? 8 : 16)
                            : space.intType.decimal(v.abs());
                    if (p.precision > digits.length()) {
                        digits = "0".repeat(p.precision - digits.length()) + digits;
                    }
                    if (conv == 'X') {
                        digits = digits.toUpperCase(java.util.Locale.ROOT);
                    }
                    String prefix = p.alternate && integral ? "0" + (char) conv : "";
                    return pad(digits, signOf(v.signum() < 0, p) + prefix, p, '>');
                } finally {
                    space.decref(iv);
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d;
                if (space.floatType.check(value)) {
                    d = space.floatType.value(value);
                } else if (t.hasFlag(PyType.LONG_SUBCLASS)) {
                    d = Constructors.intToDouble(space, value);
                } else {
                    long f = t.toFloat(value);
                    if (f == 0) {
                        throw new PyException("TypeError", "must be real number, not " + t.name);
                    }
                    d = space.floatType.value(f);
                    space.decref(f);
                }
                p.type = conv;
                if (p.precision < 0) {
                    p.precision = 6;
                }
                return formatFloatSpec(d, p);
            }
            case 'c' -> {
                return pad(Character.toString(percentChar(space, value, bytes)), "", p, '>');
            }
            default -> throw unsupported(conv, at);
        }
    }

    /** {@code PyNumber_Check}: the class converts through {@code __index__}, {@code __int__} or {@code __float__}, or is a complex. */
    static boolean numberCheck(ObjectSpace space, long o) {
        PyType t = space.typeOf(o);
        return t.hasFlag(PyType.LONG_SUBCLASS) || t.specialMethod("__index__") != 0 || t.specialMethod("__int__") != 0
                || t.specialMethod("__float__") != 0 || space.floatType.check(o) || space.complexType.check(o);
    }

    private static PyException unsupported(int conv, int at) {
        return new PyException("ValueError", "unsupported format character '" + Character.toString(conv) + "' (0x"
                + Integer.toHexString(conv) + ") at index " + at);
    }

    /** {@code %s} of bytes: a bytes-like object or {@code __bytes__}, else CPython's TypeError. */
    private static byte[] bytesOf(ObjectSpace space, long value) {
        byte[] b = BytesMethods.bufferOf(space, value);
        if (b != null) {
            return b;
        }
        PyType t = space.typeOf(value);
        if (t.specialMethod("__bytes__") != 0) {
            long r = Abstract.callMethod(space, value, "__bytes__", new long[0]);
            try {
                if (!space.bytesType.check(r)) {
                    throw new PyException("TypeError", "__bytes__ returned non-bytes (type " + space.typeOf(r).name + ")");
                }
                return space.bytesType.value(r);
            } finally {
                space.decref(r);
            }
        }
        throw new PyException("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + t.name + "'");
    }

    /** {@code formatchar} (str) and {@code byte_converter} (bytes): the code of {@code %c}. */
    private static int percentChar(ObjectSpace space, long value, boolean bytes) {
        PyType t = space.typeOf(value);
        if (bytes) {
            byte[] b = BytesMethods.bufferOf(space, value);
            if (b != null && b.length == 1) {
                return b[0] & 0xFF;
            }
            if (b == null && t.hasFlag(PyType.LONG_SUBCLASS)) {
                BigInteger v = big(space, value);
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
                    throw new PyException("OverflowError", "%c arg not in range(256)");
                }
                return v.intValue();
            }
            throw new PyException("TypeError", "%c requires an integer in range(256) or a single byte");
        }
        if (space.strType.check(value)) {
            if (space.strType.length(value) == 1) {
                return space.strType.codePointAt(value, 0);
            }
        } else if (t.hasFlag(PyType.LONG_SUBCLASS) || t.specialMethod("__index__") != 0) {
            long iv = Abstract.numberIndex(space, value);
            try {
                BigInteger v = big(space, iv);
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw new PyException("OverflowError", "%c arg not in range(0x110000)");
                }
                return v.intValue();
            } finally {
                space.decref(iv);
            }
        }
        throw new PyException("TypeError", "%c requires int or char");
    }

    /** The float conversions of printf-style formatting through the mini-language's float path. */
    private static String formatFloatSpec(double d, Spec p) {
        StringBuilder spec = new StringBuilder();
        spec.appendCodePoint(p.fill).append(p.align == 0 ? '>' : p.align);
        if (p.sign != 0) {
            spec.append(p.sign);
        }
        if (p.alternate) {
            spec.append('#');
        }
        if (p.width >= 0) {
            spec.append(p.width);
        }
        spec.append('.').append(p.precision).appendCodePoint(p.type);
        return formatFloat(d, spec.toString(), null);
    }
}

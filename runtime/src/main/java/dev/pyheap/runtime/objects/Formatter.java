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

    /** A parsed format spec. */
    private static final class Spec {
        char fill = ' ';
        char align;
        char sign = '-';
        boolean alternate;
        boolean zero;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    private static Spec parse(String s) {
        Spec p = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            p.fill = s.charAt(0);
            p.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            p.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            p.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            p.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            p.zero = true;
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            p.width = Integer.parseInt(s.substring(start, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            p.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new PyException("ValueError", "Format specifier missing precision");
            }
            p.precision = Integer.parseInt(s.substring(start, i));
        }
        if (i < n) {
            p.type = s.charAt(i++);
        }
        if (i < n) {
            throw new PyException("ValueError", "Invalid format specifier '" + s + "' for object of type '%s'");
        }
        if (p.zero && p.align == 0) {
            p.fill = '0';
            p.align = '=';
        }
        return p;
    }

    /** {@code PyObject_Format(value, spec)}: a new str. */
    public static long format(ObjectSpace space, long value, long spec) {
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
        return space.strType.runtime(format(space, value, s));
    }

    /** The built-in types' {@code __format__}: the text of {@code value} formatted by {@code spec}. */
    public static String format(ObjectSpace space, long value, String spec) {
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
        if (!spec.isEmpty()) {
            throw new PyException("TypeError", "unsupported format string passed to " + t.name + ".__format__");
        }
        return Abstract.str(space, value);
    }

    private static String invalid(Spec p, String typeName) {
        throw new PyException("ValueError", "Unknown format code '" + p.type + "' for object of type '" + typeName + "'");
    }

    static String formatStr(String v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return v;
        }
        Spec p = parse(spec);
        if (p.type != 0 && p.type != 's') {
            invalid(p, typeName);
        }
        if (p.sign != '-') {
            throw new PyException("ValueError", "Sign not allowed in string format specifier");
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
        String f = String.valueOf(p.fill);
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

    private static String signOf(boolean negative, Spec p) {
        return negative ? "-" : p.sign == '+' ? "+" : p.sign == ' ' ? " " : "";
    }

    static String formatInt(ObjectSpace space, long value, String spec, PyType t) {
        IntType ints = space.intType;
        BigInteger v = ints.fitsLong(value) ? BigInteger.valueOf(ints.longValue(value)) : ints.bigValue(value);
        if (spec.isEmpty()) {
            return space.boolType.checkExact(value) ? (v.signum() != 0 ? "True" : "False") : v.toString();
        }
        Spec p = parse(spec);
        char type = p.type;
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return formatFloat(v.doubleValue(), spec, space);
        }
        if (p.precision >= 0) {
            throw new PyException("ValueError", "Precision not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        switch (type) {
            case 0, 'd', 'n' -> digits = group(v.abs().toString(), p.grouping, 3);
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
                return pad(new String(Character.toChars(v.intValue())), "", p, '<');
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
        }
        return pad(digits, signOf(v.signum() < 0, p) + prefix, p, '>');
    }

    static String formatFloat(double d, String spec, ObjectSpace space) {
        if (spec.isEmpty()) {
            return FloatType.repr(d);
        }
        Spec p = parse(spec);
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        char type = p.type;
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
                case 'g', 'G', 'n' -> body = general(a, p.precision < 0 ? 6 : Math.max(p.precision, 1), p.alternate, upper);
                case 0 -> {
                    if (p.precision < 0) {
                        body = FloatType.repr(a);
                    } else {
                        body = general(a, Math.max(p.precision, 1), p.alternate, false);
                        if (!body.contains(".") && !body.contains("e")) {
                            body = body + ".0";
                        }
                    }
                }
                default -> {
                    return invalid(p, "float");
                }
            }
            if (p.alternate && !body.contains(".") && "fFeE%".indexOf(type) >= 0) {
                int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E') >= 0 ? body.indexOf('E')
                        : body.endsWith("%") ? body.length() - 1 : body.length();
                body = body.substring(0, e) + "." + body.substring(e);
            }
        }
        if (p.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.length();
            body = group(body.substring(0, end), p.grouping, 3) + body.substring(end);
        }
        return pad(body, signOf(negative, p), p, '>');
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

    private static String general(double a, int precision, boolean alternate, boolean upper) {
        if (a == 0) {
            return alternate ? "0." + "0".repeat(precision - 1) : "0";
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String s;
        if (exp >= -4 && exp < precision) {
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

    // ------------------------------------------------------------------ printf-style: str % args

    /** {@code PyUnicode_Format}: {@code format % args}. */
    public static String percent(ObjectSpace space, String format, long args) {
        boolean tuple = space.tupleType.check(args);
        boolean mapping = !tuple && !space.strType.check(args) && space.typeOf(args).hasFlag(PyType.DICT_SUBCLASS);
        int argc = tuple ? (int) space.tupleType.size(args) : 1;
        int next = 0;
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = format.length();
        boolean usedMapping = false;
        while (i < n) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw new PyException("ValueError", "incomplete format");
            }
            long value = 0;
            if (format.charAt(i) == '(') {
                int close = format.indexOf(')', i);
                if (close < 0) {
                    throw new PyException("ValueError", "incomplete format key");
                }
                if (!mapping) {
                    throw new PyException("TypeError", "format requires a mapping");
                }
                long key = space.strType.runtime(format.substring(i + 1, close));
                try {
                    value = Abstract.getItem(space, args, key);
                    space.decref(value); // borrowed from the mapping while it is formatted
                } finally {
                    space.decref(key);
                }
                usedMapping = true;
                i = close + 1;
            }
            Spec p = new Spec();
            boolean left = false;
            while (i < n && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                switch (format.charAt(i++)) {
                    case '-' -> left = true;
                    case '+' -> p.sign = '+';
                    case ' ' -> p.sign = p.sign == '+' ? '+' : ' ';
                    case '#' -> p.alternate = true;
                    default -> p.zero = true;
                }
            }
            if (i < n && format.charAt(i) == '*') {
                i++;
                if (next >= argc) {
                    throw new PyException("TypeError", "not enough arguments for format string");
                }
                p.width = (int) Abstract.index(space, tuple ? space.tupleType.item(args, next++) : args);
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
                    p.precision = (int) Abstract.index(space, tuple ? space.tupleType.item(args, next++) : args);
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
            char conv = format.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == 0) {
                if (next >= argc) {
                    throw new PyException("TypeError", "not enough arguments for format string");
                }
                value = tuple ? space.tupleType.item(args, next++) : args;
                if (!tuple) {
                    next++;
                }
            }
            if (left) {
                p.align = '<';
                p.zero = false;
            } else if (p.zero) {
                p.fill = '0';
                p.align = '=';
            } else {
                p.align = '>';
            }
            out.append(convert(space, conv, value, p, format, i - 1));
        }
        if (!usedMapping && next < argc && !(mapping)) {
            throw new PyException("TypeError", "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String convert(ObjectSpace space, char conv, long value, Spec p, String format, int at) {
        switch (conv) {
            case 's', 'r', 'a' -> {
                String s = switch (conv) {
                    case 's' -> Abstract.str(space, value);
                    case 'r' -> Abstract.repr(space, value);
                    default -> Abstract.ascii(space, value);
                };
                if (p.precision >= 0 && p.precision < s.length()) {
                    s = s.substring(0, p.precision);
                }
                p.fill = ' ';
                if (p.align == '=') {
                    p.align = '>';
                }
                return pad(s, "", p, '>');
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                PyType t = space.typeOf(value);
                long iv;
                if (t.hasFlag(PyType.LONG_SUBCLASS)) {
                    iv = space.newRef(value);
                } else if (space.floatType.check(value) || t.toInt(value) != 0 || t.index(value) != 0) {
                    if (conv != 'd' && conv != 'i' && conv != 'u' && t.index(value) == 0) {
                        throw new PyException("TypeError", "%" + conv + " format: an integer is required, not " + t.name);
                    }
                    iv = Constructors.toInt(space, value);
                } else {
                    throw new PyException("TypeError", "%" + conv + " format: " + (conv == 'd' || conv == 'i' || conv == 'u'
                            ? "a real number" : "an integer") + " is required, not " + t.name);
                }
                try {
                    p.type = conv == 'i' || conv == 'u' ? 'd' : conv;
                    if (p.precision >= 0) {
                        int prec = p.precision;
                        p.precision = -1;
                        BigInteger v = space.intType.fitsLong(iv) ? BigInteger.valueOf(space.intType.longValue(iv))
                                : space.intType.bigValue(iv);
                        String digits = v.abs().toString(p.type == 'x' || p.type == 'X' ? 16 : p.type == 'o' ? 8 : 10);
                        while (digits.length() < prec) {
                            digits = "0" + digits;
                        }
                        if (p.type == 'X') {
                            digits = digits.toUpperCase();
                        }
                        return pad(digits, signOf(v.signum() < 0, p), p, '>');
                    }
                    Spec q = p;
                    return formatIntSpec(space, iv, q);
                } finally {
                    space.decref(iv);
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                PyType t = space.typeOf(value);
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
                String s;
                if (space.strType.check(value) && space.strType.length(value) == 1) {
                    s = space.strType.value(value);
                } else {
                    s = new String(Character.toChars((int) Abstract.index(space, value)));
                }
                return pad(s, "", p, '>');
            }
            default -> throw new PyException("ValueError", "unsupported format character '" + conv + "' (0x"
                    + Integer.toHexString(conv) + ") at index " + at);
        }
    }

    private static String formatIntSpec(ObjectSpace space, long iv, Spec p) {
        BigInteger v = space.intType.fitsLong(iv) ? BigInteger.valueOf(space.intType.longValue(iv)) : space.intType.bigValue(iv);
        String digits = switch (p.type) {
            case 'x' -> v.abs().toString(16);
            case 'X' -> v.abs().toString(16).toUpperCase();
            case 'o' -> v.abs().toString(8);
            default -> v.abs().toString();
        };
        String prefix = p.alternate ? (p.type == 'x' ? "0x" : p.type == 'X' ? "0X" : p.type == 'o' ? "0o" : "") : "";
        return pad(digits, signOf(v.signum() < 0, p) + prefix, p, '>');
    }

    private static String formatFloatSpec(double d, Spec p) {
        StringBuilder spec = new StringBuilder();
        spec.append(p.fill).append(p.align == 0 ? '>' : p.align);
        if (p.sign != '-') {
            spec.append(p.sign);
        }
        if (p.alternate) {
            spec.append('#');
        }
        if (p.width >= 0) {
            spec.append(p.width);
        }
        spec.append('.').append(p.precision).append(p.type);
        return formatFloat(d, spec.toString(), null);
    }
}

package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The constructors of the built-in value types as their {@code tp_new} run them: {@code int(x, base)}
 * ({@code long_new}, {@code PyLong_FromString} with CPython 3.11.7's 4300-digit limit),
 * {@code float(x)} ({@code float_new}, {@code PyOS_string_to_double}), {@code bool(x)},
 * {@code str(object, encoding, errors)}. Each checks its arguments with CPython's messages.
 */
final class Constructors {
    private Constructors() {
    }

    /** CPython 3.11.7's {@code sys.get_int_max_str_digits()} default. */

    /**
     * Argument Clinic's parsing of {@code (args, kwargs)} for {@code function(names...)}, the first
     * {@code required} of them required: the values by position (borrowed), 0 for one not given;
     * its messages for too many arguments, an unknown keyword, one given twice and one missing.
     */
    static long[] clinic(ObjectSpace space, long args, long kwargs, String function, int required, String... names) {
        int n = (int) space.tupleType.size(args);
        java.util.List<String> keywords = new java.util.ArrayList<>();
        if (kwargs != 0) {
            space.dictType.forEach(kwargs, (k, value) -> keywords.add(space.strType.value(k)));
        }
        PyException refused = CallArguments.clinicError(function, 0, required, names.length, names, n, keywords);
        if (refused != null) {
            throw refused;
        }
        long[] v = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            v[i] = i < n ? space.tupleType.item(args, i) : keyword(space, kwargs, names[i]);
        }
        return v;
    }

    /**
     * {@code _PyArg_UnpackKeywords}' first check, made before any keyword's name is looked at:
     * {@code int() takes at most 2 arguments (3 given)}, "keyword " when none was positional.
     */
    static void atMostInAll(ObjectSpace space, long args, long kwargs, String function, int max) {
        long n = argCount(space, args);
        long given = n + (kwargs == 0 ? 0 : space.dictType.size(kwargs));
        if (given > max) {
            throw new PyException("TypeError", function + "() takes at most " + max + " " + (n == 0 ? "keyword " : "")
                    + "argument" + (max == 1 ? "" : "s") + " (" + given + " given)");
        }
    }

    static long argCount(ObjectSpace space, long args) {
        return space.tupleType.size(args);
    }

    static long keyword(ObjectSpace space, long kwargs, String name) {
        return kwargs == 0 ? 0 : space.dictType.getItemString(kwargs, name);
    }

    static void onlyKeywords(ObjectSpace space, long kwargs, String function, String... allowed) {
        if (kwargs == 0) {
            return;
        }
        space.dictType.forEach(kwargs, (k, v) -> {
            for (String a : allowed) {
                if (space.strType.contentEquals(k, a)) {
                    return;
                }
            }
            if (allowed.length == 0) {
                throw new PyException("TypeError", function + "() takes no keyword arguments");
            }
            throw new PyException("TypeError", "'" + space.strType.value(k) + "' is an invalid keyword argument for " + function + "()");
        });
    }

    /**
     * Argument Clinic's parser for one required positional-or-keyword parameter {@code name} of a
     * {@code tp_new}: {@code f() takes at most 1 argument (2 given)}, {@code f() missing required
     * argument 'name' (pos 1)}. Borrowed.
     */
    static long oneRequired(ObjectSpace space, long args, long kwargs, String function, String name) {
        long n = argCount(space, args);
        long given = n + (kwargs == 0 ? 0 : space.dictType.size(kwargs));
        if (given > 1) {
            throw new PyException("TypeError", function + "() takes at most 1 " + (n == 0 ? "keyword " : "") + "argument ("
                    + given + " given)");
        }
        long v = n == 1 ? space.tupleType.item(args, 0) : keyword(space, kwargs, name);
        if (v == 0) {
            throw new PyException("TypeError", function + "() missing required argument '" + name + "' (pos 1)");
        }
        return v;
    }

    /** {@code _PyArg_NoKwnames}: a type's vectorcall that takes no keywords. */
    static void noKwnames(ObjectSpace space, String function, long kwnames) {
        if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
            throw new PyException("TypeError", function + "() takes no keyword arguments");
        }
    }

    /** {@code _PyArg_CheckPositional}: {@code min <= nargs <= max}, with CPython's messages. */
    static void checkPositional(String function, long nargs, int min, int max) {
        if (nargs < min || nargs > max) {
            int bound = nargs < min ? min : max;
            throw new PyException("TypeError", function + " expected " + (min == max ? "" : nargs < min ? "at least " : "at most ")
                    + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    static void atMost(ObjectSpace space, long args, String function, int max) {
        checkPositional(function, argCount(space, args), 0, max);
    }

    // ------------------------------------------------------------------ int

    /** {@code long_new_impl}: {@code int()}, {@code int(x)}, {@code int(x, base)}. New reference (of type int). */
    static long newInt(ObjectSpace space, long args, long kwargs) {
        atMostInAll(space, args, kwargs, "int", 2);
        onlyKeywords(space, kwargs, "int", "base");
        long n = argCount(space, args);
        long x = n > 0 ? space.tupleType.item(args, 0) : 0;
        long base = n > 1 ? space.tupleType.item(args, 1) : keyword(space, kwargs, "base");
        if (x == 0) {
            if (base != 0) {
                throw new PyException("TypeError", "int() missing string argument");
            }
            return space.newInt(0);
        }
        if (base == 0) {
            return toInt(space, x);
        }
        long b = baseValue(space, base);
        if (!space.strType.check(x) && !space.bytesType.check(x)) {
            throw new PyException("TypeError", "int() can't convert non-string with explicit base");
        }
        if (b != 0 && (b < 2 || b > 36)) {
            throw new PyException("ValueError", "int() base must be >= 2 and <= 36, or 0");
        }
        String text = space.strType.check(x) ? decimalToAscii(space.strType.value(x))
                : new String(space.bytesType.value(x), java.nio.charset.StandardCharsets.ISO_8859_1);
        return parseInt(space, text, (int) b, Abstract.repr(space, x));
    }

    /**
     * {@code PyNumber_AsSsize_t(base, NULL)}: the base through {@code __index__}, clamped to the
     * Java long range (a huge base is then refused by the range check as CPython's clipped one is).
     */
    private static long baseValue(ObjectSpace space, long base) {
        long i = Abstract.numberIndex(space, base);
        try {
            IntType ints = space.intType;
            return ints.fitsLong(i) ? ints.longValue(i) : ints.bigValue(i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } finally {
            space.decref(i);
        }
    }

    /** {@code PyNumber_Long}: {@code int(x)} for one argument. */
    static long toInt(ObjectSpace space, long x) {
        PyType t = space.typeOf(x);
        if (space.intType.checkExact(x)) {
            return space.newRef(x);
        }
        if (t.hasFlag(PyType.LONG_SUBCLASS) || space.floatType.check(x)) {
            long own = t.toInt(x); // nb_int first: a subclass's own __int__ (slot_nb_int), else the base's conversion below
            if (own != 0) {
                return own;
            }
        }
        if (t.hasFlag(PyType.LONG_SUBCLASS)) {
            IntType ints = space.intType;
            return ints.fitsLong(x) ? space.newInt(ints.longValue(x)) : ints.createFromBig(ints.bigValue(x));
        }
        if (space.floatType.check(x)) {
            return fromDouble(space, space.floatType.value(x));
        }
        long r = t.toInt(x);
        if (r == 0) {
            r = t.index(x);
        }
        if (r != 0) {
            return r;
        }
        if (space.strType.check(x)) {
            return parseInt(space, decimalToAscii(space.strType.value(x)), 10, Abstract.repr(space, x));
        }
        if (space.bytesType.check(x)) {
            return parseInt(space, new String(space.bytesType.value(x), java.nio.charset.StandardCharsets.ISO_8859_1), 10,
                    Abstract.repr(space, x));
        }
        // PyNumber_Long: a bytearray, then any object with a buffer, is read as bytes are
        // (_PyLong_FromBytes, whose error quotes the bytes it read, not the argument's repr)
        byte[] buffer = BytesMethods.bufferOf(space, x);
        if (buffer != null) {
            return parseInt(space, new String(buffer, java.nio.charset.StandardCharsets.ISO_8859_1), 10,
                    BytesMethods.repr("", buffer, ""));
        }
        long trunc = t.lookup("__trunc__");
        if (trunc != 0) {
            space.warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.", 1);
            long result = Abstract.callMethod(space, x, "__trunc__", PyType.NO_ARGS);
            if (space.intType.checkExact(result)) {
                return result;
            }
            try {
                if (space.typeOf(result).hasFlag(PyType.LONG_SUBCLASS)) { // _PyLong_Copy: an exact int
                    IntType ints = space.intType;
                    return ints.fitsLong(result) ? space.newInt(ints.longValue(result)) : ints.createFromBig(ints.bigValue(result));
                }
                long integral = space.typeOf(result).index(result);
                if (integral == 0) {
                    throw new PyException("TypeError", "__trunc__ returned non-Integral (type " + space.typeOf(result).name + ")");
                }
                return integral;
            } finally {
                space.decref(result);
            }
        }
        throw new PyException("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name + "'");
    }

    /**
     * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: what {@code int(str)} and {@code float(str)}
     * parse: decimal digits of any script as ASCII digits, Unicode white space as a space, any other
     * non-ASCII character as {@code ?} (which no number contains).
     */
    static String decimalToAscii(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(c < 128 ? (char) c
                : UnicodeCtype.isDecimal(c) ? (char) ('0' + UnicodeCtype.decimalValue(c))
                : StrMethods.isUnicodeSpace(c) ? ' ' : '?'));
        return b.toString();
    }

    /** {@code PyLong_FromDouble}: truncation toward zero. */
    static long fromDouble(ObjectSpace space, double d) {
        if (Double.isNaN(d)) {
            throw new PyException("ValueError", "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return space.intType.newMedium((long) d); // PyLong_FromLong
        }
        return space.intType.createFromBig(new BigDecimal(d).toBigInteger());
    }

    /** {@code PyLong_FromString}: signs, underscores between digits, prefixes for base 0 (and the matching base), whitespace. */
    static long parseInt(ObjectSpace space, String text, int base, String reprForError) {
        String s = text.strip();
        PyException invalid = new PyException("ValueError", "invalid literal for int() with base " + base + ": " + reprForError);
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        String lower = s.toLowerCase();
        int b = base;
        if (lower.length() > 1 && lower.charAt(0) == '0' && "xob".indexOf(lower.charAt(1)) >= 0) {
            int prefixBase = switch (lower.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            if (base == 0 || base == prefixBase) {
                b = prefixBase;
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
            }
        }
        if (b == 0) {
            b = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && s.chars().anyMatch(c -> c != '0' && c != '_')) {
                throw invalid; // base 0: no leading zeros in a decimal literal
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            throw invalid;
        }
        String digits = s.replace("_", "");
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), b) < 0 || digits.charAt(i) > 127) {
                throw invalid;
            }
        }
        space.intType.checkStrDigits(digits.length(), b);
        BigInteger v = new BigInteger(digits, b);
        if (negative) {
            v = v.negate();
        }
        return v.bitLength() < 63 ? space.newInt(v.longValue()) : space.intType.createFromBig(v);
    }

    // ------------------------------------------------------------------ float

    /** {@code float_new_impl}: {@code float()}, {@code float(x)}. New reference. */
    static long newFloat(ObjectSpace space, long args, long kwargs) {
        onlyKeywords(space, kwargs, "float");
        atMost(space, args, "float", 1);
        return newFloat(space, argCount(space, args) == 0 ? 0 : space.tupleType.item(args, 0));
    }

    /** {@code float_new_impl} with its argument ({@code x} 0 when none). New reference (of type float). */
    static long newFloat(ObjectSpace space, long x) {
        if (x == 0) {
            return space.floatType.create(0.0);
        }
        PyType t = space.typeOf(x);
        if (space.floatType.checkExact(x)) {
            return space.newRef(x);
        }
        if (space.strType.check(x)) {
            return space.floatType.create(parseFloat(decimalToAscii(space.strType.value(x)), Abstract.repr(space, x)));
        }
        long r = t.toFloat(x); // PyNumber_Float's nb_float first: an int or float subclass's own __float__
        if (r != 0) {
            return r;
        }
        if (t.hasFlag(PyType.LONG_SUBCLASS)) {
            return space.floatType.create(intToDouble(space, x));
        }
        long i = t.index(x);
        if (i != 0) {
            try {
                return space.floatType.create(intToDouble(space, i));
            } finally {
                space.decref(i);
            }
        }
        byte[] data = BytesMethods.bufferOf(space, x);
        if (data != null) { // PyFloat_FromString over a bytes-like object's bytes, reported by its repr
            return space.floatType.create(parseFloat(decimalToAscii(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1)),
                    Abstract.repr(space, x)));
        }
        throw new PyException("TypeError", "float() argument must be a string or a real number, not '" + t.name + "'");
    }

    /** {@code PyLong_AsDouble}: OverflowError {@code int too large to convert to float}. */
    static double intToDouble(ObjectSpace space, long x) {
        IntType ints = space.intType;
        if (ints.fitsLong(x)) {
            return ints.longValue(x);
        }
        double d = ints.bigValue(x).doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    /** {@code PyOS_string_to_double} as {@code float(str)} calls it. */
    static double parseFloat(String text, String reprForError) {
        String s = text.strip();
        PyException invalid = new PyException("ValueError", "could not convert string to float: " + reprForError);
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")
                || !s.matches("[+-]?(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([eE][+-]?\\d(_?\\d)*)?") || !s.matches(".*\\d.*")
                || s.matches("[+-]?\\.?[eE].*")) {
            throw invalid;
        }
        try {
            return Double.parseDouble(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw invalid;
        }
    }

    // ------------------------------------------------------------------ str

    /** {@code unicode_new_impl}: {@code str()}, {@code str(object)}, {@code str(bytes, encoding, errors)}. */
    static long newStr(ObjectSpace space, long args, long kwargs) {
        long[] v = clinic(space, args, kwargs, "str", 0, "object", "encoding", "errors"); // "|Oss:str"
        long x = v[0];
        long encoding = v[1];
        long errors = v[2];
        if (encoding != 0 && !space.strType.check(encoding)) {
            throw CallArguments.badArgument(space, "str", "argument 'encoding'", "str", encoding);
        }
        if (errors != 0 && !space.strType.check(errors)) {
            throw CallArguments.badArgument(space, "str", "argument 'errors'", "str", errors);
        }
        if (x == 0) {
            return space.strType.runtime("");
        }
        if (encoding == 0 && errors == 0) {
            return Abstract.strObject(space, x);
        }
        byte[] data = BytesMethods.bufferOf(space, x);
        if (data == null) {
            throw new PyException("TypeError", "decoding to str: need a bytes-like object, " + space.typeOf(x).name + " found");
        }
        String enc = encoding == 0 ? "utf-8" : space.strType.value(encoding);
        String err = errors == 0 ? "strict" : space.strType.value(errors);
        if (!Codecs.builtIn(enc) && space.codecRegistry != null) {
            return space.codecRegistry.decode(x, enc, err);
        }
        return space.strType.runtime(Codecs.decode(space, data, enc, err));
    }

    // ------------------------------------------------------------------ bytes and bytearray

    /**
     * The contents {@code bytes(source, encoding, errors)} or {@code bytearray(...)} starts from when
     * they are known at once (nothing, a str with an encoding, a count, a bytes-like object, a list or
     * tuple of ints); null when {@code source} must be iterated. The argument errors are CPython's.
     */
    static byte[] bytesFrom(ObjectSpace space, long source, long encoding, long errors, String type, String rangeMessage) {
        if (source == 0 || !space.strType.check(source)) {
            if (encoding != 0 || errors != 0) {
                throw new PyException("TypeError", encoding != 0 ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            if (source == 0) {
                return new byte[0];
            }
        } else {
            if (encoding == 0) {
                throw new PyException("TypeError", "string argument without an encoding");
            }
            String enc = textArgument(space, encoding, type, "encoding", 2);
            String err = errors == 0 ? "strict" : textArgument(space, errors, type, "errors", 3);
            if (!Codecs.builtIn(enc) && space.codecRegistry != null) {
                long encoded = space.codecRegistry.encode(source, enc, err);
                try {
                    return BytesMethods.bufferOf(space, encoded);
                } finally {
                    space.decref(encoded);
                }
            }
            return Codecs.encode(space, space.strType.codePoints(source), enc, err);
        }
        PyType t = space.typeOf(source);
        if (BytesMethods.indexCheck(space, source)) {
            long count;
            try {
                count = BytesMethods.asIndex(space, source);
            } catch (PyException tooBig) {
                if (!tooBig.pythonType().equals("IndexError")) {
                    throw tooBig;
                }
                tooBig.release();
                throw new PyException("OverflowError", "cannot fit 'int' into an index-sized integer");
            }
            if (count < 0) {
                throw new PyException("ValueError", "negative count");
            }
            if (count > Integer.MAX_VALUE - 16) {
                throw new PyException("MemoryError", "");
            }
            return new byte[(int) count];
        }
        byte[] buffer = BytesMethods.bufferOf(space, source);
        if (buffer != null) {
            return buffer;
        }
        if (space.listType.checkExact(source) || space.tupleType.checkExact(source)) {
            SequenceType seq = (SequenceType) t;
            byte[] out = new byte[(int) seq.size(source)];
            for (int i = 0; i < out.length; i++) {
                long item = seq.item(source, i);
                if (!space.intType.checkExact(item) && type.equals("bytearray")) {
                    return null; // bytearray's fast path takes exact ints only; the rest goes item by item
                }
                out[i] = (byte) ByteArrayType.byteValue(space, item, rangeMessage);
            }
            return out;
        }
        if (space.strType.check(source)) {
            throw new PyException("TypeError", "cannot convert 'str' object to " + type);
        }
        return null;
    }

    /** {@code iter(source)} for bytes and bytearray: TypeError {@code cannot convert 'X' object to bytes} when not iterable. */
    static long bytesSourceIter(ObjectSpace space, long source, String type) {
        try {
            return Abstract.getIter(space, source);
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "TypeError")) {
                throw e;
            }
            e.release();
            throw new PyException("TypeError", "cannot convert '" + space.typeOf(source).name + "' object to " + type);
        }
    }

    private static String textArgument(ObjectSpace space, long o, String function, String name, int position) {
        if (!space.strType.check(o)) {
            throw CallArguments.badArgument(space, function, "argument '" + name + "'", "str", o); // _PyArg_BadArgument: None by name
        }
        return space.strType.value(o);
    }
}

package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * The methods of {@code str} (Objects/unicodeobject.c, {@code unicode_methods}): those it shares
 * with bytes come from {@link TextMethods} over the str's code points; the Unicode-specific ones
 * (case mappings, the {@code is*} tests, {@code join}, {@code encode}) are here. Registered into
 * {@link StrType}'s method table by {@link #define}, with CPython's argument errors.
 */
final class StrMethods extends TextMethods {
    private final StrType str;

    private StrMethods(ObjectSpace space, StrType str) {
        super(space);
        this.str = str;
    }

    static void define(ObjectSpace space, StrType str, java.util.function.BiConsumer<String, PyMethod> def) {
        StrMethods m = new StrMethods(space, str);
        m.defineShared(def);
        m.defineAll(def);
    }

    private String text(long o) {
        return str.value(o);
    }

    private String strArg(String method, String parameter, long a) {
        if (!str.check(a)) {
            throw CallArguments.badArgument(space, method, "argument '" + parameter + "'", "str", a);
        }
        return text(a);
    }

    /** The result of a case method: a new object even for one character ({@code case_operation} writes a fresh str). */
    private long caseResult(String s) {
        return s.isEmpty() ? str.runtime(s) : str.create(s);
    }

    private long newStr(String s) {
        return str.runtime(s);
    }

    // ------------------------------------------------------------------ TextMethods

    @Override
    int[] units(long o) {
        return str.codePoints(o);
    }

    @Override
    Stringlib.View view(long o) {
        return str.view(o);
    }

    @Override
    long slice(long o, int from, int to) {
        return str.substring(o, from, to);
    }

    @Override
    boolean expandtabsKeepsTabless() {
        return true;
    }

    /** {@code split} in unicodeobject.c: a separator longer than the text, or of a wider kind, gives the text itself, a subclass's instance too. */
    @Override
    boolean splitsWhole(Stringlib.View u, int[] sep) {
        if (sep.length > u.length()) {
            return true;
        }
        int max = 0;
        for (int c : sep) {
            max = Math.max(max, c);
        }
        return (max > 0xFFFF ? 4 : max > 0xFF ? 2 : 1) > u.width();
    }

    @Override
    long make(int[] units) {
        return str.runtime(units, 0, units.length);
    }

    @Override
    long fresh(int[] units) {
        return str.fresh(units, 0, units.length);
    }

    @Override
    boolean returnsSelf(long self) {
        return str.isExact(self);
    }

    @Override
    int[] subArg(long o) {
        if (!str.check(o)) {
            throw new PyException("TypeError", "must be str, not " + space.typeOf(o).name);
        }
        return units(o);
    }

    @Override
    int[] textArg(long o, String method, int position) {
        if (!str.check(o)) {
            String type = space.typeOf(o).name;
            throw new PyException("TypeError", switch (method) {
                case "split", "rsplit" -> "must be str or None, not " + type;
                case "partition", "rpartition" -> "must be str, not " + type;
                case "strip", "lstrip", "rstrip" -> method + " arg must be None or str";
                case "removeprefix", "removesuffix" -> method + "() argument must be str, not " + type;
                default -> method + "() argument " + position + " must be str, not " + type;
            });
        }
        return units(o);
    }

    @Override
    int[] affixArg(long o, String method, boolean item) {
        if (!str.check(o)) {
            throw new PyException("TypeError", item ? "tuple for " + method + " must only contain str, not " + space.typeOf(o).name
                    : method + " first arg must be str or a tuple of str, not " + space.typeOf(o).name);
        }
        return units(o);
    }

    @Override
    int fillArg(long o, String method) {
        if (!str.check(o)) { // convert_uc: the type first, then the length
            throw new PyException("TypeError", "The fill character must be a unicode character, not " + space.typeOf(o).name);
        }
        if (str.length(o) != 1) {
            throw new PyException("TypeError", "The fill character must be exactly one character long");
        }
        return str.codePointAt(o, 0);
    }

    /** {@code Py_UNICODE_ISSPACE}. */
    @Override
    boolean isSpace(int c) {
        return isUnicodeSpace(c);
    }

    static boolean isUnicodeSpace(int c) {
        return UnicodeCtype.isSpace(c);
    }

    /** {@code Py_UNICODE_ISLINEBREAK}. */
    @Override
    boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    @Override
    String notFound() {
        return "substring not found";
    }

    @Override
    String qualified(String method) {
        return "str." + method;
    }

    // ------------------------------------------------------------------ str's own

    private PyMethod predicate(String name, java.util.function.IntPredicate p, boolean emptyIs) {
        return (self, args) -> {
            Args.none("str." + name, args);
            long n = str.length(self);
            if (n == 0) {
                return space.newBool(emptyIs);
            }
            for (long i = 0; i < n; i++) {
                if (!p.test(str.codePointAt(self, i))) {
                    return space.newBool(false);
                }
            }
            return space.newBool(true);
        };
    }

    /** Unicode's cases for {@link Stringlib#isTitle}: a title-case letter counts as upper case. */
    private static final Stringlib.Cases UNICODE = new Stringlib.Cases() {
        @Override
        public boolean isUpper(int c) {
            return (UnicodeCtype.flags(c) & (UnicodeCtype.UPPER | UnicodeCtype.TITLE)) != 0;
        }

        @Override
        public boolean isLower(int c) {
            return UnicodeCtype.isLower(c);
        }

        @Override
        public int toUpper(int c) {
            return UnicodeCtype.simpleMapping(c, UnicodeCtype.TITLE_MAP);
        }

        @Override
        public int toLower(int c) {
            return UnicodeCtype.simpleMapping(c, UnicodeCtype.LOWER_MAP);
        }
    };

    private void defineAll(java.util.function.BiConsumer<String, PyMethod> def) {
        def.accept("join", (self, args) -> join(self, Args.one("str.join", args)));
        def.accept("upper", (self, args) -> {
            Args.none("str.upper", args);
            return caseResult(UnicodeCase.upper(units(self)));
        });
        def.accept("lower", (self, args) -> {
            Args.none("str.lower", args);
            return caseResult(UnicodeCase.lower(units(self)));
        });
        def.accept("casefold", (self, args) -> {
            Args.none("str.casefold", args);
            return caseResult(UnicodeCase.casefold(units(self)));
        });
        def.accept("swapcase", (self, args) -> {
            Args.none("str.swapcase", args);
            return caseResult(UnicodeCase.swapcase(units(self)));
        });
        def.accept("title", (self, args) -> {
            Args.none("str.title", args);
            return caseResult(UnicodeCase.title(units(self)));
        });
        def.accept("capitalize", (self, args) -> {
            Args.none("str.capitalize", args);
            return caseResult(UnicodeCase.capitalize(units(self)));
        });
        def.accept("isdigit", predicate("isdigit", UnicodeCtype::isDigit, false));
        def.accept("isdecimal", predicate("isdecimal", UnicodeCtype::isDecimal, false));
        def.accept("isnumeric", predicate("isnumeric", UnicodeCtype::isNumeric, false));
        def.accept("isalpha", predicate("isalpha", UnicodeCtype::isAlpha, false));
        def.accept("isalnum", predicate("isalnum", UnicodeCtype::isAlnum, false));
        def.accept("isspace", predicate("isspace", StrMethods::isUnicodeSpace, false));
        def.accept("isascii", predicate("isascii", c -> c < 128, true));
        def.accept("isprintable", predicate("isprintable", UnicodeCtype::isPrintable, true));
        def.accept("isupper", (self, args) -> {
            Args.none("str.isupper", args);
            return space.newBool(UnicodeCase.isUpper(units(self)));
        });
        def.accept("islower", (self, args) -> {
            Args.none("str.islower", args);
            return space.newBool(UnicodeCase.isLower(units(self)));
        });
        def.accept("istitle", (self, args) -> {
            Args.none("str.istitle", args);
            return space.newBool(Stringlib.isTitle(units(self), UNICODE));
        });
        def.accept("isidentifier", (self, args) -> {
            Args.none("str.isidentifier", args);
            return space.newBool(UnicodeCase.isIdentifier(text(self)));
        });
        def.accept("translate", (self, args) -> translate(self, Args.one("str.translate", args)));
        def.accept("encode", (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.unpack(0, "encoding", "errors");
            String enc = v[0] != 0 ? strArg("encode", "encoding", v[0]) : "utf-8";
            String errors = v[1] != 0 ? strArg("encode", "errors", v[1]) : "strict";
            if (!Codecs.builtIn(enc) && space.codecRegistry != null) {
                return space.codecRegistry.encode(self, enc, errors);
            }
            return space.bytesType.of(Codecs.encode(space, units(self), enc, errors));
        });
    }

    /**
     * {@code PyUnicode_Join}: the items as a list, then one pass for the result's length and widest
     * code point (and the type check of every item), one allocation, and the separator's and items'
     * data copied in. One exact str item is the result itself; otherwise the result is always new
     * (a one-character result is not the cached character, as {@code PyUnicode_New} makes it).
     */
    private long join(long sep, long iterable) {
        long items = Abstract.sequenceFast(space, iterable, "can only join an iterable");
        try {
            SequenceType list = (SequenceType) space.typeOf(items);
            long n = list.size(items);
            if (n == 1 && str.isExact(list.item(items, 0))) {
                return space.newRef(list.item(items, 0));
            }
            long sepLength = n > 1 ? str.length(sep) : 0;
            int max = n > 1 ? str.maxChar(sep) : 0;
            long total = 0;
            for (long i = 0; i < n; i++) {
                long item = list.item(items, i);
                if (!str.check(item)) {
                    throw new PyException("TypeError", "sequence item " + i + ": expected str instance, "
                            + space.typeOf(item).name + " found");
                }
                total += str.length(item) + (i > 0 ? sepLength : 0);
                max = Math.max(max, str.maxChar(item));
            }
            long r = str.newString(total, max);
            if (total == 0) {
                return r;
            }
            long at = 0;
            for (long i = 0; i < n; i++) {
                if (i > 0 && sepLength > 0) {
                    str.copyCharacters(r, at, sep, 0, sepLength);
                    at += sepLength;
                }
                long item = list.item(items, i);
                long length = str.length(item);
                str.copyCharacters(r, at, item, 0, length);
                at += length;
            }
            return r;
        } finally {
            space.decref(items);
        }
    }

    /** {@code str.translate(table)} ({@code _PyUnicode_TranslateCharmap}): each code point looked up in the table. */
    private long translate(long self, long table) {
        StringBuilder out = new StringBuilder();
        for (int cp : units(self)) {
            long key = space.newInt(cp);
            long v;
            try {
                v = Abstract.getItem(space, table, key);
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "LookupError")) {
                    throw e;
                }
                e.release();
                out.appendCodePoint(cp); // not in the table: unchanged
                continue;
            } finally {
                space.decref(key);
            }
            try {
                if (v == space.none) {
                    continue;
                }
                if (space.intType.check(v)) {
                    long c = space.intType.fitsLong(v) ? space.intType.longValue(v) : -1;
                    if (c < 0 || c > 0x10FFFF) {
                        throw new PyException("ValueError", "character mapping must be in range(0x110000)");
                    }
                    out.appendCodePoint((int) c);
                } else if (str.check(v)) {
                    out.append(text(v));
                } else {
                    throw new PyException("TypeError", "character mapping must return integer, None or str");
                }
            } finally {
                space.decref(v);
            }
        }
        return newStr(out.toString());
    }

    /** {@code str.maketrans(x[, y[, z]])}: the dict {@code translate} takes, keyed by code point. */
    static long maketrans(ObjectSpace space, CallArguments a) {
        a.noKeywords("str.maketrans").range(1, 3);
        StrType str = space.strType;
        long d = space.dictType.create();
        try {
            if (a.nargs == 1) {
                long x = a.get(0);
                if (!space.dictType.check(x)) {
                    throw new PyException("TypeError", "if you give only one argument to maketrans it must be a dict");
                }
                space.dictType.forEach(x, (k, v) -> {
                    long key;
                    if (str.check(k)) {
                        String s = str.value(k);
                        if (s.codePointCount(0, s.length()) != 1) {
                            throw new PyException("ValueError", "string keys in translate table must be of length 1");
                        }
                        key = space.newInt(s.codePointAt(0));
                    } else if (space.intType.check(k)) {
                        key = space.newRef(k);
                    } else {
                        throw new PyException("TypeError", "keys in translate table must be strings or integers");
                    }
                    space.dictType.setItem(d, key, v);
                    space.decref(key);
                });
                return space.newRef(d);
            }
            for (int i = 1; i < a.nargs; i++) { // the argument clinic checks y and z first
                if (!str.check(a.get(i))) {
                    throw new PyException("TypeError", "maketrans() argument " + (i + 1) + " must be str, not " + space.typeOf(a.get(i)).name);
                }
            }
            if (!str.check(a.get(0))) {
                throw new PyException("TypeError", "first maketrans argument must be a string if there is a second argument");
            }
            int[] from = str.value(a.get(0)).codePoints().toArray(), to = str.value(a.get(1)).codePoints().toArray();
            if (from.length != to.length) {
                throw new PyException("ValueError", "the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < from.length; i++) {
                put(space, d, from[i], space.newInt(to[i]));
            }
            if (a.nargs == 3) {
                for (int c : str.value(a.get(2)).codePoints().toArray()) {
                    put(space, d, c, space.newNone());
                }
            }
            return space.newRef(d);
        } finally {
            space.decref(d);
        }
    }

    /** {@code d[cp] = value}, taking over {@code value}. */
    private static void put(ObjectSpace space, long d, int cp, long value) {
        long key = space.newInt(cp);
        space.dictType.setItem(d, key, value);
        space.decref(key);
        space.decref(value);
    }
}

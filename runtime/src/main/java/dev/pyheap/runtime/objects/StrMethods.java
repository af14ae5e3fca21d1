package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code str} (Objects/unicodeobject.c, {@code unicode_methods}) that programs
 * commonly use, on the Java text of the str, with CPython's argument errors. Registered into
 * {@link StrType}'s method table by {@link #define}; results are new str, int, bool, list or tuple
 * objects. Arguments are positional ({@code PyMethod}).
 */
final class StrMethods {
    private final ObjectSpace space;
    private final StrType str;

    private StrMethods(ObjectSpace space, StrType str) {
        this.space = space;
        this.str = str;
    }

    static void define(ObjectSpace space, StrType str, java.util.function.BiConsumer<String, PyMethod> def) {
        StrMethods m = new StrMethods(space, str);
        m.defineAll(def);
    }

    private String text(long o) {
        return str.value(o);
    }

    /** The code points of a str: the code units of {@link Stringlib}. */
    private int[] units(long o) {
        return str.codePoints(o);
    }

    private String strArg(String method, int n, long a) {
        if (!str.check(a)) {
            throw new PyException("TypeError", method + "() argument " + n + " must be str, not " + space.typeOf(a).name);
        }
        return text(a);
    }

    private int[] unitsArg(String method, int n, long a) {
        strArg(method, n, a);
        return units(a);
    }

    /** The substring argument of find, index and count ({@code parse_args_finds_unicode}). */
    private int[] subArg(long a) {
        if (!str.check(a)) {
            throw new PyException("TypeError", "must be str, not " + space.typeOf(a).name);
        }
        return units(a);
    }

    /** The result of a case method: a new object even for one character ({@code case_operation} writes a fresh str). */
    private long caseResult(String s) {
        return s.isEmpty() ? str.runtime(s) : str.create(s);
    }

    private long caseResult(int[] units) {
        return caseResult(new String(units, 0, units.length));
    }

    private long newStr(String s) {
        return str.runtime(s);
    }

    private long newStr(int[] units) {
        return str.runtime(new String(units, 0, units.length));
    }

    /** The receiver itself when the result is its whole text and it is exactly a str ({@code unicode_result_unchanged}). */
    private long unchanged(long self, int[] result, int[] units) {
        return result.length == units.length && str.isExact(self) ? space.newRef(self) : newStr(result);
    }

    private long list(List<int[]> parts) {
        long l = space.listType.create();
        for (int[] p : parts) {
            long s = newStr(p);
            space.listType.append(l, s);
            space.decref(s);
        }
        return l;
    }

    /** start/end arguments of find/count/startswith: slice semantics over {@code length} ({@code ADJUST_INDICES}). */
    private int[] range(long[] args, int from, int length) {
        long start = 0;
        long end = Long.MAX_VALUE;
        if (args.length > from && args[from] != space.none) {
            start = sliceIndex(args[from]);
        }
        if (args.length > from + 1 && args[from + 1] != space.none) {
            end = sliceIndex(args[from + 1]);
        }
        return Stringlib.adjust(start, end, length);
    }

    /** {@code _PyEval_SliceIndex}: an index clamped to the C range, TypeError for a non-index. */
    long sliceIndex(long o) {
        if (!BytesMethods.indexCheck(space, o)) {
            throw new PyException("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        long i = Abstract.numberIndex(space, o);
        try {
            IntType ints = (IntType) space.typeOf(i);
            if (ints.fitsLong(i)) {
                return ints.longValue(i);
            }
            return ints.bigValue(i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        } finally {
            space.decref(i);
        }
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xa0
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** {@code Py_UNICODE_ISLINEBREAK}. */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private long strip(long self, long[] args, String method, boolean left, boolean right) {
        Args.range(method, args, 0, 1);
        int[] chars = null;
        if (args.length > 0 && args[0] != space.none) {
            if (!str.check(args[0])) {
                throw new PyException("TypeError", method + " arg must be None or str");
            }
            chars = units(args[0]);
        }
        int[] u = units(self);
        return unchanged(self, Stringlib.strip(u, chars, StrMethods::isSpace, left, right), u);
    }

    private PyMethod splitter(String name, boolean fromRight) {
        return (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("sep", "maxsplit").range(0, 2);
            long sep = a.either(0, "sep");
            long max = a.either(1, "maxsplit");
            long maxsplit = max != 0 ? Abstract.index(space, max) : -1;
            int[] u = units(self);
            if (sep == 0 || sep == space.none) {
                return list(fromRight ? Stringlib.rsplitWhitespace(u, maxsplit, StrMethods::isSpace)
                        : Stringlib.splitWhitespace(u, maxsplit, StrMethods::isSpace));
            }
            if (!str.check(sep)) {
                throw new PyException("TypeError", "must be str or None, not " + space.typeOf(sep).name);
            }
            int[] s = units(sep);
            if (s.length == 0) {
                throw new PyException("ValueError", "empty separator");
            }
            return list(fromRight ? Stringlib.rsplit(u, s, maxsplit) : Stringlib.split(u, s, maxsplit));
        };
    }

    private PyMethod finder(String name, boolean fromRight, boolean raise) {
        return (self, args) -> {
            if (args.length < 1) {
                throw new PyException("TypeError", name + "() takes at least 1 argument (0 given)");
            }
            Args.range(name, args, 1, 3);
            int[] u = units(self);
            int[] sub = subArg(args[0]);
            int[] r = range(args, 1, u.length);
            int found = fromRight ? Stringlib.rfind(u, sub, r[0], r[1]) : Stringlib.find(u, sub, r[0], r[1]);
            if (found < 0 && raise) {
                throw new PyException("ValueError", "substring not found");
            }
            return space.newInt(found);
        };
    }

    private PyMethod affix(String name, boolean prefix) {
        return (self, args) -> {
            Args.range(name, args, 1, 3);
            int[] u = units(self);
            int[] r = range(args, 1, u.length);
            long what = args[0];
            if (space.tupleType.check(what)) {
                for (int i = 0, n = (int) space.tupleType.size(what); i < n; i++) {
                    long p = space.tupleType.item(what, i);
                    if (!str.check(p)) {
                        throw new PyException("TypeError", "tuple for " + name + " must only contain str, not "
                                + space.typeOf(p).name);
                    }
                    if (Stringlib.tailMatch(u, units(p), r[0], r[1], !prefix)) {
                        return space.newTrue();
                    }
                }
                return space.newFalse();
            }
            if (!str.check(what)) {
                throw new PyException("TypeError", name + " first arg must be str or a tuple of str, not " + space.typeOf(what).name);
            }
            return space.newBool(Stringlib.tailMatch(u, units(what), r[0], r[1], !prefix));
        };
    }

    private PyMethod padder(String name, int where) {
        return (self, args) -> {
            Args.range(name, args, 1, 2);
            long width = Abstract.index(space, args[0]);
            int fill = ' ';
            if (args.length > 1) {
                if (!str.check(args[1]) || str.length(args[1]) != 1) {
                    throw new PyException("TypeError", "The fill character must be exactly one character long");
                }
                fill = str.codePointAt(args[1], 0);
            }
            int[] u = units(self);
            long pad = width - u.length;
            if (pad <= 0) {
                return unchanged(self, u, u);
            }
            long left = where < 0 ? 0 : where > 0 ? pad : Stringlib.centerLeft(pad, width);
            return newStr(Stringlib.pad(u, left, pad - left, fill));
        };
    }

    private PyMethod predicate(String name, java.util.function.IntPredicate p, boolean emptyIs) {
        return (self, args) -> {
            Args.none("str." + name, args);
            String s = text(self);
            if (s.isEmpty()) {
                return space.newBool(emptyIs);
            }
            return space.newBool(s.codePoints().allMatch(p));
        };
    }

    /** Unicode's cases for {@link Stringlib#title}: a title-case letter counts as upper case, and a word starts in title case. */
    private static final Stringlib.Cases UNICODE = new Stringlib.Cases() {
        @Override
        public boolean isUpper(int c) {
            return Character.isUpperCase(c) || Character.isTitleCase(c);
        }

        @Override
        public boolean isLower(int c) {
            return Character.isLowerCase(c);
        }

        @Override
        public int toUpper(int c) {
            return Character.toTitleCase(c);
        }

        @Override
        public int toLower(int c) {
            return Character.toLowerCase(c);
        }
    };

    private void defineAll(java.util.function.BiConsumer<String, PyMethod> def) {
        def.accept("join", (self, args) -> {
            long iterable = Args.one("str.join", args);
            long items = Abstract.sequenceList(space, iterable);
            try {
                StringBuilder b = new StringBuilder();
                String sep = text(self);
                for (int i = 0, n = (int) space.listType.size(items); i < n; i++) {
                    long item = space.listType.item(items, i);
                    if (!str.check(item)) {
                        throw new PyException("TypeError", "sequence item " + i + ": expected str instance, "
                                + space.typeOf(item).name + " found");
                    }
                    if (i > 0) {
                        b.append(sep);
                    }
                    b.append(text(item));
                }
                if (space.listType.size(items) == 1 && str.isExact(space.listType.item(items, 0))) {
                    return space.newRef(space.listType.item(items, 0));
                }
                return newStr(b.toString());
            } finally {
                space.decref(items);
            }
        });
        def.accept("split", splitter("split", false));
        def.accept("rsplit", splitter("rsplit", true));
        def.accept("strip", (self, args) -> strip(self, args, "strip", true, true));
        def.accept("lstrip", (self, args) -> strip(self, args, "lstrip", true, false));
        def.accept("rstrip", (self, args) -> strip(self, args, "rstrip", false, true));
        def.accept("replace", (self, args) -> {
            Args.range("replace", args, 2, 3);
            int[] old = unitsArg("replace", 1, args[0]);
            int[] with = unitsArg("replace", 2, args[1]);
            long count = args.length > 2 ? Abstract.index(space, args[2]) : -1;
            int[] u = units(self);
            int[] r = Stringlib.replace(u, old, with, count);
            return count == 0 || Stringlib.count(u, old, 0, u.length, 1) == 0 && old.length > 0 ? unchanged(self, u, u) : newStr(r);
        });
        def.accept("find", finder("find", false, false));
        def.accept("rfind", finder("rfind", true, false));
        def.accept("index", finder("index", false, true));
        def.accept("rindex", finder("rindex", true, true));
        def.accept("count", (self, args) -> {
            Args.range("count", args, 1, 3);
            int[] u = units(self);
            int[] sub = subArg(args[0]);
            int[] r = range(args, 1, u.length);
            return space.newInt(Stringlib.count(u, sub, r[0], r[1], -1));
        });
        def.accept("startswith", affix("startswith", true));
        def.accept("endswith", affix("endswith", false));
        def.accept("upper", (self, args) -> {
            Args.none("str.upper", args);
            return caseResult(text(self).toUpperCase(java.util.Locale.ROOT));
        });
        def.accept("lower", (self, args) -> {
            Args.none("str.lower", args);
            return caseResult(text(self).toLowerCase(java.util.Locale.ROOT));
        });
        def.accept("casefold", (self, args) -> {
            Args.none("str.casefold", args);
            return caseResult(text(self).toLowerCase(java.util.Locale.ROOT).replace("ß", "ss"));
        });
        def.accept("swapcase", (self, args) -> {
            Args.none("str.swapcase", args);
            StringBuilder b = new StringBuilder();
            text(self).codePoints().forEach(c -> b.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                    : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
            return caseResult(b.toString());
        });
        def.accept("title", (self, args) -> {
            Args.none("str.title", args);
            return caseResult(Stringlib.title(units(self), UNICODE));
        });
        def.accept("capitalize", (self, args) -> {
            Args.none("str.capitalize", args);
            String s = text(self);
            return caseResult(s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + s.substring(1).toLowerCase(java.util.Locale.ROOT));
        });
        def.accept("center", padder("center", 0));
        def.accept("ljust", padder("ljust", -1));
        def.accept("rjust", padder("rjust", 1));
        def.accept("zfill", (self, args) -> {
            long width = Abstract.index(space, Args.one("str.zfill", args));
            int[] u = units(self);
            return width <= u.length ? unchanged(self, u, u) : newStr(Stringlib.zfill(u, width));
        });
        def.accept("isdigit", predicate("isdigit", Character::isDigit, false));
        def.accept("isdecimal", predicate("isdecimal", Character::isDigit, false));
        def.accept("isnumeric", predicate("isnumeric", c -> Character.isDigit(c) || Character.getNumericValue(c) >= 0, false));
        def.accept("isalpha", predicate("isalpha", Character::isLetter, false));
        def.accept("isalnum", predicate("isalnum", Character::isLetterOrDigit, false));
        def.accept("isspace", predicate("isspace", StrMethods::isSpace, false));
        def.accept("isascii", predicate("isascii", c -> c < 128, true));
        def.accept("isprintable", predicate("isprintable", StrType::isPrintable, true));
        def.accept("isupper", (self, args) -> {
            Args.none("str.isupper", args);
            String s = text(self);
            return space.newBool(s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase));
        });
        def.accept("islower", (self, args) -> {
            Args.none("str.islower", args);
            String s = text(self);
            return space.newBool(s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase));
        });
        def.accept("istitle", (self, args) -> {
            Args.none("str.istitle", args);
            return space.newBool(Stringlib.isTitle(units(self), UNICODE));
        });
        def.accept("isidentifier", (self, args) -> {
            Args.none("str.isidentifier", args);
            String s = text(self);
            return space.newBool(!s.isEmpty() && (Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')
                    && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
        });
        def.accept("partition", (self, args) -> partition(self, args, false));
        def.accept("rpartition", (self, args) -> partition(self, args, true));
        def.accept("splitlines", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("keepends").range(0, 1);
            long keep = a.either(0, "keepends");
            return list(Stringlib.splitlines(units(self), keep != 0 && Abstract.isTrue(space, keep), StrMethods::isLineBreak));
        });
        def.accept("expandtabs", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("tabsize").range(0, 1);
            long size = a.either(0, "tabsize");
            return newStr(Stringlib.expandtabs(units(self), size != 0 ? Abstract.index(space, size) : 8));
        });
        def.accept("encode", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("encoding", "errors").range(0, 2);
            long e = a.either(0, "encoding");
            long r = a.either(1, "errors");
            String enc = e != 0 ? strArg("encode", 1, e) : "utf-8";
            String errors = r != 0 ? strArg("encode", 2, r) : "strict";
            return space.bytesType.of(Codecs.encode(units(self), enc, errors));
        });
        def.accept("removeprefix", (self, args) -> {
            String p = strArg("removeprefix", 1, Args.one("str.removeprefix", args));
            String s = text(self);
            return newStr(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        def.accept("removesuffix", (self, args) -> {
            String p = strArg("removesuffix", 1, Args.one("str.removesuffix", args));
            String s = text(self);
            return newStr(s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s);
        });
    }

    private long partition(long self, long[] args, boolean fromRight) {
        String name = fromRight ? "rpartition" : "partition";
        long sepObj = Args.one("str." + name, args);
        if (!str.check(sepObj)) {
            throw new PyException("TypeError", "must be str, not " + space.typeOf(sepObj).name);
        }
        int[] sep = units(sepObj);
        if (sep.length == 0) {
            throw new PyException("ValueError", "empty separator");
        }
        int[] u = units(self);
        int k = Stringlib.partition(u, sep, fromRight);
        long empty = newStr("");
        long a;
        long b;
        long c;
        if (k < 0) {
            long whole = unchanged(self, u, u);
            a = fromRight ? space.newRef(empty) : whole;
            b = space.newRef(empty);
            c = fromRight ? whole : space.newRef(empty);
        } else {
            a = newStr(Stringlib.slice(u, 0, k));
            b = space.newRef(sepObj);
            c = newStr(Stringlib.slice(u, k + sep.length, u.length));
        }
        space.decref(empty);
        try {
            return space.tupleType.create(a, b, c);
        } finally {
            space.decref(a);
            space.decref(b);
            space.decref(c);
        }
    }
}

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

    private String strArg(String method, int n, long a) {
        if (!str.check(a)) {
            throw new PyException("TypeError", method + "() argument " + n + " must be str, not " + space.typeOf(a).name);
        }
        return text(a);
    }

    private long newStr(String s) {
        return str.runtime(s);
    }

    private long list(List<String> parts) {
        long l = space.listType.create();
        for (String p : parts) {
            long s = newStr(p);
            space.listType.append(l, s);
            space.decref(s);
        }
        return l;
    }

    /** start/end arguments of find/count/startswith: slice semantics over {@code length}. */
    private int[] range(long[] args, int from, int length) {
        long start = 0;
        long end = length;
        if (args.length > from && args[from] != space.none) {
            start = Abstract.index(space, args[from]);
        }
        if (args.length > from + 1 && args[from + 1] != space.none) {
            end = Abstract.index(space, args[from + 1]);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        if (end < 0) {
            end = Math.max(0, end + length);
        }
        end = Math.min(end, length);
        return new int[] {(int) Math.min(start, length + 1L), (int) end};
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xa0;
    }

    private String stripChars(long[] args, String method) {
        Args.range(method, args, 0, 1);
        if (args.length == 0 || args[0] == space.none) {
            return null;
        }
        if (!str.check(args[0])) {
            throw new PyException("TypeError", method + " arg must be None or str");
        }
        return text(args[0]);
    }

    private String strip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        while (left && i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        while (right && j > i && (chars == null ? isSpace(s.charAt(j - 1)) : chars.indexOf(s.charAt(j - 1)) >= 0)) {
            j--;
        }
        return s.substring(i, j);
    }

    private List<String> splitWhitespace(String s, long maxsplit, boolean fromRight) {
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(strip(s.substring(i), null, false, true));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                parts.add(s.substring(i, j));
                i = j;
            }
            return parts;
        }
        int j = s.length();
        while (true) {
            while (j > 0 && isSpace(s.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (maxsplit >= 0 && parts.size() == maxsplit) {
                parts.add(0, strip(s.substring(0, j), null, true, false));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(s.charAt(i - 1))) {
                i--;
            }
            parts.add(0, s.substring(i, j));
            j = i;
        }
        return parts;
    }

    private List<String> split(String s, String sep, long maxsplit, boolean fromRight) {
        if (sep.isEmpty()) {
            throw new PyException("ValueError", "empty separator");
        }
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            while (maxsplit < 0 || parts.size() < maxsplit) {
                int k = s.indexOf(sep, i);
                if (k < 0) {
                    break;
                }
                parts.add(s.substring(i, k));
                i = k + sep.length();
            }
            parts.add(s.substring(i));
            return parts;
        }
        int j = s.length();
        while (maxsplit < 0 || parts.size() < maxsplit) {
            int k = s.lastIndexOf(sep, j - sep.length());
            if (k < 0) {
                break;
            }
            parts.add(0, s.substring(k + sep.length(), j));
            j = k;
        }
        parts.add(0, s.substring(0, j));
        return parts;
    }

    private PyMethod splitter(String name, boolean fromRight) {
        return (self, args) -> {
            Args.range(name, args, 0, 2);
            long maxsplit = args.length > 1 ? Abstract.index(space, args[1]) : -1;
            if (args.length == 0 || args[0] == space.none) {
                return list(splitWhitespace(text(self), maxsplit, fromRight));
            }
            if (!str.check(args[0])) {
                throw new PyException("TypeError", "must be str or None, not " + space.typeOf(args[0]).name);
            }
            return list(split(text(self), text(args[0]), maxsplit, fromRight));
        };
    }

    private PyMethod finder(String name, boolean fromRight, boolean raise) {
        return (self, args) -> {
            if (args.length < 1) {
                throw new PyException("TypeError", name + "() takes at least 1 argument (0 given)");
            }
            Args.range(name, args, 1, 3);
            String s = text(self);
            String sub = strArg(name, 1, args[0]);
            int[] r = range(args, 1, s.length());
            int found = -1;
            if (r[0] <= r[1]) {
                String window = s.substring(Math.min(r[0], s.length()), r[1]);
                int k = fromRight ? window.lastIndexOf(sub) : window.indexOf(sub);
                found = k < 0 ? -1 : k + r[0];
            } else if (sub.isEmpty() && r[0] <= s.length()) {
                found = -1;
            }
            if (found < 0 && raise) {
                throw new PyException("ValueError", "substring not found");
            }
            return space.newInt(found);
        };
    }

    private PyMethod affix(String name, boolean prefix) {
        return (self, args) -> {
            Args.range(name, args, 1, 3);
            String s = text(self);
            int[] r = range(args, 1, s.length());
            if (r[0] > s.length()) {
                return space.newFalse();
            }
            String window = s.substring(r[0], Math.max(r[0], r[1]));
            long what = args[0];
            if (space.tupleType.check(what)) {
                for (int i = 0, n = (int) space.tupleType.size(what); i < n; i++) {
                    long p = space.tupleType.item(what, i);
                    if (!str.check(p)) {
                        throw new PyException("TypeError", "tuple for " + name + " must only contain str, not "
                                + space.typeOf(p).name);
                    }
                    if (prefix ? window.startsWith(text(p)) : window.endsWith(text(p))) {
                        return space.newTrue();
                    }
                }
                return space.newFalse();
            }
            if (!str.check(what)) {
                throw new PyException("TypeError", name + " first arg must be str or a tuple of str, not " + space.typeOf(what).name);
            }
            return space.newBool(prefix ? window.startsWith(text(what)) : window.endsWith(text(what)));
        };
    }

    private PyMethod padder(String name, int where) {
        return (self, args) -> {
            Args.range(name, args, 1, 2);
            long width = Abstract.index(space, args[0]);
            String fill = " ";
            if (args.length > 1) {
                if (!str.check(args[1]) || str.length(args[1]) != 1) {
                    throw new PyException("TypeError", "The fill character must be exactly one character long");
                }
                fill = text(args[1]);
            }
            String s = text(self);
            long pad = width - s.codePointCount(0, s.length());
            if (pad <= 0) {
                return str.isExact(self) ? space.newRef(self) : newStr(s);
            }
            long left = where < 0 ? 0 : where > 0 ? pad : pad / 2 + (pad & width & 1);
            return newStr(fill.repeat((int) left) + s + fill.repeat((int) (pad - left)));
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

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            b.appendCodePoint(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = Character.isLetter(c) && (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c));
            i += Character.charCount(c);
        }
        return b.toString();
    }

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
        def.accept("strip", (self, args) -> newStr(strip(text(self), stripChars(args, "strip"), true, true)));
        def.accept("lstrip", (self, args) -> newStr(strip(text(self), stripChars(args, "lstrip"), true, false)));
        def.accept("rstrip", (self, args) -> newStr(strip(text(self), stripChars(args, "rstrip"), false, true)));
        def.accept("replace", (self, args) -> {
            Args.range("replace", args, 2, 3);
            String old = strArg("replace", 1, args[0]);
            String rep = strArg("replace", 2, args[1]);
            long count = args.length > 2 ? Abstract.index(space, args[2]) : -1;
            String s = text(self);
            if (count < 0) {
                return newStr(old.isEmpty() ? String.join(rep, s.split("", -1)) : s.replace(old, rep));
            }
            StringBuilder b = new StringBuilder();
            int i = 0;
            for (long k = 0; k < count; k++) {
                int at = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
                if (at < 0) {
                    break;
                }
                b.append(s, i, at).append(rep);
                if (old.isEmpty()) {
                    if (at < s.length()) {
                        b.append(s.charAt(at));
                    }
                    i = at + 1;
                } else {
                    i = at + old.length();
                }
            }
            if (i <= s.length()) {
                b.append(s.substring(Math.min(i, s.length())));
            }
            return newStr(b.toString());
        });
        def.accept("find", finder("find", false, false));
        def.accept("rfind", finder("rfind", true, false));
        def.accept("index", finder("index", false, true));
        def.accept("rindex", finder("rindex", true, true));
        def.accept("count", (self, args) -> {
            Args.range("count", args, 1, 3);
            String s = text(self);
            String sub = strArg("count", 1, args[0]);
            int[] r = range(args, 1, s.length());
            if (r[0] > r[1]) {
                return space.newInt(0);
            }
            String window = s.substring(r[0], r[1]);
            if (sub.isEmpty()) {
                return space.newInt(window.codePointCount(0, window.length()) + 1);
            }
            int n = 0;
            for (int i = window.indexOf(sub); i >= 0; i = window.indexOf(sub, i + sub.length())) {
                n++;
            }
            return space.newInt(n);
        });
        def.accept("startswith", affix("startswith", true));
        def.accept("endswith", affix("endswith", false));
        def.accept("upper", (self, args) -> {
            Args.none("str.upper", args);
            return newStr(text(self).toUpperCase(java.util.Locale.ROOT));
        });
        def.accept("lower", (self, args) -> {
            Args.none("str.lower", args);
            return newStr(text(self).toLowerCase(java.util.Locale.ROOT));
        });
        def.accept("casefold", (self, args) -> {
            Args.none("str.casefold", args);
            return newStr(text(self).toLowerCase(java.util.Locale.ROOT).replace("ß", "ss"));
        });
        def.accept("swapcase", (self, args) -> {
            Args.none("str.swapcase", args);
            StringBuilder b = new StringBuilder();
            text(self).codePoints().forEach(c -> b.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                    : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
            return newStr(b.toString());
        });
        def.accept("title", (self, args) -> {
            Args.none("str.title", args);
            return newStr(title(text(self)));
        });
        def.accept("capitalize", (self, args) -> {
            Args.none("str.capitalize", args);
            String s = text(self);
            return newStr(s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + s.substring(1).toLowerCase(java.util.Locale.ROOT));
        });
        def.accept("center", padder("center", 0));
        def.accept("ljust", padder("ljust", -1));
        def.accept("rjust", padder("rjust", 1));
        def.accept("zfill", (self, args) -> {
            long width = Abstract.index(space, Args.one("str.zfill", args));
            String s = text(self);
            if (width <= s.length()) {
                return str.isExact(self) ? space.newRef(self) : newStr(s);
            }
            String zeros = "0".repeat((int) (width - s.length()));
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return newStr(s.charAt(0) + zeros + s.substring(1));
            }
            return newStr(zeros + s);
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
            String s = text(self);
            return space.newBool(s.codePoints().anyMatch(Character::isLetter) && title(s).equals(s));
        });
        def.accept("isidentifier", (self, args) -> {
            Args.none("str.isidentifier", args);
            String s = text(self);
            return space.newBool(!s.isEmpty() && (Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')
                    && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
        });
        def.accept("partition", (self, args) -> partition(self, args, false));
        def.accept("rpartition", (self, args) -> partition(self, args, true));
        def.accept("splitlines", (self, args) -> {
            Args.range("splitlines", args, 0, 1);
            boolean keep = args.length > 0 && Abstract.isTrue(space, args[0]);
            String s = text(self);
            List<String> lines = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                int j = i;
                while (j < s.length() && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                int eol = j;
                if (j < s.length()) {
                    j += s.charAt(j) == '\r' && j + 1 < s.length() && s.charAt(j + 1) == '\n' ? 2 : 1;
                }
                lines.add(s.substring(i, keep ? j : eol));
                i = j;
            }
            return list(lines);
        });
        def.accept("expandtabs", (self, args) -> {
            Args.range("expandtabs", args, 0, 1);
            long size = args.length > 0 ? Abstract.index(space, args[0]) : 8;
            StringBuilder b = new StringBuilder();
            int col = 0;
            for (char c : text(self).toCharArray()) {
                if (c == '\t') {
                    if (size > 0) {
                        int n = (int) (size - col % size);
                        b.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    b.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return newStr(b.toString());
        });
        def.accept("encode", (self, args) -> {
            Args.range("encode", args, 0, 2);
            String enc = args.length > 0 ? strArg("encode", 1, args[0]) : "utf-8";
            String errors = args.length > 1 ? strArg("encode", 2, args[1]) : "strict";
            return space.bytesType.of(Codecs.encode(text(self), enc, errors));
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
        String sep = text(sepObj);
        if (sep.isEmpty()) {
            throw new PyException("ValueError", "empty separator");
        }
        String s = text(self);
        int k = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        String[] parts = k < 0 ? (fromRight ? new String[] {"", "", s} : new String[] {s, "", ""})
                : new String[] {s.substring(0, k), sep, s.substring(k + sep.length())};
        long a = newStr(parts[0]);
        long b = newStr(parts[1]);
        long c = newStr(parts[2]);
        try {
            return space.tupleType.create(a, b, c);
        } finally {
            space.decref(a);
            space.decref(b);
            space.decref(c);
        }
    }
}

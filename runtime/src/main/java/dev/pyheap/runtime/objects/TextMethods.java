package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The methods {@code str}, {@code bytes} and {@code bytearray} share, defined once over
 * {@link Stringlib}'s code units: argument parsing (start and end as slice indices, keyword names),
 * the call of the algorithm, and the result (the receiver itself when nothing changed and its type
 * is immutable, as {@code unicode_result_unchanged} and bytes' {@code return_self} do). What differs
 * is asked of the subclass: its code units, how a result is made, which arguments it takes and the
 * messages it refuses others with, and which units are white space or line breaks.
 */
abstract class TextMethods {
    protected final ObjectSpace space;

    TextMethods(ObjectSpace space) {
        this.space = space;
    }

    // ------------------------------------------------------------------ what differs

    /** The receiver's code units (a copy). */
    abstract int[] units(long o);

    /** The receiver's code units where they are; taken after the arguments, which may run Python code that resizes a bytearray. */
    abstract Stringlib.View view(long o);

    /** {@code o[from:to]} as a new object of the receiver's kind, made from the units in place (the cached singletons included). */
    abstract long slice(long o, int from, int to);

    /** A new object of the receiver's kind holding {@code units}. */
    abstract long make(int[] units);

    /** A result of the type that is a new object whatever its length but 0 (the empty singleton), never a cached one-character one. */
    abstract long fresh(int[] units);

    /** Whether a result equal to {@code self} may be {@code self} (exactly str or exactly bytes). */
    abstract boolean returnsSelf(long self);

    /** The argument of find, index and count ({@code parse_args_finds_*}). */
    abstract int[] subArg(long o);

    /** The text argument {@code position} of {@code method} (separators, strip characters, replace's old and new, affixes to remove). */
    abstract int[] textArg(long o, String method, int position);

    /** An affix of startswith/endswith: {@code item} tells a member of a tuple from the argument itself (0 when it is the item). */
    abstract int[] affixArg(long o, String method, boolean item);

    /** The fill unit of center, ljust and rjust. */
    abstract int fillArg(long o, String method);

    abstract boolean isSpace(int c);

    abstract boolean isLineBreak(int c);

    /** The ValueError of index and rindex. */
    abstract String notFound();

    /** The name a no-argument method's count error uses ({@code str.upper}, {@code bytearray.zfill}). */
    abstract String qualified(String method);

    /** Whether the receiver's type is bytearray: partition copies it where str and bytes give it back, a subclass's instance too. */
    boolean mutable() {
        return false;
    }

    /** Whether split answers {@code [self]} before searching for {@code sep}. */
    boolean splitsWhole(Stringlib.View u, int[] sep) {
        return false;
    }

    /** Whether expandtabs gives the text itself when it holds no tab ({@code unicode_expandtabs_impl}; bytes' always copies). */
    boolean expandtabsKeepsTabless() {
        return false;
    }

    /** The middle item of partition's result. */
    long partitionSeparator(long sepObject, int[] sep) {
        return space.newRef(sepObject);
    }

    // ------------------------------------------------------------------ shared

    long unchanged(long self, int[] units) {
        return returnsSelf(self) ? space.newRef(self) : make(units);
    }

    /** {@link #unchanged} without the units: the receiver itself, or a copy of its {@code length} units. */
    long whole(long self, int length) {
        return returnsSelf(self) ? space.newRef(self) : slice(self, 0, length);
    }

    /** The optional start and end as given (their {@code __index__} called), before they meet the length. */
    long[] rawRange(long[] args, int from) {
        long start = 0;
        long end = Long.MAX_VALUE;
        if (args.length > from && args[from] != space.none) {
            start = sliceIndex(args[from]);
        }
        if (args.length > from + 1 && args[from + 1] != space.none) {
            end = sliceIndex(args[from + 1]);
        }
        return new long[] {start, end};
    }

    /** A list of the pieces {@code [from, to)} of {@code self}; a piece that is all of an exact str or bytes is {@code self} ({@code STRINGLIB_CHECK_EXACT} in split.h). */
    private long pieces(long self, int length, List<int[]> parts) {
        return pieces(self, length, parts, space.listType.create());
    }

    /**
     * split's and rsplit's list: split.h makes it with {@code PREALLOC_SIZE(maxsplit)} slots (one more
     * than maxsplit, at most 12) and appends past them, so {@code sys.getsizeof("a b".split())} is 152.
     */
    private long splitPieces(long self, int length, List<int[]> parts, long maxsplit) {
        int prealloc = maxsplit < 0 || maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : (int) maxsplit + 1;
        return pieces(self, length, parts, space.listType.allocateEmpty(prealloc));
    }

    private static final int MAX_PREALLOC = 12;

    private long pieces(long self, int length, List<int[]> parts, long l) {
        for (int[] p : parts) {
            long item = p[0] == 0 && p[1] == length && p.length == 2 && returnsSelf(self) ? space.newRef(self) : slice(self, p[0], p[1]);
            space.listType.append(l, item);
            space.decref(item);
        }
        return l;
    }

    /** {@code _PyEval_SliceIndex}: an index clamped to the C range, TypeError for a non-index. */
    long sliceIndex(long o) {
        if (!BytesMethods.indexCheck(space, o)) {
            throw new PyException("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        long i = Abstract.numberIndex(space, o);
        try {
            IntType ints = space.intType;
            if (ints.fitsLong(i)) {
                return ints.longValue(i);
            }
            return ints.bigValue(i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        } finally {
            space.decref(i);
        }
    }

    private PyMethod finder(String name, boolean fromRight, boolean raise) {
        return (self, args) -> {
            Args.parseTuple(name, args, 1, 3);
            int[] sub = subArg(args[0]);
            long[] raw = rawRange(args, 1);
            Stringlib.View u = view(self);
            int[] r = Stringlib.adjust(raw[0], raw[1], u.length());
            int found = fromRight ? u.rfind(sub, r[0], r[1]) : u.find(sub, r[0], r[1]);
            if (found < 0 && raise) {
                throw new PyException("ValueError", notFound());
            }
            return space.newInt(found);
        };
    }

    private PyMethod affix(String name, boolean prefix) {
        return (self, args) -> {
            Args.parseTuple(name, args, 1, 3);
            long[] raw = rawRange(args, 1);
            long what = args[0];
            if (space.tupleType.check(what)) {
                for (int i = 0, n = (int) space.tupleType.size(what); i < n; i++) {
                    int[] affix = affixArg(space.tupleType.item(what, i), name, true);
                    Stringlib.View u = view(self);
                    int[] r = Stringlib.adjust(raw[0], raw[1], u.length());
                    if (u.tailMatch(affix, r[0], r[1], !prefix)) {
                        return space.newTrue();
                    }
                }
                return space.newFalse();
            }
            int[] affix = affixArg(what, name, false);
            Stringlib.View u = view(self);
            int[] r = Stringlib.adjust(raw[0], raw[1], u.length());
            return space.newBool(u.tailMatch(affix, r[0], r[1], !prefix));
        };
    }

    private PyMethod padder(String name, int where) {
        return (self, args) -> {
            Args.range(name, args, 1, 2);
            long width = Abstract.ssize(space, args[0]);
            int fill = args.length > 1 ? fillArg(args[1], name) : ' ';
            int[] u = units(self);
            long pad = width - u.length;
            if (pad <= 0) {
                return unchanged(self, u);
            }
            long left = where < 0 ? 0 : where > 0 ? pad : Stringlib.centerLeft(pad, width);
            return make(Stringlib.pad(u, left, pad - left, fill));
        };
    }

    private PyMethod stripper(String name, boolean left, boolean right) {
        return (self, args) -> {
            Args.range(name, args, 0, 1);
            int[] chars = args.length > 0 && args[0] != space.none ? textArg(args[0], name, 1) : null;
            Stringlib.View u = view(self);
            int[] r = u.strip(chars, this::isSpace, left, right);
            return r[1] - r[0] == u.length() ? whole(self, u.length()) : slice(self, r[0], r[1]);
        };
    }

    private PyMethod splitter(String name, boolean fromRight) {
        return (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.unpack(0, "sep", "maxsplit");
            long sep = v[0];
            long max = v[1];
            long maxsplit = max != 0 ? Abstract.ssize(space, max) : -1;
            if (sep == 0 || sep == space.none) {
                Stringlib.View u = view(self);
                return splitPieces(self, u.length(), fromRight ? u.rsplitWhitespace(maxsplit, this::isSpace)
                        : u.splitWhitespace(maxsplit, this::isSpace), maxsplit);
            }
            int[] s = textArg(sep, name, 1);
            if (s.length == 0) {
                throw new PyException("ValueError", "empty separator");
            }
            Stringlib.View u = view(self);
            if (splitsWhole(u, s)) {
                long l = space.listType.create();
                space.listType.append(l, self);
                return l;
            }
            return splitPieces(self, u.length(), fromRight ? u.rsplit(s, maxsplit) : u.split(s, maxsplit), maxsplit);
        };
    }

    private PyMethod partitioner(String name, boolean fromRight) {
        return (self, args) -> {
            long sepObject = Args.one(qualified(name), args);
            int[] sep = textArg(sepObject, name, 1);
            if (sep.length == 0) {
                throw new PyException("ValueError", "empty separator");
            }
            Stringlib.View u = view(self);
            int n = u.length();
            int k = fromRight ? u.rfind(sep, 0, n) : u.find(sep, 0, n);
            long a;
            long b;
            long c;
            if (k < 0) {
                long all = mutable() ? slice(self, 0, n) : space.newRef(self);
                a = fromRight ? make(new int[0]) : all;
                b = make(new int[0]);
                c = fromRight ? all : make(new int[0]);
            } else {
                a = slice(self, 0, k);
                b = partitionSeparator(sepObject, sep);
                c = slice(self, k + sep.length, n);
            }
            return space.tupleType.createStealing(a, b, c);
        };
    }

    private PyMethod remover(String name, boolean prefix) {
        return (self, args) -> {
            int[] p = textArg(Args.one(qualified(name), args), name, 1);
            Stringlib.View u = view(self);
            int n = u.length();
            if (p.length == 0 || !u.tailMatch(p, 0, n, !prefix)) {
                return whole(self, n);
            }
            return prefix ? slice(self, p.length, n) : slice(self, 0, n - p.length);
        };
    }

    /** The shared methods CPython declares {@code METH_VARARGS} (their arguments packed into a tuple). */
    static final String[] VARARGS = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith"};

    /** Defines the shared methods. */
    void defineShared(BiConsumer<String, PyMethod> def) {
        def.accept("find", finder("find", false, false));
        def.accept("rfind", finder("rfind", true, false));
        def.accept("index", finder("index", false, true));
        def.accept("rindex", finder("rindex", true, true));
        def.accept("count", (self, args) -> {
            Args.parseTuple("count", args, 1, 3);
            int[] sub = subArg(args[0]);
            long[] raw = rawRange(args, 1);
            Stringlib.View u = view(self);
            int[] r = Stringlib.adjust(raw[0], raw[1], u.length());
            return space.newInt(u.count(sub, r[0], r[1], -1));
        });
        def.accept("startswith", affix("startswith", true));
        def.accept("endswith", affix("endswith", false));
        def.accept("split", splitter("split", false));
        def.accept("rsplit", splitter("rsplit", true));
        def.accept("splitlines", (PyMethod.WithKeywords) (self, a) -> {
            long keep = a.unpack(0, "keepends")[0];
            boolean keepends = keep != 0 && Args.cInt(space, keep) != 0;
            Stringlib.View u = view(self);
            return pieces(self, u.length(), u.splitlines(keepends, this::isLineBreak));
        });
        def.accept("partition", partitioner("partition", false));
        def.accept("rpartition", partitioner("rpartition", true));
        def.accept("strip", stripper("strip", true, true));
        def.accept("lstrip", stripper("lstrip", true, false));
        def.accept("rstrip", stripper("rstrip", false, true));
        def.accept("replace", (self, args) -> {
            Args.range("replace", args, 2, 3);
            int[] old = textArg(args[0], "replace", 1);
            int[] with = textArg(args[1], "replace", 2);
            long count = args.length > 2 ? Abstract.ssize(space, args[2]) : -1;
            Stringlib.View v = view(self);
            if (count == 0 || old.length > 0 && v.find(old, 0, v.length()) < 0) {
                return whole(self, v.length());
            }
            return fresh(Stringlib.replace(units(self), old, with, count));
        });
        def.accept("center", padder("center", 0));
        def.accept("ljust", padder("ljust", -1));
        def.accept("rjust", padder("rjust", 1));
        def.accept("zfill", (self, args) -> {
            long width = Abstract.ssize(space, Args.one(qualified("zfill"), args));
            int[] u = units(self);
            return width <= u.length ? unchanged(self, u) : make(Stringlib.zfill(u, width));
        });
        def.accept("expandtabs", (PyMethod.WithKeywords) (self, a) -> {
            long size = a.unpack(0, "tabsize")[0];
            long tabsize = size != 0 ? Args.cInt(space, size) : 8;
            int[] u = units(self);
            if (expandtabsKeepsTabless() && java.util.Arrays.stream(u).noneMatch(c -> c == '\t')) {
                return unchanged(self, u);
            }
            return make(Stringlib.expandtabs(u, tabsize));
        });
        def.accept("removeprefix", remover("removeprefix", true));
        def.accept("removesuffix", remover("removesuffix", false));
    }
}

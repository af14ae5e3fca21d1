package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.StructType;
import dev.pyheap.runtime.objects.SlotWrappers;

import java.util.regex.Matcher;

/**
 * {@code re.Pattern} (Modules/_sre/sre.c's {@code PatternObject}): a compiled regular expression.
 * The layout is 3.11's, a variable-size object whose items are the pattern's code words:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_size (the code's length)
 *   +24 groups  +32 groupindex (a dict)  +40 indexgroup (a tuple: None, then each group's name or None)
 *       (both NULL for a pattern without named groups: its groupindex attribute is then a new empty dict)
 *   +48 pattern (the source, str or bytes)  +56 flags (int)  +64 weakreflist  +72 isbytes (int)
 *   +80 codesize  +88 code[] (4 bytes each)                        96 bytes + 4 per code word
 * </pre>
 * Here the program the pattern runs is the java.util.regex translation the re package's parser
 * wrote ({@link ReModule.Engine}): the first code word holds its handle, and the code is one word
 * long (CPython's size depends on its own compiler's output, which this project does not write).
 *
 * <p>The methods are {@code _sre}'s: {@code match}, {@code fullmatch}, {@code search} make a match
 * object ({@link SreMatchType}); {@code findall}, {@code split}, {@code sub} and {@code subn} walk
 * the successive matches in Java ({@code state->must_advance}: after an empty match the next one
 * may start there only if it is not empty); {@code finditer} is {@code iter(scanner.search, None)}
 * over a {@link SreScannerType}. A replacement that is not a literal goes to {@code re._subx}
 * once per call (as CPython's {@code pattern_subx} does): a literal comes back, or the parsed
 * template {@code (groups, literals)}, expanded here per match without a Python frame.
 */
final class SrePatternType extends StructType {
    static final int GROUPS = 24, GROUPINDEX = 32, INDEXGROUP = 40, PATTERN = 48, FLAGS = 56, WEAKLIST = 64,
            ISBYTES = 72, CODESIZE = 80, CODE = 88, BASIC = 96;
    /** The code words each pattern has here: the handle of its translation. */
    private static final int CODE_WORDS = 1;
    static final long MAXSIZE = Long.MAX_VALUE;

    private final ModuleTable table;
    private final ReModule.Engine engine;
    private final SreMatchType matchType;
    private final SreScannerType scannerType;

    SrePatternType(ObjectSpace space, ModuleTable table, ReModule.Engine engine, SreMatchType matchType,
            SreScannerType scannerType) {
        super(space, "re.Pattern", null, HAVE_GC, BASIC, 4, WEAKLIST,
                "groupindex", GROUPINDEX, "indexgroup", INDEXGROUP, "pattern", PATTERN);
        this.table = table;
        this.engine = engine;
        this.matchType = matchType;
        this.scannerType = scannerType;
        defineMethod("match", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "string", "pos", "endpos");
            return single(self, p, ReModule.LOOKING_AT);
        });
        defineMethod("fullmatch", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "string", "pos", "endpos");
            return single(self, p, ReModule.FULL);
        });
        defineMethod("search", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "string", "pos", "endpos");
            return single(self, p, ReModule.FIND);
        });
        defineMethod("sub", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(2, "repl", "string", "count");
            return subx(self, p[0], p[1], p[2] == 0 ? 0 : Abstract.ssize(space, p[2]), false);
        });
        defineMethod("subn", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(2, "repl", "string", "count");
            return subx(self, p[0], p[1], p[2] == 0 ? 0 : Abstract.ssize(space, p[2]), true);
        });
        defineMethod("split", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "string", "maxsplit");
            return split(self, p[0], p[1] == 0 ? 0 : Abstract.ssize(space, p[1]));
        });
        defineMethod("findall", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "string", "pos", "endpos");
            return findall(self, p);
        });
        defineMethod("finditer", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "string", "pos", "endpos");
            long scanner = scanner(self, p);
            try {
                long search = Abstract.getAttr(space, scanner, "search");
                try {
                    return table.builtins().callIterator(search, space.none);
                } finally {
                    space.decref(search);
                }
            } finally {
                space.decref(scanner);
            }
        });
        defineMethod("scanner", (PyMethod.WithKeywords) (self, a) -> scanner(self, a.unpack(1, "string", "pos", "endpos")));
        defineMethod("__copy__", (self, a) -> {
            dev.pyheap.runtime.objects.Args.none("__copy__", a);
            return space.newRef(self);
        });
        defineMethod("__deepcopy__", (self, a) -> {
            dev.pyheap.runtime.objects.Args.one("__deepcopy__", a);
            return space.newRef(self);
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.TP_HASH,
                SlotWrappers.Slot.TP_RICHCOMPARE));
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
        var members = space.memberDescrType;
        putInDict("pattern", members.createAccessor(this, "pattern", o -> space.newRef(field(o, PATTERN)), null));
        putInDict("flags", members.createAccessor(this, "flags", o -> space.newInt(memory.getInt(o + FLAGS)), null));
        putInDict("groups", members.createAccessor(this, "groups", o -> space.newInt(memory.getLong(o + GROUPS)), null));
        putInDict("groupindex", space.getSetDescrType.create(this, "groupindex",
                o -> field(o, GROUPINDEX) == 0 ? space.dictType.create() : space.mappingProxyType.create(field(o, GROUPINDEX)), null));
        putInDict("__doc__", space.strType.runtime("Compiled regular expression object."));
        putInDict("__module__", space.strType.runtime("re"));
    }

    /**
     * {@code Py_TPFLAGS} of 3.11's heap type made from its spec: immutable, not instantiable, not a
     * base, without HAVE_VERSION_TAG (VALID_VERSION_TAG, the attribute cache's, is not shown, as for
     * every type: {@link dev.pyheap.runtime.objects.PyType#tpFlags}).
     */
    @Override
    public long tpFlags() {
        return (super.tpFlags() & ~HAVE_VERSION_TAG) | HEAPTYPE | IMMUTABLETYPE | DISALLOW_INSTANTIATION;
    }

    static final int DISALLOW_INSTANTIATION = 1 << 7;

    /**
     * {@code pattern_new}'s part: the pattern object of {@code source} under {@code flags}, with
     * {@code groups} groups named as {@code groupindex} says, running the translation {@code handle}.
     */
    long create(long source, int flags, long groupindex, int handle, int groups) {
        long size = BASIC + 4L * CODE_WORDS;
        long o = space.newGcObject(this, (size + 7) & ~7L, 0);
        memory.fill(o + 16, ((size + 7) & ~7L) - 16, (byte) 0);
        memory.putLong(o + 16, CODE_WORDS);
        memory.putLong(o + GROUPS, groups);
        // pattern_new keeps the names only when there are some: groupindex and indexgroup stay NULL otherwise
        if (space.dictType.size(groupindex) > 0) {
            long index = space.dictType.copy(groupindex);
            memory.putLong(o + GROUPINDEX, index);
            long[] names = new long[groups + 1];
            java.util.Arrays.fill(names, space.none);
            space.dictType.forEach(index, (k, v) -> {
                long g = space.intType.longValue(v);
                if (g > 0 && g <= groups) {
                    names[(int) g] = k;
                }
            });
            memory.putLong(o + INDEXGROUP, space.tupleType.create(names));
        }
        memory.putLong(o + PATTERN, space.newRef(source));
        memory.putInt(o + FLAGS, flags);
        memory.putInt(o + ISBYTES, space.strType.check(source) ? 0 : 1);
        memory.putLong(o + CODESIZE, CODE_WORDS);
        memory.putInt(o + CODE, handle);
        space.track(o);
        return o;
    }

    /** {@code pattern_traverse}: the type (a heap type in CPython), groupindex, indexgroup, the source. */
    @Override
    public void traverse(long o, java.util.function.LongConsumer visitor) {
        visitor.accept(typeObject());
        forEachReferent(o, visitor);
    }

    ReModule.Compiled compiled(long o) {
        return engine.get(memory.getInt(o + CODE));
    }

    boolean isBytes(long o) {
        return memory.getInt(o + ISBYTES) != 0;
    }

    long groups(long o) {
        return memory.getLong(o + GROUPS);
    }

    // ---------------------------------------------------------------- the subject

    /**
     * {@code getstring} and {@code state_init}'s checks: the subject's text (a bytes-like subject's
     * bytes as latin-1 characters) cut at {@code endpos}, CPython's TypeErrors for a subject that is
     * neither or does not suit the pattern. A str of the 1- or 2-byte kind is read in place (no copy:
     * {@code p.match(text, pos)} in a tokenizer's loop costs nothing per call for the text's length).
     */
    ReModule.Subject subject(long pattern, long string, long endpos) {
        String text;
        if (space.strType.check(string)) {
            if (isBytes(pattern)) {
                throw new PyException("TypeError", "cannot use a bytes pattern on a string-like object");
            }
            CharSequence inPlace = space.strType.charsInPlace(string);
            if (inPlace != null) {
                return ReModule.Subject.inPlace(inPlace, endpos);
            }
            text = space.strType.value(string);
        } else {
            byte[] bytes;
            try {
                bytes = Abstract.bufferBytes(space, string);
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "TypeError")) {
                    throw e;
                }
                e.release();
                throw new PyException("TypeError", "expected string or bytes-like object, got '" + space.typeOf(string).name + "'");
            }
            if (!isBytes(pattern)) {
                throw new PyException("TypeError", "cannot use a string pattern on a bytes-like object");
            }
            text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new ReModule.Subject(text, endpos);
    }

    /** Argument Clinic's {@code Py_ssize_t} pos and endpos (0 and sys.maxsize when absent). */
    private long[] bounds(long[] p) {
        long pos = p[1] == 0 ? 0 : Abstract.ssize(space, p[1]);
        long endpos = p[2] == 0 ? MAXSIZE : Abstract.ssize(space, p[2]);
        return new long[] {pos, endpos};
    }

    /** {@code state_init}'s clamping of pos into the subject. */
    static int clamp(long pos, ReModule.Subject s) {
        return (int) Math.max(0, Math.min(pos, s.length));
    }

    /**
     * {@code getslice}: {@code string[start:end]} as the pattern's kind: a str's substring (the str
     * itself when it is all of an exact str), bytes of a bytes-like subject (the object itself when it
     * is all of an exact bytes). New reference.
     */
    long slice(long string, ReModule.Subject s, boolean bytes, long start, long end) {
        if (!bytes) {
            if (start == 0 && space.typeOf(string) == space.strType && end == space.strType.length(string)) {
                return space.newRef(string);
            }
            return space.strType.substring(string, start, end);
        }
        if (space.typeOf(string) == space.bytesType) {
            if (start == 0 && end == space.bytesType.length(string)) {
                return space.newRef(string);
            }
            return space.bytesType.slice(string, start, end);
        }
        byte[] v = new byte[(int) (end - start)];
        if (s != null) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (byte) s.text.charAt((int) start + i);
            }
        } else {
            byte[] all = Abstract.bufferBytes(space, string);
            System.arraycopy(all, (int) start, v, 0, (int) Math.min(v.length, Math.max(0, all.length - start)));
        }
        return space.bytesType.of(v);
    }

    // ---------------------------------------------------------------- match, fullmatch, search

    private long single(long self, long[] p, int mode) {
        long[] b = bounds(p);
        long string = p[0];
        ReModule.Subject s = subject(self, string, b[1]);
        int pos = clamp(b[0], s);
        if (b[0] > s.length) {
            return space.newNone();
        }
        Matcher m = ReModule.run(compiled(self).regex, s, pos, mode);
        return m == null ? space.newNone() : matchType.create(self, string, s, m, pos, s.length);
    }

    // ---------------------------------------------------------------- findall, split

    /** {@code pattern_findall}: each match's text, its group's, or the tuple of its groups' ('' for a group that did not take part). */
    private long findall(long self, long[] p) {
        long[] b = bounds(p);
        long string = p[0];
        ReModule.Subject s = subject(self, string, b[1]);
        ReModule.Compiled c = compiled(self);
        boolean bytes = isBytes(self);
        int groups = (int) groups(self);
        long list = space.listType.create();
        try {
            if (b[0] > s.length) {
                return list;
            }
            int at = clamp(b[0], s);
            boolean mustAdvance = false;
            Matcher m;
            while ((m = c.next(s, at, ReModule.FIND, mustAdvance)) != null) {
                long item;
                if (groups == 0) {
                    item = slice(string, s, bytes, s.codePoint(m.start()), s.codePoint(m.end()));
                } else if (groups == 1) {
                    item = groupSlice(string, s, bytes, m, c.javaGroup[1]);
                } else {
                    long[] items = new long[groups];
                    try {
                        for (int g = 1; g <= groups; g++) {
                            items[g - 1] = groupSlice(string, s, bytes, m, c.javaGroup[g]);
                        }
                    } catch (RuntimeException e) {
                        for (long x : items) {
                            space.xdecref(x);
                        }
                        throw e;
                    }
                    item = space.tupleType.createStealing(items);
                }
                space.listType.append(list, item);
                space.decref(item);
                int start = s.codePoint(m.start());
                at = s.codePoint(m.end());
                mustAdvance = start == at;
            }
            return list;
        } catch (RuntimeException e) {
            space.decref(list);
            throw e;
        }
    }

    /** A group's text for findall: the empty slice when the group did not take part. */
    private long groupSlice(long string, ReModule.Subject s, boolean bytes, Matcher m, int javaGroup) {
        int start = m.start(javaGroup);
        if (start < 0) {
            return slice(string, s, bytes, 0, 0);
        }
        return slice(string, s, bytes, s.codePoint(start), s.codePoint(m.end(javaGroup)));
    }

    /** {@code pattern_split}: the pieces between matches, each match's groups among them (None for one that did not take part). */
    private long split(long self, long string, long maxsplit) {
        ReModule.Subject s = subject(self, string, MAXSIZE);
        ReModule.Compiled c = compiled(self);
        boolean bytes = isBytes(self);
        int groups = (int) groups(self);
        long list = space.listType.create();
        try {
            int last = 0, at = 0, n = 0;
            boolean mustAdvance = false;
            Matcher m;
            while ((maxsplit == 0 || n < maxsplit) && (m = c.next(s, at, ReModule.FIND, mustAdvance)) != null) {
                int start = s.codePoint(m.start()), end = s.codePoint(m.end());
                appendStealing(list, slice(string, s, bytes, last, start));
                for (int g = 1; g <= groups; g++) {
                    int j = c.javaGroup[g];
                    appendStealing(list, m.start(j) < 0 ? space.newNone()
                            : slice(string, s, bytes, s.codePoint(m.start(j)), s.codePoint(m.end(j))));
                }
                n++;
                last = end;
                at = end;
                mustAdvance = start == end;
            }
            appendStealing(list, slice(string, s, bytes, last, s.length));
            return list;
        } catch (RuntimeException e) {
            space.decref(list);
            throw e;
        }
    }

    private void appendStealing(long list, long item) {
        try {
            space.listType.append(list, item);
        } finally {
            space.decref(item);
        }
    }

    // ---------------------------------------------------------------- sub, subn

    /**
     * {@code pattern_subx}: the pieces between the matches and each match's replacement, joined
     * by an empty slice of the subject's kind (so a wrong replacement type is the join's
     * TypeError); with {@code n} the number of replacements for subn. A callable is called with
     * each match object (None adds nothing); a str or bytes-like template without a backslash is
     * used as it is; any other goes to {@code re._subx}, which answers a literal or the parsed
     * template {@code (groups, literals)}.
     */
    private long subx(long self, long repl, long string, long count, boolean withCount) {
        long filter = 0;
        boolean callable = false;
        long template = 0;
        if (Abstract.isCallable(space, repl)) {
            filter = space.newRef(repl);
            callable = true;
        } else if (isLiteral(repl)) {
            filter = space.newRef(repl);
        } else {
            long re = table.importModule("re");
            filter = Abstract.callMethod(space, re, "_subx", new long[] {self, repl});
            if (space.tupleType.check(filter)) {
                template = filter;
            } else {
                callable = Abstract.isCallable(space, filter);
            }
        }
        long list = 0;
        try {
            ReModule.Subject s = subject(self, string, MAXSIZE);
            ReModule.Compiled c = compiled(self);
            boolean bytes = isBytes(self);
            list = space.listType.create();
            int last = 0, at = 0, n = 0;
            boolean mustAdvance = false;
            Matcher m;
            while ((count == 0 || n < count) && count >= 0 && (m = c.next(s, at, ReModule.FIND, mustAdvance)) != null) {
                int start = s.codePoint(m.start()), end = s.codePoint(m.end());
                if (last < start) {
                    appendStealing(list, slice(string, s, bytes, last, start));
                }
                if (template != 0) {
                    appendStealing(list, expand(template, string, s, bytes, m, c));
                } else if (callable) {
                    long match = matchType.create(self, string, s, m, 0, s.length);
                    long item;
                    try {
                        item = Abstract.call(space, filter, new long[] {match});
                    } finally {
                        space.decref(match);
                    }
                    if (item != space.none) {
                        appendStealing(list, item);
                    } else {
                        space.decref(item);
                    }
                } else {
                    space.listType.append(list, filter);
                }
                n++;
                last = end;
                at = end;
                mustAdvance = start == end;
            }
            if (last < s.length) {
                appendStealing(list, slice(string, s, bytes, last, s.length));
            }
            long joiner = slice(string, s, bytes, 0, 0);
            long joined;
            try {
                joined = space.listType.size(list) == 1 && n == 0 ? space.newRef(space.listType.item(list, 0))
                        : Abstract.callMethod(space, joiner, "join", new long[] {list});
            } finally {
                space.decref(joiner);
            }
            if (!withCount) {
                return joined;
            }
            long number = space.newInt(n);
            return space.tupleType.createStealing(joined, number);
        } finally {
            space.xdecref(list);
            space.decref(filter);
        }
    }

    /** Whether {@code pattern_subx} takes the replacement as it is: a str or bytes-like object without a backslash. */
    private boolean isLiteral(long repl) {
        if (space.strType.check(repl)) {
            return space.strType.indexOf(repl, '\\', 0, space.strType.length(repl)) < 0;
        }
        try {
            byte[] b = Abstract.bufferBytes(space, repl);
            for (byte x : b) {
                if (x == '\\') {
                    return false;
                }
            }
            return true;
        } catch (PyException e) {
            e.release();
            return false;
        }
    }

    /**
     * {@code re._parser.expand_template} for one match, in Java: the literals with each group's
     * text (or the empty slice) where the template has a group. New reference.
     */
    private long expand(long template, long string, ReModule.Subject s, boolean bytes, Matcher m, ReModule.Compiled c) {
        long groups = space.tupleType.item(template, 0);
        long literals = space.tupleType.item(template, 1);
        long[] items = new long[(int) space.listType.size(literals)];
        for (int i = 0; i < items.length; i++) {
            items[i] = space.listType.item(literals, i);
        }
        long copy = space.listType.create(items);
        try {
            for (long i = 0, n = space.listType.size(groups); i < n; i++) {
                long pair = space.listType.item(groups, i);
                long index = space.intType.longValue(space.tupleType.item(pair, 0));
                int g = (int) space.intType.longValue(space.tupleType.item(pair, 1));
                int j = c.javaGroup[g];
                long text = m.start(j) < 0 ? slice(string, s, bytes, 0, 0)
                        : slice(string, s, bytes, s.codePoint(m.start(j)), s.codePoint(m.end(j)));
                space.decref(space.listType.exchange(copy, index, text));
            }
            long joiner = slice(string, s, bytes, 0, 0);
            try {
                return Abstract.callMethod(space, joiner, "join", new long[] {copy});
            } finally {
                space.decref(joiner);
            }
        } finally {
            space.decref(copy);
        }
    }

    // ---------------------------------------------------------------- scanner

    private long scanner(long self, long[] p) {
        long[] b = bounds(p);
        ReModule.Subject s = subject(self, p[0], b[1]);
        return scannerType.create(self, p[0], s, b[0] > s.length ? -1 : clamp(b[0], s));
    }

    // ---------------------------------------------------------------- repr, comparison, hash

    /** {@code pattern_repr}: {@code re.compile('a+', re.IGNORECASE)}; UNICODE is implied for a str pattern and not shown. */
    @Override
    public String repr(long o) {
        int flags = memory.getInt(o + FLAGS);
        if (!isBytes(o) && (flags & (4 | 32 | 256)) == 32) {
            flags &= ~32;
        }
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE",
            "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                f.append(f.length() == 0 ? "" : "|").append(names[i]);
                flags &= ~(1 << i);
            }
        }
        if (flags != 0) {
            f.append(f.length() == 0 ? "" : "|").append("0x").append(Integer.toHexString(flags));
        }
        String text = Abstract.repr(space, field(o, PATTERN));
        if (text.codePointCount(0, text.length()) > 200) {
            text = text.substring(0, text.offsetByCodePoints(0, 200));
        }
        return f.length() == 0 ? "re.compile(" + text + ")" : "re.compile(" + text + ", " + f + ")";
    }

    /** {@code pattern_richcompare}: == and != only, between patterns of the same source, flags and kind. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || space.typeOf(b) != this) {
            return space.newNotImplemented();
        }
        boolean equal = a == b || (memory.getInt(a + FLAGS) == memory.getInt(b + FLAGS) && isBytes(a) == isBytes(b)
                && memory.getInt(a + CODE) == memory.getInt(b + CODE)
                && Abstract.richCompareBool(space, field(a, PATTERN), field(b, PATTERN), CompareOp.EQ));
        return space.newBool(equal == (op == CompareOp.EQ));
    }

    /** {@code pattern_hash}: the source's hash mixed with the code's. */
    @Override
    public long hash(long o) {
        long h = Abstract.hash(space, field(o, PATTERN)) ^ (31L * memory.getInt(o + FLAGS) + memory.getInt(o + CODE));
        return h == -1 ? -2 : h;
    }
}

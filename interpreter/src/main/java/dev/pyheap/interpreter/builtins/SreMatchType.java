package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;

import java.util.regex.Matcher;

/**
 * {@code re.Match} (Modules/_sre/sre.c's {@code MatchObject}): one successful match, holding its
 * subject and its pattern and where each group is. 3.11's layout, a variable-size object with two
 * marks per group (group 0 the whole match):
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_size (2 * (groups + 1))
 *   +24 string  +32 regs (the spans' tuple, made when first asked)  +40 pattern
 *   +48 pos  +56 endpos  +64 lastindex (-1: none)  +72 groups (the pattern's + 1)
 *   +80 mark[] (start and end of each group, in characters; -1 for a group that did not take part)
 *                                                                  88 bytes + 8 per mark
 * </pre>
 * {@code lastindex} is the group that closed last, as CPython's engine leaves it: of the groups
 * that took part, the one whose end is greatest; of two ending together, the enclosing one, or the
 * later one when it is not inside the other. A group's text is read from the subject when asked
 * ({@code getslice}): a str's substring, bytes for any bytes-like subject.
 */
final class SreMatchType extends StructType {
    static final int STRING = 24, REGS = 32, PATTERN = 40, POS = 48, ENDPOS = 56, LASTINDEX = 64, GROUPS = 72,
            MARK = 80, BASIC = 88;

    private final ModuleTable table;
    private SrePatternType patternType;

    SreMatchType(ObjectSpace space, ModuleTable table) {
        super(space, "re.Match", null, HAVE_GC, BASIC, 8, 0, "string", STRING, "regs", REGS, "pattern", PATTERN);
        this.table = table;
        defineMethod("group", (self, a) -> {
            if (a.length == 0) {
                return slice(self, 0, space.none);
            }
            if (a.length == 1) {
                return slice(self, index(self, a[0]), space.none);
            }
            long[] items = new long[a.length];
            try {
                for (int i = 0; i < a.length; i++) {
                    items[i] = slice(self, index(self, a[i]), space.none);
                }
            } catch (RuntimeException e) {
                for (long x : items) {
                    space.xdecref(x);
                }
                throw e;
            }
            return space.tupleType.createStealing(items);
        });
        packsArguments("group");
        defineMethod("start", (self, a) -> {
            int g = index(self, group(a, "start"));
            return space.newInt(memory.getLong(self + MARK + 16L * g));
        });
        defineMethod("end", (self, a) -> {
            int g = index(self, group(a, "end"));
            return space.newInt(memory.getLong(self + MARK + 16L * g + 8));
        });
        defineMethod("span", (self, a) -> span(self, index(self, group(a, "span"))));
        defineMethod("groups", (PyMethod.WithKeywords) (self, a) -> {
            long def = a.unpack(0, "default")[0];
            def = def == 0 ? space.none : def;
            int n = (int) memory.getLong(self + GROUPS);
            long[] items = new long[n - 1];
            try {
                for (int g = 1; g < n; g++) {
                    items[g - 1] = slice(self, g, def);
                }
            } catch (RuntimeException e) {
                for (long x : items) {
                    space.xdecref(x);
                }
                throw e;
            }
            return space.tupleType.createStealing(items);
        });
        defineMethod("groupdict", (PyMethod.WithKeywords) (self, a) -> {
            long def = a.unpack(0, "default")[0];
            long d = def == 0 ? space.none : def;
            long result = space.dictType.create();
            try {
                long index = patternType.field(field(self, PATTERN), SrePatternType.GROUPINDEX);
                if (index == 0) {
                    return result;
                }
                long keys = space.dictType.itemsList(index);
                try {
                    for (long i = 0, n = space.listType.size(keys); i < n; i++) {
                        long key = space.tupleType.item(space.listType.item(keys, i), 0);
                        long value = slice(self, index(self, key), d);
                        try {
                            space.dictType.setItem(result, key, value);
                        } finally {
                            space.decref(value);
                        }
                    }
                } finally {
                    space.decref(keys);
                }
                return result;
            } catch (RuntimeException e) {
                space.decref(result);
                throw e;
            }
        });
        defineMethod("expand", (PyMethod.WithKeywords) (self, a) -> {
            long template = a.unpack(1, "template")[0];
            long re = table.importModule("re");
            return Abstract.callMethod(space, re, "_expand", new long[] {field(self, PATTERN), self, template});
        });
        defineMethod("__copy__", (self, a) -> {
            Args.none("__copy__", a);
            return space.newRef(self);
        });
        defineMethod("__deepcopy__", (self, a) -> {
            Args.one("__deepcopy__", a);
            return space.newRef(self);
        });
    }

    void bind(SrePatternType patternType) {
        this.patternType = patternType;
    }

    /** The optional positional-only {@code group} argument of start, end and span (0 when absent). */
    private long group(long[] a, String method) {
        if (a.length > 1) {
            throw new PyException("TypeError", method + " expected at most 1 argument, got " + a.length);
        }
        return a.length == 0 ? 0 : a[0];
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.MP_SUBSCRIPT));
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
        var members = space.memberDescrType;
        putInDict("string", members.createAccessor(this, "string", o -> space.newRef(field(o, STRING)), null));
        putInDict("re", members.createAccessor(this, "re", o -> space.newRef(field(o, PATTERN)), null));
        putInDict("pos", members.createAccessor(this, "pos", o -> space.newInt(memory.getLong(o + POS)), null));
        putInDict("endpos", members.createAccessor(this, "endpos", o -> space.newInt(memory.getLong(o + ENDPOS)), null));
        var getsets = space.getSetDescrType;
        putInDict("lastindex", getsets.create(this, "lastindex", o -> {
            long last = memory.getLong(o + LASTINDEX);
            return last < 0 ? space.newNone() : space.newInt(last);
        }, null));
        putInDict("lastgroup", getsets.create(this, "lastgroup", o -> {
            long last = memory.getLong(o + LASTINDEX);
            if (last < 0) {
                return space.newNone();
            }
            long names = patternType.field(field(o, PATTERN), SrePatternType.INDEXGROUP);
            return space.newRef(names != 0 && last < space.tupleType.size(names) ? space.tupleType.item(names, last) : space.none);
        }, null));
        putInDict("regs", getsets.create(this, "regs", this::regs, null));
        putInDict("__doc__", space.strType.runtime("The result of re.match() and re.search().\n"
                + "Match objects always have a boolean value of True."));
        putInDict("__module__", space.strType.runtime("re"));
    }

    @Override
    public long tpFlags() {
        return (super.tpFlags() & ~HAVE_VERSION_TAG) | HEAPTYPE | IMMUTABLETYPE | SrePatternType.DISALLOW_INSTANTIATION;
    }

    /**
     * {@code pattern_new_match}: the match object of {@code m} over {@code subject} (its text
     * {@code s}), searched from pos to endpos. New reference.
     */
    long create(long pattern, long subject, ReModule.Subject s, Matcher m, long pos, long endpos) {
        ReModule.Compiled c = patternType.compiled(pattern);
        int groups = (int) patternType.groups(pattern) + 1;
        long size = BASIC + 16L * groups;
        long o = space.newGcObject(this, size, 0);
        memory.fill(o + 16, size - 16, (byte) 0);
        memory.putLong(o + 16, 2L * groups);
        memory.putLong(o + STRING, space.newRef(subject));
        memory.putLong(o + PATTERN, space.newRef(pattern));
        memory.putLong(o + POS, pos);
        memory.putLong(o + ENDPOS, endpos);
        memory.putLong(o + GROUPS, groups);
        int best = -1, bestEnd = -1;
        for (int g = 0; g < groups; g++) {
            int j = c.javaGroup[g];
            int start = m.start(j);
            long at = o + MARK + 16L * g;
            if (start < 0) {
                memory.putLong(at, -1);
                memory.putLong(at + 8, -1);
                continue;
            }
            int end = s.codePoint(m.end(j));
            memory.putLong(at, s.codePoint(start));
            memory.putLong(at + 8, end);
            if (g == 0) {
                continue;
            }
            if (end > bestEnd) {
                best = g;
                bestEnd = end;
            } else if (end == bestEnd) {
                int inside = c.parent[g];
                while (inside >= 0 && inside != best) {
                    inside = c.parent[inside];
                }
                if (inside < 0) {
                    best = g;
                }
            }
        }
        memory.putLong(o + LASTINDEX, best);
        space.track(o);
        return o;
    }

    /**
     * {@code match_getindex}: the group an index names, an int (or an object with
     * {@code __index__}) or a group's name; IndexError {@code no such group} otherwise.
     */
    int index(long o, long group) {
        long pattern = field(o, PATTERN);
        long groups = memory.getLong(o + GROUPS);
        long i = -1;
        if (group == 0) {
            i = 0;
        } else {
            PyType t = space.typeOf(group);
            if (t.hasFlag(LONG_SUBCLASS) || t.specialMethod("__index__") != 0 || t.hasIndexSlot()) {
                long v = Abstract.numberIndex(space, group);
                try {
                    i = space.intType.fitsLong(v) ? space.intType.longValue(v) : space.intType.bigValue(v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
                } finally {
                    space.decref(v);
                }
            } else {
                long index = patternType.field(pattern, SrePatternType.GROUPINDEX);
                long found = index == 0 ? 0 : space.dictType.get(index, group);
                if (found != 0 && space.intType.check(found)) {
                    i = space.intType.longValue(found);
                }
            }
        }
        if (i < 0 || i >= groups) {
            throw new PyException("IndexError", "no such group");
        }
        return (int) i;
    }

    /** {@code match_getslice_by_index}: group {@code g}'s text, or {@code def} when it did not take part. New reference. */
    long slice(long o, int g, long def) {
        long start = memory.getLong(o + MARK + 16L * g), end = memory.getLong(o + MARK + 16L * g + 8);
        if (start < 0) {
            return space.newRef(def);
        }
        return patternType.slice(field(o, STRING), null, patternType.isBytes(field(o, PATTERN)), start, end);
    }

    private long span(long o, int g) {
        long start = space.newInt(memory.getLong(o + MARK + 16L * g));
        long end = space.newInt(memory.getLong(o + MARK + 16L * g + 8));
        return space.tupleType.createStealing(start, end);
    }

    /** {@code match_regs}: each group's span, the tuple kept once made. */
    private long regs(long o) {
        long regs = field(o, REGS);
        if (regs == 0) {
            int n = (int) memory.getLong(o + GROUPS);
            long[] items = new long[n];
            for (int g = 0; g < n; g++) {
                items[g] = span(o, g);
            }
            regs = space.tupleType.createStealing(items);
            memory.putLong(o + REGS, regs);
        }
        return space.newRef(regs);
    }

    /** {@code match_traverse}: the type (a heap type in CPython), the subject, regs, the pattern. */
    @Override
    public void traverse(long o, java.util.function.LongConsumer visitor) {
        visitor.accept(typeObject());
        forEachReferent(o, visitor);
    }

    /** {@code match_getitem}: {@code m[g]} is {@code m.group(g)}. */
    @Override
    public long getItem(long o, long key) {
        return slice(o, index(o, key), space.none);
    }

    /** {@code match_repr}: {@code <re.Match object; span=(0, 1), match='a'>}, the text's repr cut at 50 characters. */
    @Override
    public String repr(long o) {
        long text = slice(o, 0, space.none);
        String r;
        try {
            r = Abstract.repr(space, text);
        } finally {
            space.decref(text);
        }
        if (r.codePointCount(0, r.length()) > 50) {
            r = r.substring(0, r.offsetByCodePoints(0, 50));
        }
        return "<" + name + " object; span=(" + memory.getLong(o + MARK) + ", " + memory.getLong(o + MARK + 8) + "), match=" + r + ">";
    }
}

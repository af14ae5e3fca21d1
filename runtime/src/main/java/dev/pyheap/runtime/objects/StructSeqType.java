package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * A struct sequence type (Objects/structseq.c): a subclass of {@code tuple} whose items also have
 * names ({@code sys.version_info.major}), made at run time for a module ({@code sys.version_info},
 * {@code sys.float_info}, {@code sys.int_info}, {@code sys.hash_info}, {@code sys.flags}). Its
 * instances have the tuple's layout exactly, so {@code sys.getsizeof} is the tuple's
 * {@code 40 + 8n}:
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt   +8 ob_type   +16 ob_size (n)   +24 ob_item[n]
 * </pre>
 * Everything a tuple does (length, items, slices that give plain tuples, iteration, hashing,
 * comparison, {@code +}, {@code *}) is the tuple's slot on the same memory; a struct sequence adds a
 * getter per field, {@code n_fields}, {@code n_sequence_fields}, {@code n_unnamed_fields},
 * {@code __match_args__}, its repr {@code sys.version_info(major=3, ...)} and {@code __reduce__}.
 * The last fields may be hidden ({@code time.struct_time}'s {@code tm_zone} and {@code tm_gmtoff}):
 * they are stored after the visible items, {@code ob_size} counts only the visible ones (so length,
 * indexing, iteration, comparison and {@code sys.getsizeof} see those: 3.11's {@code tp_basicsize}
 * does not count the hidden ones), and only their attributes, {@code n_fields} and
 * {@code __reduce__}'s dict show them. A field may also be unnamed ({@code null} here,
 * {@code PyStructSequence_UnnamedField}: {@code os.stat_result}'s integer times at 7-9): it has no
 * member, so the members, {@code __match_args__}, the repr's labels and {@code __reduce__}'s keys
 * are the named fields in order, the i-th visible item labelled by the i-th member as
 * {@code structseq_repr} does. Like CPython's, such a type is not
 * subclassable; {@code sys.version_info} and {@code sys.flags} refuse to be called, while others take one sequence of exactly their fields.
 */
public final class StructSeqType extends PyType {
    private final String[] fields;
    /** The named fields in order ({@code tp_members}): {@link #fields} without the unnamed ones. */
    private final String[] members;
    private final int visible;
    private final boolean constructible;
    /** A module's own {@code tp_new} around {@code structseq_new} (posixmodule's {@code statresult_new}), or null. */
    private java.util.function.LongConsumer afterNew;

    /**
     * @param name          the dotted name ({@code "sys.version_info"}): {@code __module__} and {@code __name__}
     * @param constructible whether {@code type(x)(sequence)} makes one (CPython clears {@code tp_new} for some)
     */
    public StructSeqType(ObjectSpace space, String name, boolean constructible, String... fields) {
        this(space, name, constructible, fields.length, fields);
    }

    /**
     * @param visible how many of the fields are items of the sequence ({@code n_sequence_fields}); the
     *                rest are hidden, reachable only by name
     */
    public StructSeqType(ObjectSpace space, String name, boolean constructible, int visible, String... fields) {
        super(space, name, space.tupleType, TUPLE_SUBCLASS | HAVE_GC | SEQUENCE | IMMUTABLETYPE, TupleType.ITEMS, 8);
        if (visible < 0 || visible > fields.length) {
            throw new IllegalArgumentException(name + ": " + visible + " visible fields of " + fields.length);
        }
        this.fields = fields.clone();
        this.members = java.util.Arrays.stream(fields).filter(java.util.Objects::nonNull).toArray(String[]::new);
        this.visible = visible;
        this.constructible = constructible;
        defineMethod("__reduce__", (self, args) -> {
            Args.none(name + ".__reduce__", args);
            long items = copy(self);
            long empty = space.dictType.create();
            for (int i = visible; i < this.fields.length; i++) {
                space.dictType.setItemString(empty, members[i - unnamed()], field(self, i));
            }
            long inner = space.tupleType.create(items, empty);
            try {
                return space.tupleType.create(typeObject(), inner);
            } finally {
                space.decref(items);
                space.decref(empty);
                space.decref(inner);
            }
        });
    }

    /** The instance holding {@code values} (borrowed; one per field). New reference, tracked. */
    public long create(long... values) {
        if (values.length != fields.length) {
            throw new IllegalArgumentException(name + " has " + fields.length + " fields, not " + values.length);
        }
        long o = space.newGcObject(this, TupleType.ITEMS + 8L * values.length, 0);
        memory.putLong(o + Layout.OB_SIZE, visible);
        for (int i = 0; i < values.length; i++) {
            memory.putLong(o + TupleType.ITEMS + 8L * i, space.newRef(values[i]));
        }
        space.track(o);
        return o;
    }

    /** Field {@code i}, visible or hidden. Borrowed. */
    public long field(long o, int i) {
        return memory.getLong(o + TupleType.ITEMS + 8L * i);
    }

    /** Stores a new reference to {@code value} as field {@code i} of an instance being made, releasing the old one. */
    public void setField(long o, int i, long value) {
        long old = field(o, i);
        memory.putLong(o + TupleType.ITEMS + 8L * i, space.newRef(value));
        space.xdecref(old);
    }

    /** {@code n_unnamed_fields}. */
    private int unnamed() {
        return fields.length - members.length;
    }

    /**
     * Runs {@code fixup} on each instance {@code type(x)(sequence, dict)} makes, after
     * {@code structseq_new} filled it: a module's own {@code tp_new} (posixmodule's
     * {@code statresult_new}).
     */
    public StructSeqType afterNew(java.util.function.LongConsumer fixup) {
        this.afterNew = fixup;
        return this;
    }

    /** A plain tuple of the items. New reference. */
    private long copy(long o) {
        long[] items = new long[(int) space.tupleType.size(o)];
        for (int i = 0; i < items.length; i++) {
            items[i] = space.tupleType.item(o, i);
        }
        return space.tupleType.create(items);
    }

    @Override
    protected void fillDict() {
        java.util.List<Long> names = new java.util.ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                continue; // an unnamed field has no member
            }
            int index = i;
            // structseq's fields are READONLY members
            putInDict(fields[i], space.memberDescrType.createAccessor(this, fields[i], o -> space.newRef(field(o, index)), (o, v) -> {
                throw new PyException("AttributeError", "readonly attribute"); // a READONLY member's message
            }));
            if (i < visible) {
                names.add(space.strType.literalName(fields[i])); // __match_args__: the named visible fields
            }
        }
        putInDict("__match_args__", space.tupleType.create(names.stream().mapToLong(Long::longValue).toArray()));
        for (long n : names) {
            space.decref(n);
        }
        putInDict("n_sequence_fields", space.newInt(visible));
        putInDict("n_fields", space.newInt(fields.length));
        putInDict("n_unnamed_fields", space.newInt(unnamed()));
    }

    /** A type whose {@code tp_new} CPython clears ({@code sys.flags}, {@code sys.version_info}) has no {@code __new__}. */
    @Override
    protected boolean ownNew() {
        return constructible && super.ownNew();
    }

    /** {@code structseq_new(type, sequence, dict=None)}: exactly this type's number of items. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (!constructible) {
            return super.tpNew(subtype, args, kwargs);
        }
        // Argument Clinic's structseq_new: its messages name "structseq", the length checks the type
        long[] parsed = Constructors.clinic(space, args, kwargs, "structseq", 1, "sequence", "dict");
        long fast = Abstract.sequenceFast(space, parsed[0], "constructor requires a sequence");
        long t;
        try {
            t = Abstract.sequenceTuple(space, fast);
        } finally {
            space.decref(fast);
        }
        try {
            long dict = parsed[1];
            if (dict == space.none) {
                dict = 0;
            }
            if (dict != 0 && !space.dictType.check(dict)) {
                throw new PyException("TypeError", name + "() takes a dict as second arg, if any");
            }
            long given = space.tupleType.size(t);
            if (given < visible || given > fields.length) {
                String count = visible == fields.length ? "a " + visible
                        : given < visible ? "an at least " + visible : "an at most " + fields.length;
                throw new PyException("TypeError", name + "() takes " + count + "-sequence (" + given + "-sequence given)");
            }
            long[] values = new long[fields.length];
            for (int i = 0; i < values.length; i++) {
                // a missing field from the dict under tp_members[i - n_unnamed_fields].name
                long fromDict = i >= given && dict != 0 ? space.dictType.getItemString(dict, members[i - unnamed()]) : 0;
                values[i] = i < given ? space.tupleType.item(t, i) : fromDict != 0 ? fromDict : space.none;
            }
            long o = create(values);
            if (afterNew != null) {
                try {
                    afterNew.accept(o);
                } catch (RuntimeException e) {
                    space.decref(o);
                    throw e;
                }
            }
            return o;
        } finally {
            space.decref(t);
        }
    }

    @Override
    public String repr(long o) {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < visible; i++) {
            b.append(i == 0 ? "" : ", ").append(members[i]).append('=')
                    .append(Abstract.repr(space, space.tupleType.item(o, i)));
        }
        return b.append(')').toString();
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        for (int i = fields.length - 1; i >= 0; i--) {
            space.xdecref(field(o, i));
        }
        space.typeOf(o).tpFree(o);
    }

    // ------------------------------------------------------------------ the tuple's slots, on the same layout

    @Override
    public long length(long o) {
        return space.tupleType.length(o);
    }

    @Override
    public long lengthHint(long o) {
        return space.tupleType.lengthHint(o);
    }

    @Override
    public boolean isTrue(long o) {
        return space.tupleType.isTrue(o);
    }

    @Override
    public long sequenceItem(long o, long index) {
        return space.tupleType.sequenceItem(o, index);
    }

    @Override
    public long getItem(long o, long key) {
        return space.tupleType.getItem(o, key);
    }

    @Override
    public boolean contains(long o, long v) {
        return space.tupleType.contains(o, v);
    }

    @Override
    public long concat(long a, long b) {
        return space.tupleType.concat(a, b);
    }

    @Override
    public boolean hasRepeat() {
        return true;
    }

    @Override
    public long repeat(long a, long count) {
        return space.tupleType.repeat(a, count);
    }

    @Override
    public long iter(long o) {
        return space.tupleType.iter(o);
    }

    @Override
    public long hash(long o) {
        return space.tupleType.hash(o);
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        return space.tupleType.richCompare(a, b, op);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        space.tupleType.forEachReferent(o, visitor);
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        return space.tupleType.referentName(o, ordinal, text);
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR); // structseq_repr; the rest is tuple's
    }
}

package dev.pyheap.runtime.objects;


/**
 * {@code dict_keys}, {@code dict_values}, {@code dict_items} (Objects/dictobject.c,
 * {@code _PyDictViewObject}): a live view of a dict, the dict at +16; GC-capable,
 * {@code sys.getsizeof} 40. Length, iteration, containment, repr, and for keys and items the set
 * comparisons and operators ({@code &}, {@code |}, {@code -}, {@code ^}) giving sets.
 * Iterating a view makes the dict iterator of its kind ({@link DictIterType}), which holds the dict.
 * {@code OrderedDict}'s views are subtypes (their own iteration, the rest of these slots).
 */
public final class DictViewType extends StructType {
    /** The slot structs CPython's static type declares: dictviews_as_number (set operations) for keys and items, dictkeys_as_sequence, dictitems_as_sequence, dictvalues_as_sequence. */
    @Override
    protected int ownSlotStructs() {
        return kind == Kind.VALUES ? AS_SEQUENCE : AS_NUMBER | AS_SEQUENCE;
    }

    /** Which view. */
    enum Kind { KEYS, VALUES, ITEMS }

    static final int DICT = 16;
    private final Kind kind;

    DictViewType(ObjectSpace space, Kind kind) {
        super(space, "dict_" + kind.name().toLowerCase(), null, HAVE_GC | IMMUTABLETYPE, 24, 0, 0, "dict", DICT);
        this.kind = kind;
        if (kind != Kind.VALUES) {
            defineMethod("isdisjoint", (self, args) -> space.newBool(isDisjoint(self, Args.one(name + ".isdisjoint", args))));
        }
        defineMethod("__reversed__", (self, args) -> {
            Args.none("dict_" + kind.name().toLowerCase() + ".__reversed__", args);
            long d = field(self, DICT);
            return switch (kind) {
                case KEYS -> space.dictRevKeyIterType.create(d);
                case VALUES -> space.dictRevValueIterType.create(d);
                case ITEMS -> space.dictRevItemIterType.create(d);
            };
        });
    }

    /**
     * {@code dictviews_isdisjoint}: no item of {@code other} is in the view; with a set or a view
     * longer than this one, this view's items are looked up in it instead (the shorter is iterated).
     */
    private boolean isDisjoint(long self, long other) {
        if (self == other) {
            return length(self) == 0;
        }
        long container = self;
        long iterated = other;
        PyType ot = space.typeOf(other);
        if (space.setType.anySet(other) || ot.isSubtypeOf(space.dictKeysType)
                || ot.isSubtypeOf(space.dictItemsType)) {
            if (Abstract.length(space, other) > length(self)) {
                container = other;
                iterated = self;
            }
        }
        long it = Abstract.getIter(space, iterated);
        try {
            for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                try {
                    if (Abstract.contains(space, container, x)) {
                        return false;
                    }
                } finally {
                    space.decref(x);
                }
            }
            return true;
        } finally {
            space.decref(it);
        }
    }

    /** {@code dictview_getset}: {@code mapping}, a read-only proxy of the viewed dict. */
    @Override
    protected void fillDict() {
        putInDict("mapping", space.getSetDescrType.create(this, "mapping",
                o -> space.mappingProxyType.create(field(o, DICT)), null));
    }

    /** A view of {@code dict} (borrowed). New reference. */
    long create(long dict) {
        long v = allocateStruct(24);
        setField(v, DICT, dict);
        space.track(v);
        return v;
    }

    @Override
    public long length(long v) {
        return space.dictType.size(field(v, DICT));
    }

    /** Sized: {@code PyObject_LengthHint} is the length ({@code list(x)} and {@code extend} preallocate from it). */
    @Override
    public long lengthHint(long o) {
        return length(o);
    }

    @Override
    public boolean isTrue(long v) {
        return length(v) != 0;
    }

    @Override
    public long iter(long v) {
        long d = field(v, DICT);
        return switch (kind) {
            case KEYS -> space.dictKeyIterType.create(d);
            case VALUES -> space.dictValueIterType.create(d);
            case ITEMS -> space.dictItemIterType.create(d);
        };
    }

    @Override
    public boolean contains(long v, long x) {
        long d = field(v, DICT);
        return switch (kind) {
            case KEYS -> space.dictType.get(d, x) != 0;
            case VALUES -> super.contains(v, x);
            case ITEMS -> {
                if (!space.tupleType.check(x) || space.tupleType.size(x) != 2) {
                    yield false;
                }
                long found = space.dictType.get(d, space.tupleType.item(x, 0));
                yield found != 0 && Abstract.equal(space, found, space.tupleType.item(x, 1));
            }
        };
    }

    /**
     * {@code PyDictViewSet_Check}: the keys or items view type {@code o} is an instance of (a subclass,
     * as OrderedDict's views, included), whose slots read its dict; null for anything else.
     */
    private DictViewType setLikeView(long o) {
        for (PyType t : space.typeOf(o).mro()) {
            if (t instanceof DictViewType view) {
                return view.kind == Kind.VALUES ? null : view;
            }
        }
        return null;
    }

    /** {@code dictviews_to_set}: a keys view's dict goes in as a dict does (the table sized for it); anything else is iterated. */
    private long toSet(long o) {
        long s = space.setType.create();
        try {
            DictViewType view = setLikeView(o);
            space.setType.update(s, view != null && view.kind == Kind.KEYS ? field(o, DICT) : o);
        } catch (RuntimeException e) {
            space.decref(s);
            throw e;
        }
        return s;
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        // PyAnySet_Check || PyDictViewSet_Check: a set, or a keys or items view (OrderedDict's are subtypes)
        PyType bt = space.typeOf(b);
        if (kind == Kind.VALUES || !(space.setType.check(b) || bt.isSubtypeOf(space.dictKeysType) || bt.isSubtypeOf(space.dictItemsType))) {
            return space.newNotImplemented();
        }
        // dictview_richcompare: the sizes first, then each item of the smaller side looked up in the
        // other with `in` (an items view compares values, so unhashable values are fine)
        long la = Abstract.length(space, a);
        long lb = Abstract.length(space, b);
        boolean ok = switch (op) {
            case EQ, NE -> la == lb && allContainedIn(a, b);
            case LT -> la < lb && allContainedIn(a, b);
            case LE -> la <= lb && allContainedIn(a, b);
            case GT -> la > lb && allContainedIn(b, a);
            case GE -> la >= lb && allContainedIn(b, a);
        };
        return space.newBool(op == CompareOp.NE ? !ok : ok);
    }

    /** {@code all_contained_in}: whether every item {@code self} iterates is {@code in other}. */
    private boolean allContainedIn(long self, long other) {
        long it = Abstract.getIter(space, self);
        try {
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it)) {
                try {
                    if (!Abstract.contains(space, other, item)) {
                        return false;
                    }
                } finally {
                    space.decref(item);
                }
            }
            return true;
        } finally {
            space.decref(it);
        }
    }

    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (kind == Kind.VALUES || (op != BinaryOp.AND && op != BinaryOp.OR && op != BinaryOp.SUBTRACT && op != BinaryOp.XOR)) {
            return space.newNotImplemented();
        }
        if (op == BinaryOp.AND) {
            return intersect(v, w);
        }
        // dictviews_sub / _or / _xor: the left operand (a view, or what the view is reflected against) as a
        // set, then the set's in-place method with the right one
        long result = toSet(v);
        try {
            switch (op) {
                case SUBTRACT -> space.setType.differenceUpdate(result, w);
                case OR -> space.setType.update(result, w);
                default -> space.setType.symmetricDifferenceUpdate(result, w);
            }
        } catch (RuntimeException e) {
            space.decref(result);
            throw e;
        }
        return result;
    }

    /**
     * {@code _PyDictView_Intersect}: with the view as {@code self}, a larger exact set does the work
     * ({@code other.intersection(self)}); else the smaller of two views, or the other operand, is
     * iterated and its keys the larger view contains are added to a new set.
     */
    private long intersect(long v, long w) {
        long self = v, other = w;
        DictViewType selfType = setLikeView(self);
        if (selfType == null) {
            self = w;
            other = v;
            selfType = setLikeView(self);
        }
        long lenSelf = selfType.length(self);
        if (space.setType.checkExact(other) && lenSelf <= Abstract.length(space, other)) {
            return space.setType.intersection(other, self);
        }
        DictViewType otherType = setLikeView(other);
        if (otherType != null && otherType.length(other) > lenSelf) {
            long t = self;
            self = other;
            other = t;
            selfType = otherType;
        }
        long result = space.setType.create();
        long it = Abstract.getIter(space, other);
        try {
            for (long key = Abstract.iterNext(space, it); key != 0; key = Abstract.iterNext(space, it)) {
                try {
                    if (selfType.contains(self, key)) {
                        space.setType.add(result, key);
                    }
                } finally {
                    space.decref(key);
                }
            }
        } catch (RuntimeException e) {
            space.decref(result);
            throw e;
        } finally {
            space.decref(it);
        }
        return result;
    }

    @Override
    public long hash(long v) {
        if (kind == Kind.VALUES) { // no tp_richcompare of its own: object's identity hash, as in CPython
            return super.hash(v);
        }
        throw unhashable();
    }

    @Override
    public String repr(long v) {
        long list = Abstract.sequenceList(space, v);
        try {
            return space.typeOf(v).name + "(" + Abstract.repr(space, list) + ")"; // dictview_repr: Py_TYPE(dv)'s name
        } finally {
            space.decref(list);
        }
    }


    /**
     * The keys and items views are set-like (the comparisons, contains, the set operators); the
     * values view only iterates, has a length and a repr.
     */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return kind == Kind.VALUES
                ? adjusted(super.slots(), java.util.List.of(), SlotWrappers.Slot.TP_RICHCOMPARE, SlotWrappers.Slot.SQ_CONTAINS, SlotWrappers.Slot.TP_HASH)
                : adjusted(super.slots(), SlotWrappers.SET_OPERATORS, SlotWrappers.Slot.TP_HASH);
    }

    /** The set-like views compare by value, so they are unhashable ({@code __hash__ = None}); the values view hashes by identity. */
    @Override
    protected boolean hashIsNone() {
        return kind != Kind.VALUES;
    }
}

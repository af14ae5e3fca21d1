package dev.pyheap.runtime.objects;

/**
 * {@code generic_alias_iterator} (Objects/genericaliasobject.c, {@code gaiterobject}): what
 * {@code iter(list[int])} makes, for {@code *list[int]} and {@code *tuple[int, str]}: it gives
 * the starred alias once, then drops the alias. 40 bytes as CPython's {@code sys.getsizeof}:
 * the alias at +16 (0 once exhausted). Pickled as {@code iter(alias)}, or {@code iter(())} exhausted.
 */
final class GenericAliasIterType extends StructType {
    static final int OBJ = 16;
    static final int SIZE = 24;

    GenericAliasIterType(ObjectSpace space) {
        super(space, "generic_alias_iterator", null, HAVE_GC, SIZE, 0, 0, "obj", OBJ);
        defineMethod("__reduce__", (self, args) -> {
            Args.none("__reduce__", args);
            long obj = field(self, OBJ);
            long callArgs = obj != 0 ? space.tupleType.create(obj) : space.tupleType.createStealing(space.tupleType.create());
            try {
                return space.tupleType.create(space.moduleType.builtin("iter"), callArgs);
            } finally {
                space.decref(callArgs);
            }
        });
    }

    /** {@code ga_iter(alias)}. New reference. */
    long create(long alias) {
        long it = allocateStruct(SIZE);
        setField(it, OBJ, alias);
        space.track(it);
        return it;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    /** {@code _Py_GenericAliasIterType} sets no {@code tp_getattro}: object's, without a wrapper of its own. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(), SlotWrappers.Slot.TP_GETATTRO);
    }

    /** {@code ga_iternext}: {@code *origin[args]} (always a {@code types.GenericAlias}), once. */
    @Override
    public long iterNext(long it) {
        long obj = field(it, OBJ);
        if (obj == 0) {
            return 0;
        }
        GenericAliasType ga = space.genericAliasType;
        long starred = ga.create(ga.origin(obj), ga.args(obj));
        ga.setStarred(starred, true);
        putField(it, OBJ, 0);
        return starred;
    }
}

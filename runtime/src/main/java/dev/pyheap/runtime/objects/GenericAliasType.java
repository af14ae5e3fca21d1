package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code types.GenericAlias} (Objects/genericaliasobject.c, {@code gaobject}): what
 * {@code list[int]}, {@code dict[str, int]} and {@code tuple[int, ...]} make (PEP 585). 80 bytes
 * as CPython's {@code sys.getsizeof}:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 origin  +24 args  +32 parameters (made when first asked)
 *   +40 weakreflist  +48 starred (bool, padded)  +56 vectorcall
 * </pre>
 * Any attribute but the few of {@link #OWN} is the origin's ({@code list[int].append},
 * {@code ga_getattro}); calling it makes the origin's instance and sets its {@code __orig_class__}
 * where it can; {@code alias[...]} substitutes its parameters ({@link GenericAliases#substitute});
 * {@code *tuple[int]} (iterating it) is the starred alias. Subclassable: collections.abc's
 * {@code _CallableGenericAlias} is one.
 */
final class GenericAliasType extends StructType {
    static final int ORIGIN = 16, ARGS = 24, PARAMETERS = 32, WEAKLIST = 40, STARRED = 48;
    static final int SIZE = 64;

    /** {@code attr_exceptions}: the names {@code ga_getattro} looks up on the alias, not its origin. */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__");
    /** The same in {@code ga_dir}'s order. */
    private static final String[] OWN_ORDER = {"__class__", "__origin__", "__args__", "__unpacked__",
        "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__"};

    GenericAliasType(ObjectSpace space) {
        super(space, "types.GenericAlias", null, HAVE_GC | BASETYPE | HAVE_VECTORCALL, SIZE, 0, WEAKLIST,
                "__origin__", ORIGIN, "__args__", ARGS, "__parameters__", PARAMETERS);
        defineMethod("__mro_entries__", (self, args) -> {
            Args.one("__mro_entries__", args);
            return space.tupleType.create(field(self, ORIGIN));
        });
        defineMethod("__instancecheck__", (self, args) -> {
            Args.one("__instancecheck__", args);
            throw new PyException("TypeError", "isinstance() argument 2 cannot be a parameterized generic");
        });
        defineMethod("__subclasscheck__", (self, args) -> {
            Args.one("__subclasscheck__", args);
            throw new PyException("TypeError", "issubclass() argument 2 cannot be a parameterized generic");
        });
        // ga_reduce: type(self)(origin, args); a starred alias is next(iter(origin[args]))
        defineMethod("__reduce__", (self, args) -> {
            Args.none("__reduce__", args);
            if (starred(self)) {
                long plain = create(field(self, ORIGIN), field(self, ARGS));
                long it;
                try {
                    it = Abstract.getIter(space, plain);
                } finally {
                    space.decref(plain);
                }
                long callArgs = space.tupleType.createStealing(it);
                try {
                    return space.tupleType.create(space.moduleType.builtin("next"), callArgs);
                } finally {
                    space.decref(callArgs);
                }
            }
            long callArgs = space.tupleType.create(field(self, ORIGIN), field(self, ARGS));
            try {
                return space.tupleType.create(memory.getLong(self + Layout.OB_TYPE), callArgs);
            } finally {
                space.decref(callArgs);
            }
        });
        // ga_dir: the origin's dir() and the names the alias keeps for itself
        defineMethod("__dir__", (self, args) -> {
            Args.none("__dir__", args);
            long dir = Abstract.call(space, space.moduleType.builtin("dir"), new long[] {field(self, ORIGIN)});
            try {
                for (String n : OWN_ORDER) {
                    long name = space.strType.literalName(n);
                    try {
                        if (!Abstract.contains(space, dir, name)) {
                            space.listType.append(dir, name);
                        }
                    } finally {
                        space.decref(name);
                    }
                }
            } catch (RuntimeException e) {
                space.decref(dir);
                throw e;
            }
            return dir;
        });
    }

    /** {@code Py_GenericAlias(origin, args)}: a new alias ({@code args} not a tuple: a one-tuple of it). New reference. */
    long create(long origin, long args) {
        long a = allocateStruct(SIZE);
        setup(a, origin, args);
        space.track(a);
        return a;
    }

    /** {@code setup_ga}. */
    private void setup(long a, long origin, long args) {
        setField(a, ORIGIN, origin);
        if (space.tupleType.check(args)) {
            setField(a, ARGS, args);
        } else {
            putField(a, ARGS, space.tupleType.create(args));
        }
    }

    /** {@code _PyGenericAlias_Check}: this type or a subclass's instance. */
    boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    boolean starred(long a) {
        return memory.getLong(a + STARRED) != 0;
    }

    void setStarred(long a, boolean starred) {
        memory.putLong(a + STARRED, starred ? 1 : 0);
    }

    /** Borrowed. */
    long origin(long a) {
        return field(a, ORIGIN);
    }

    /** Borrowed. */
    long args(long a) {
        return field(a, ARGS);
    }

    /** {@code ga_parameters}: {@code __parameters__}, gathered the first time it is asked for. Borrowed. */
    long parameters(long a) {
        if (field(a, PARAMETERS) == 0) {
            long p = GenericAliases.makeParameters(space, field(a, ARGS));
            if (field(a, PARAMETERS) == 0) {
                putField(a, PARAMETERS, p);
            } else {
                space.decref(p);
            }
        }
        return field(a, PARAMETERS);
    }

    /** {@code ga_new}: {@code GenericAlias(origin, args)}, positional only. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) { // also for a subclass's instance, in 3.11
            throw new PyException("TypeError", "GenericAlias() takes no keyword arguments");
        }
        long n = space.tupleType.size(args);
        if (n != 2) {
            throw new PyException("TypeError", "GenericAlias expected 2 arguments, got " + n);
        }
        long a = allocateStruct(SIZE);
        setup(a, space.tupleType.item(args, 0), space.tupleType.item(args, 1));
        space.track(a);
        if (subtype != this) {
            a = subtype.adopt(a);
        }
        return a;
    }

    /** {@code ga_getattro}: the names of {@link #OWN} on the alias, any other on its origin. */
    @Override
    public long lookupAttr(long a, long name) {
        StrType str = space.strType;
        if (!str.check(name)) {
            return genericLookupAttr(a, name);
        }
        String n = str.value(name);
        if (!OWN.contains(n)) {
            return Abstract.lookupAttr(space, field(a, ORIGIN), name);
        }
        return switch (n) {
            case "__origin__" -> space.newRef(field(a, ORIGIN));
            case "__args__" -> space.newRef(field(a, ARGS));
            case "__unpacked__" -> space.newBool(starred(a));
            case "__parameters__" -> space.newRef(parameters(a));
            case "__typing_unpacked_tuple_args__" -> space.newRef(starred(a)
                    && field(a, ORIGIN) == space.tupleType.typeObject() ? field(a, ARGS) : space.none);
            default -> genericLookupAttr(a, name);
        };
    }

    /** {@code ga_getattro} raising: a name the alias does not keep is the origin's, with the origin's AttributeError. */
    @Override
    public long getAttr(long a, long name) {
        if (space.strType.check(name) && !OWN.contains(space.strType.value(name))) {
            long origin = field(a, ORIGIN);
            return space.typeOf(origin).getAttr(origin, name);
        }
        return super.getAttr(a, name);
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public boolean lookupIsGeneric() {
        return false;
    }

    /** {@code ga_repr}: {@code list[int]}, {@code *tuple[int]}, {@code tuple[()]}, each item as {@link GenericAliases#reprItem}. */
    @Override
    public String repr(long a) {
        StringBuilder out = new StringBuilder();
        if (starred(a)) {
            out.append('*');
        }
        GenericAliases.reprItem(space, out, field(a, ORIGIN));
        out.append('[');
        long args = field(a, ARGS);
        long n = space.tupleType.size(args);
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            GenericAliases.reprItem(space, out, space.tupleType.item(args, i));
        }
        if (n == 0) {
            out.append("()");
        }
        return out.append(']').toString();
    }

    /** {@code ga_hash}: the origin's hash xor the arguments'. */
    @Override
    public long hash(long a) {
        long h = Abstract.hash(space, field(a, ORIGIN)) ^ Abstract.hash(space, field(a, ARGS));
        return h == -1 ? -2 : h;
    }

    /** {@code ga_richcompare}: == and != only, between aliases: starred alike, equal origins and equal arguments. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return space.newNotImplemented();
        }
        if (op == CompareOp.NE) {
            long eq = richCompare(a, b, CompareOp.EQ);
            try {
                return space.newBool(eq != space.trueObject);
            } finally {
                space.decref(eq);
            }
        }
        if (starred(a) != starred(b)) {
            return space.newBool(false);
        }
        if (!Abstract.equal(space, field(a, ORIGIN), field(b, ORIGIN))) {
            return space.newBool(false);
        }
        return Abstract.richCompare(space, field(a, ARGS), field(b, ARGS), CompareOp.EQ);
    }

    /** {@code ga_getitem}: the alias with its parameters substituted, as starred as it was. */
    @Override
    public long getItem(long a, long item) {
        long params = parameters(a);
        long newargs = GenericAliases.substitute(space, a, field(a, ARGS), params, item);
        try {
            long res = create(field(a, ORIGIN), newargs);
            setStarred(res, starred(a));
            return res;
        } finally {
            space.decref(newargs);
        }
    }

    /** {@code ga_call} / {@code ga_vectorcall}: the origin called, then its {@code __orig_class__} set to the alias if it takes one. */
    @Override
    public long call(long a, long args, long nargsf, long kwnames) {
        long obj = Abstract.vectorcall(space, field(a, ORIGIN), args, nargsf, kwnames);
        try {
            Abstract.setAttr(space, obj, "__orig_class__", a);
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "AttributeError") && !Abstract.matches(space, e, "TypeError")) {
                space.decref(obj);
                throw e;
            }
            e.release();
        }
        return obj;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code ga_iter}: an iterator giving the starred alias once ({@code *list[int]}). */
    @Override
    public long iter(long a) {
        return space.genericAliasIterType.create(a);
    }

    /** {@code nb_or}: {@code list[int] | None} ({@code _Py_union_type_or}). */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        return op == BinaryOp.OR ? space.unionType.typeOr(v, w) : space.newNotImplemented();
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_OR));
    }

    /** {@code ga_members} ({@code __origin__}, {@code __args__}, {@code __unpacked__}) and {@code ga_properties}. */
    @Override
    protected void fillDict() {
        putMembers("__origin__", "__args__", "__unpacked__");
        putGetSets("__parameters__", "__typing_unpacked_tuple_args__");
    }
}

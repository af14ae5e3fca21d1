package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code super} (Objects/typeobject.c, {@code superobject}): attribute lookup that starts after
 * {@code type} in the MRO of {@code obj}'s type ({@code super_getattro}). 56 bytes as CPython's
 * {@code sys.getsizeof}: type at +16, obj at +24, obj_type at +32. {@code super(type, obj)} is
 * made here; the zero-argument form's {@code __class__} cell and first argument are the
 * evaluator's to find, which then calls {@link #create}.
 */
public final class SuperType extends StructType {
    static final int TYPE = 16, OBJ = 24, OBJ_TYPE = 32;
    static final int SIZE = 40;

    SuperType(ObjectSpace space) {
        // super_traverse and super_dealloc take obj first, then type and obj_type
        super(space, "super", null, HAVE_GC | BASETYPE, SIZE, 0, 0, "__self__", OBJ, "__thisclass__", TYPE,
                "__self_class__", OBJ_TYPE);
    }

    /** {@code super(type, obj)} ({@code obj} 0: unbound). New reference. */
    public long create(long type, long obj) {
        long s = allocateStruct(SIZE);
        space.track(s);
        try {
            init(s, type, obj);
        } catch (RuntimeException e) {
            space.decref(s);
            throw e;
        }
        return s;
    }

    private void init(long s, long type, long obj) {
        if (!space.typeType.check(type)) {
            throw new PyException("TypeError", "super() argument 1 must be a type, not " + space.typeOf(type).name);
        }
        long objType = 0;
        if (obj != 0 && obj != space.none) {
            objType = check(type, obj);
        } else {
            obj = 0;
        }
        setField(s, TYPE, type);
        setField(s, OBJ, obj);
        setField(s, OBJ_TYPE, objType);
    }

    /** {@code supercheck}: the type whose MRO the lookup follows. */
    private long check(long type, long obj) {
        PyType t = space.typeType.described(type);
        if (space.typeType.check(obj) && space.typeType.described(obj).isSubtypeOf(t)) {
            return obj;
        }
        if (space.typeOf(obj).isSubtypeOf(t)) {
            return memory.getLong(obj + Layout.OB_TYPE);
        }
        throw new PyException("TypeError", "super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long s = allocateStruct(SIZE);
        space.track(s);
        return s;
    }

    @Override
    public void tpInit(long s, long args, long kwargs) {
        long n = space.tupleType.size(args);
        if (n == 0) {
            FrameEvaluator evaluator = space.frameEvaluator;
            long[] a = evaluator == null ? null : evaluator.superArguments();
            if (a == null) {
                throw new PyException("RuntimeError", "super(): no arguments");
            }
            init(s, a[0], a[1]);
            return;
        }
        if (n > 2) {
            throw new PyException("TypeError", "super() expected at most 2 arguments, got " + n); // _PyArg_CheckPositional("super()")
        }
        init(s, space.tupleType.item(args, 0), n > 1 ? space.tupleType.item(args, 1) : 0);
    }

    @Override
    public boolean hasDescrGet() {
        return true;
    }

    /**
     * {@code super_descr_get}: an unbound super found through an instance binds to it (a new super
     * of the same type and that instance); a bound one, or one read from the class, is itself.
     */
    @Override
    public long descrGet(long s, long obj, long type) {
        if (obj == 0 || obj == space.none || field(s, OBJ) != 0) {
            return space.newRef(s);
        }
        if (space.typeOf(s) != this) {
            return Abstract.call(space, memory.getLong(s + Layout.OB_TYPE), new long[] {field(s, TYPE), obj});
        }
        return create(field(s, TYPE), obj);
    }

    /** {@code super_getattro}. */
    @Override
    public long lookupAttr(long s, long name) {
        long objType = field(s, OBJ_TYPE);
        if (objType != 0 && !space.strType.contentEquals(name, "__class__")) {
            PyType start = space.typeType.described(field(s, TYPE));
            PyType[] mro = space.typeType.described(objType).mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                long d = mro[i].dict();
                long res = d == 0 ? 0 : space.dictType.get(d, name);
                if (res != 0) {
                    PyType rt = space.typeOf(res);
                    if (!rt.hasDescrGet()) {
                        return space.newRef(res);
                    }
                    long obj = field(s, OBJ);
                    space.incref(res);
                    try {
                        return rt.descrGet(res, obj == objType ? 0 : obj, objType);
                    } finally {
                        space.decref(res);
                    }
                }
            }
        }
        return genericLookupAttr(s, name);
    }

    /** {@code super_members}: the three fields, read-only, None while unset. */
    @Override
    protected void fillDict() {
        String[] names = {"__thisclass__", "__self__", "__self_class__"};
        int[] offsets = {TYPE, OBJ, OBJ_TYPE};
        for (int i = 0; i < names.length; i++) {
            int offset = offsets[i];
            putInDict(names[i], space.memberDescrType.createAccessor(this, names[i], o -> {
                long v = field(o, offset);
                return space.newRef(v == 0 ? space.none : v);
            }, null));
        }
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public boolean lookupIsGeneric() {
        return false;
    }

    @Override
    public String repr(long s) {
        long objType = field(s, OBJ_TYPE);
        String t = "<class '" + space.typeType.described(field(s, TYPE)).name + "'>"; // tp_name: no module
        return objType == 0 ? "<super: " + t + ", NULL>"
                : "<super: " + t + ", <" + space.typeType.described(objType).name + " object>>";
    }
}

package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.List;

/**
 * {@code object} ({@code PyBaseObject_Type}, Objects/typeobject.c): the root of every MRO. Its
 * instances ({@code object()}) are 16 bytes, no GC header. Its namespace holds the generic slots
 * as slot wrappers ({@code object.__setattr__} is {@code PyObject_GenericSetAttr}), {@code __new__}
 * and {@code __init__} with their argument checks ({@code object_new} / {@code object_init}:
 * excess arguments are an error unless the class overrides the other one), {@code __class__},
 * {@code __init_subclass__} and {@code __format__}.
 */
public final class ObjectType extends PyType {
    static final String DOC = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
            + "featureless\ninstance that has no instance attributes and cannot be given any.\n";

    /** Whether {@code t} is {@code object} itself (the base that adds nothing to a layout). */
    public boolean is(PyType t) {
        return t == this;
    }

    /**
     * {@code object.__getattribute__(o, name)}, {@code PyObject_GenericGetAttr}: it finds the data
     * descriptors a built-in type declares and a module's own dict, which the built-in types here
     * answer in their own lookup rather than through descriptors in their namespace; so the
     * receiver's nearest built-in type runs the lookup when that lookup is the generic one
     * ({@link #lookupIsGeneric}: a method's {@code __doc__}), else this type does.
     */
    @Override
    public long getAttrOfWrapper(long o, long name) {
        for (PyType base : space.typeOf(o).mro()) {
            if (!base.hasFlag(HEAPTYPE)) {
                return (base.lookupIsGeneric() ? base : this).getAttr(o, name);
            }
        }
        return getAttr(o, name);
    }

    ObjectType(ObjectSpace space) {
        super(space, "object", null, BASETYPE | IMMUTABLETYPE, Layout.OBJECT_HEAD, 0);
        ObjectReduce reduce = new ObjectReduce(space);
        defineMethod("__reduce_ex__", (self, args) -> reduce.reduceEx(self, Args.one("object.__reduce_ex__", args)));
        defineMethod("__reduce__", (self, args) -> {
            Args.none("object.__reduce__", args);
            return reduce.commonReduce(self, 0);
        });
        defineMethod("__getstate__", (self, args) -> {
            Args.none("object.__getstate__", args);
            return reduce.defaultState(self, false);
        });
        // object.__subclasshook__ (METH_CLASS | METH_VARARGS): NotImplemented, whatever the class asks
        defineClassMethod("__subclasshook__", (self, args, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
                throw new PyException("TypeError", "__subclasshook__() takes no keyword arguments");
            }
            return space.newRef(space.notImplemented);
        });
        // object.__init_subclass__ (METH_CLASS | METH_NOARGS): the class it is called for names it in errors
        defineClassMethod("__init_subclass__", (self, args, nargs, kwnames) -> {
            int n = Abstract.nargs(nargs) - 1;
            if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
                throw new PyException("TypeError", initSubclassName(memory.getLong(args)) + "() takes no keyword arguments");
            }
            if (n > 0) {
                throw new PyException("TypeError", initSubclassName(memory.getLong(args)) + "() takes no arguments ("
                        + n + " given)");
            }
            return space.newNone();
        });
        defineMethod("__format__", (self, args) -> {
            long spec = Args.one("object.__format__", args);
            if (!space.strType.check(spec)) {
                throw new PyException("TypeError", "__format__() argument must be str, not " + space.typeOf(spec).name);
            }
            if (space.strType.length(spec) > 0) {
                throw new PyException("TypeError", "unsupported format string passed to " + space.typeOf(self).name
                        + ".__format__");
            }
            return Abstract.strObject(space, self);
        });
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("object.__sizeof__", args);
            PyType t = space.typeOf(self);
            return space.newInt(t.instanceSize(self));
        });
        defineMethod("__dir__", (self, args) -> {
            // object___dir___impl: the instance's __dict__ names, then its class's and their bases'
            Args.none("object.__dir__", args);
            long own = Abstract.lookupAttr(space, self, "__dict__");
            long names;
            try {
                names = own != 0 && space.dictType.check(own) ? space.dictType.copy(own) : space.dictType.create();
            } finally {
                space.xdecref(own);
            }
            try {
                long cls = Abstract.lookupAttr(space, self, "__class__");
                if (cls != 0) {
                    try {
                        space.typeType.mergeClassDict(names, cls);
                    } finally {
                        space.decref(cls);
                    }
                }
                return space.listType.fromKeys(names);
            } finally {
                space.decref(names);
            }
        });
    }

    /** {@code PyBaseObject_Type}'s slots: what every class inherits. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.TP_HASH, SlotWrappers.Slot.TP_STR,
                SlotWrappers.Slot.TP_GETATTRO, SlotWrappers.Slot.TP_SETATTRO, SlotWrappers.Slot.TP_RICHCOMPARE,
                SlotWrappers.Slot.TP_INIT);
    }

    @Override
    protected void fillDict() {
        putNewWrapper();
        putInDict("__class__", space.getSetDescrType.create(this, "__class__",
                o -> space.newRef(memory.getLong(o + Layout.OB_TYPE)), (o, v) -> ClassAssignment.set(space, o, v)));
        putInDict("__doc__", space.strType.runtime(DOC));
    }

    private boolean excessArgs(long args, long kwargs) {
        return space.tupleType.size(args) > 0 || (kwargs != 0 && space.dictType.size(kwargs) > 0);
    }

    /** Whether {@code type}'s {@code __new__} / {@code __init__} is object's own ({@code type->tp_new == object_new}). */
    private boolean inherits(PyType type, String special) {
        if (inheritsVersion != space.classVersion || inheritsKnown.size() > 1024) {
            inheritsKnown.clear();
            inheritsVersion = space.classVersion;
        }
        int bit = special.equals("__new__") ? 1 : 2;
        int known = inheritsKnown.getOrDefault(type, 0);
        if ((known & bit << 2) == 0) {
            boolean r = type.lookup(special) == space.dictType.getItemString(typeDict, special);
            known |= bit << 2 | (r ? bit : 0);
            inheritsKnown.put(type, known);
        }
        return (known & bit) != 0;
    }

    /**
     * What {@link #inherits} found per type while no class changed ({@link ObjectSpace#classVersion}):
     * bit 1 {@code __new__}, bit 2 {@code __init__}, bits 4 and 8 which of the two are known. A
     * construction with arguments asks both, which otherwise walks the MRO by name each time.
     */
    private final java.util.IdentityHashMap<PyType, Integer> inheritsKnown = new java.util.IdentityHashMap<>();
    private int inheritsVersion = -1;

    /** {@code object_new}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (excessArgs(args, kwargs)) {
            if (!inherits(subtype, "__new__")) {
                throw new PyException("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (inherits(subtype, "__init__")) {
                throw new PyException("TypeError", subtype.name + "() takes no arguments");
            }
        }
        if (subtype == this) {
            return space.newObject(this, Layout.OBJECT_HEAD);
        }
        return ((ClassType) subtype).instantiate();
    }

    /** {@code object_init}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        if (excessArgs(args, kwargs)) {
            PyType type = space.typeOf(self);
            if (!inherits(type, "__init__")) {
                throw new PyException("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (inherits(type, "__new__")) {
                throw new PyException("TypeError", type.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    }

    @Override
    public void dealloc(long o) {
        space.typeOf(o).tpFree(o);
    }

    private String initSubclassName(long cls) {
        long q = Abstract.getAttr(space, cls, "__qualname__");
        try {
            return Abstract.str(space, q) + ".__init_subclass__";
        } finally {
            space.decref(q);
        }
    }
}

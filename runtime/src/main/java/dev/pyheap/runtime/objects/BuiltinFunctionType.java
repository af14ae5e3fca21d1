package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code builtin_function_or_method}: {@code PyCFunctionObject} (Objects/methodobject.c), a function
 * implemented in Java with its {@code __self__} (the module for a module-level function);
 * GC-capable, {@code sys.getsizeof} 72.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 m_ml (here: the index of its {@link Def} in this type's table)  +24 m_self (counted)
 *   +32 m_module (counted)  +40 m_weakreflist  +48 vectorcall
 * </pre>
 */
public final class BuiltinFunctionType extends StructType {
    public static final int ML = 16, SELF = 24, MODULE = 32, WEAKLIST = 40;

    /** The Java body of a builtin function: CPython's vectorcall convention over a Java argument array. */
    @FunctionalInterface
    public interface Body {
        /**
         * {@code self} is {@code __self__} (borrowed); {@code args} the address of {@code nargs}
         * argument pointers in heap memory, then the values named by the tuple {@code kwnames} (0 when
         * none), all borrowed. A new reference.
         */
        long call(long self, long args, long nargs, long kwnames);
    }

    /**
     * {@code PyMethodDef}: name, body and doc. {@code checksRecursion}: a call by a specialized
     * {@code PRECALL} still counts one level of the recursion depth ({@code " while calling a Python
     * object"}), as 3.11 does for the calling conventions {@code METH_O}, {@code METH_NOARGS},
     * {@code METH_VARARGS}; a {@code METH_FASTCALL} function is called by the specialized
     * instruction without the check ({@link #callUnchecked}). Every other call counts the level
     * ({@link #call}).
     */
    public record Def(String name, Body body, String doc, boolean checksRecursion) {
        /** A {@code METH_FASTCALL} function. */
        public Def(String name, Body body, String doc) {
            this(name, body, doc, false);
        }
    }

    private final List<Def> defs = new ArrayList<>();
    private final java.util.Map<Def, Integer> indexes = new java.util.IdentityHashMap<>();
    /** The defs of static methods ({@code METH_STATIC}): {@code PyCFunction_GET_SELF} hides their type, so {@code __self__} is None. */
    private final java.util.Set<Def> staticDefs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    BuiltinFunctionType(ObjectSpace space) {
        super(space, "builtin_function_or_method", null, HAVE_GC | IMMUTABLETYPE | HAVE_VECTORCALL, 56, 0, WEAKLIST,
                "m_self", SELF, "m_module", MODULE);
        // meth_reduce: a module's function by its name (pickle finds it as a global), a method by
        // its receiver's attribute
        defineMethod("__reduce__", (f, args) -> {
            Args.none("builtin_function_or_method.__reduce__", args);
            long self = field(f, SELF);
            long name = space.strType.literalName(def(f).name());
            if (self == 0 || space.moduleType.check(self)) {
                return name;
            }
            try {
                return ObjectReduce.byGetattr(space, self, name);
            } finally {
                space.decref(name);
            }
        });
    }

    /** {@code PyCFunction_NewEx(def, self, module)}: {@code self} and {@code module} borrowed (0 for none). New reference. */
    public long create(Def def, long self, long module) {
        Integer index = indexes.get(def);
        if (index == null) {
            index = defs.size();
            defs.add(def);
            indexes.put(def, index);
        }
        long f = allocateStruct(56);
        memory.putLong(f + ML, index);
        setField(f, SELF, self);
        setField(f, MODULE, module);
        space.track(f);
        return f;
    }

    /**
     * A module-level function ({@code PyModule_AddFunctions}): {@code __self__} is the module and
     * {@code __module__} its name, as {@code _add_methods_to_object} passes them. New reference.
     */
    public long createInModule(Def def, long module) {
        long name = module != 0 && space.moduleType.check(module)
                ? space.dictType.getItemString(space.moduleType.dict(module), "__name__") : 0;
        return create(def, module, name);
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** The function's definition. */
    public Def def(long f) {
        return defs.get((int) memory.getLong(f + ML));
    }

    /**
     * Calls {@code f}: its body with its {@code __self__}, one level of the recursion depth counted
     * around it, as every {@code cfunction_vectorcall_*} does ({@code cfunction_enter_call}).
     */
    @Override
    public long call(long f, long args, long nargsf, long kwnames) {
        RecursionDepth d = Abstract.enterRecursiveCall(space, Abstract.IN_CALL);
        try {
            return callUnchecked(f, args, nargsf, kwnames);
        } finally {
            Abstract.leaveRecursiveCall(d);
        }
    }

    /**
     * The body of {@code f} without the recursion check: what 3.11's specialized {@code PRECALL}
     * instructions run for a function whose {@link Def#checksRecursion} is false.
     */
    public long callUnchecked(long f, long args, long nargsf, long kwnames) {
        return def(f).body().call(field(f, SELF), args, Abstract.nargs(nargsf), kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long lookupAttr(long f, long attributeName) {
        String attribute = space.strType.value(attributeName);
        return switch (attribute) {
            case "__name__" -> space.strType.literalName(def(f).name());
            case "__qualname__" -> qualname(f);
            case "__self__" -> space.newRef(boundSelf(f) == 0 ? space.none : boundSelf(f));
            case "__module__" -> {
                long m = field(f, MODULE);
                yield space.newRef(m == 0 ? space.none : m);
            }
            case "__doc__" -> {
                String doc = def(f).doc();
                if (doc == null) {
                    DocTexts.Doc recorded = recordedDoc(f);
                    doc = recorded == null ? null : recorded.doc();
                }
                yield doc == null || doc.isEmpty() ? space.newNone() : space.strType.runtime(doc);
            }
            case "__text_signature__" -> {
                DocTexts.Doc recorded = def(f).doc() == null ? recordedDoc(f) : null;
                yield recorded == null || recorded.signature() == null ? space.newNone() : space.strType.runtime(recorded.signature());
            }
            default -> genericLookupAttr(f, attributeName);
        };
    }

    /**
     * The doc CPython's function of this name has ({@link DocTexts}): a module's function by the
     * module's name, a class method or {@code __new__} by its class's MRO, a bound method by its
     * receiver's type's MRO. Null when none is recorded.
     */
    private DocTexts.Doc recordedDoc(long f) {
        long self = field(f, SELF);
        String fname = def(f).name();
        if (self == 0) {
            return DocTexts.find("builtins." + fname);
        }
        if (space.moduleType.check(self)) {
            return DocTexts.find(space.moduleType.moduleName(self) + "." + fname);
        }
        PyType owner = space.typeType.check(self) ? space.typeType.described(self) : space.typeOf(self);
        for (PyType t : owner.mro()) {
            if (!t.hasFlag(HEAPTYPE)) {
                DocTexts.Doc d = DocTexts.find(t, fname);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * {@code meth_get__qualname__}: the name for a function without {@code __self__} or of a module,
     * else the {@code __qualname__} of {@code __self__} (a type) or of its type, a dot and the name.
     */
    private long qualname(long f) {
        long self = field(f, SELF);
        if (self == 0 || space.moduleType.check(self)) {
            return space.strType.literalName(def(f).name());
        }
        long type = space.typeOf(self).hasFlag(TYPE_SUBCLASS) ? self : space.typeOf(self).typeObject();
        long q = Abstract.getAttr(space, type, "__qualname__");
        try {
            return space.strType.runtime(space.strType.value(q) + "." + def(f).name());
        } finally {
            space.decref(q);
        }
    }

    /** Marks a def as a static method's ({@code METH_STATIC}). */
    void markStatic(Def def) {
        staticDefs.add(def);
    }

    /** {@code PyCFunction_GET_SELF}: the bound object, 0 for none and for a static method. */
    private long boundSelf(long f) {
        return staticDefs.contains(def(f)) ? 0 : field(f, SELF);
    }

    @Override
    public String repr(long f) {
        long self = field(f, SELF); // meth_repr reads m_self itself: a static method shows its type
        if (self == 0 || space.moduleType.check(self)) {
            return "<built-in function " + def(f).name() + ">";
        }
        return "<built-in method " + def(f).name() + " of " + space.typeOf(self).name + " object at "
                + Addresses.hex(self) + ">";
    }
}

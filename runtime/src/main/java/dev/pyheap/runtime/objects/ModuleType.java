package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code module}: {@code PyModuleObject} (Objects/moduleobject.c), GC-capable, {@code sys.getsizeof} 72.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 md_dict (counted)  +24 md_def  +32 md_state  +40 md_weaklist  +48 md_name (counted)
 * </pre>
 * Attributes are the dict's items ({@code module_getattro}); a missing one is CPython's
 * {@code module 'm' has no attribute 'x'}. {@code md_def} is 0 for a module made by {@code module(name)}
 * or from Python source and {@link #BUILTIN_DEFINITION} for one the runtime defines itself (CPython: a
 * {@code PyModuleDef*} of a built-in module, whose loader is {@code BuiltinImporter}); only the repr reads it.
 */
public final class ModuleType extends StructType {
    public static final int DICT = 16, DEF = 24, WEAKLIST = 40, NAME = 48;
    /** What {@code md_def} holds for a built-in module: a flag, never dereferenced (there is no PyModuleDef here). */
    static final long BUILTIN_DEFINITION = 1;

    ModuleType(ObjectSpace space) {
        super(space, "module", null, HAVE_GC | BASETYPE, 56, 0, WEAKLIST, "md_dict", DICT, "md_name", NAME);
        defineMethod("__dir__", (self, args) -> {
            // module_dir: the names in the module's dict (its own __dir__ function when it has one)
            Args.none("module.__dir__", args);
            long d = dict(self);
            long f = d == 0 ? 0 : space.dictType.getItemString(d, "__dir__");
            if (f != 0) {
                return Abstract.call(space, f);
            }
            return d == 0 ? space.listType.create() : space.listType.fromKeys(d);
        });
    }

    /** {@code tp_dictoffset}: {@code md_dict}. */
    @Override
    public long dictOffset() {
        return DICT;
    }

    /** {@code PyModule_New(name)}: a tracked module with a new dict holding {@code __name__}, {@code __doc__} None, ... New reference. */
    public long create(String name) {
        long m = allocateStruct(56);
        long dict = space.dictType.create();
        memory.putLong(m + DICT, dict);
        long nameStr = space.strType.literalName(name);
        memory.putLong(m + NAME, nameStr);
        for (String key : new String[] {"__name__", "__doc__", "__package__", "__loader__", "__spec__"}) {
            long k = space.strType.literalName(key);
            try {
                space.dictType.setItem(dict, k, key.equals("__name__") ? nameStr : space.none);
            } finally {
                space.decref(k);
            }
        }
        space.track(m);
        return m;
    }

    /** {@code module(name, doc=None)}: {@code module___init___impl}, a module with nothing but its dunder names. */
    @Override
    public long newInstance(long[] args) {
        if (args.length < 1 || args.length > 2) {
            throw new PyException("TypeError", args.length < 1
                    ? "module() missing required argument 'name' (pos 1)"
                    : "module() takes at most 2 arguments (" + args.length + " given)");
        }
        if (!space.strType.check(args[0])) {
            throw new PyException("TypeError", "module() argument 'name' must be str, not "
                    + space.typeOf(args[0]).name);
        }
        long m = create(space.strType.value(args[0]));
        if (args.length == 2) {
            long k = space.strType.literalName("__doc__");
            try {
                space.dictType.setItem(dict(m), k, args[1]);
            } finally {
                space.decref(k);
            }
        }
        return m;
    }

    /** {@code module(name, doc=None)} with its arguments by position or keyword, as Argument Clinic parses them. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs == 0 || space.dictType.size(kwargs) == 0) {
            return super.tpNew(subtype, args, kwargs);
        }
        long[] parsed = Constructors.clinic(space, args, kwargs, "module", 1, "name", "doc");
        return newInstance(parsed[1] == 0 ? new long[] {parsed[0]} : parsed);
    }

    /**
     * {@code module___init___impl}: {@code module.__init__(self, name, doc=None)} (again) sets the
     * module's {@code __name__}, {@code __doc__}, and {@code __package__}, {@code __loader__},
     * {@code __spec__} to None ({@code module_init_dict}), and its {@code md_name}.
     */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        long[] parsed = Constructors.clinic(space, args, kwargs, "module", 1, "name", "doc");
        if (!space.strType.check(parsed[0])) {
            throw new PyException("TypeError", "module() argument 'name' must be str, not " + space.typeOf(parsed[0]).name);
        }
        long doc = parsed[1] == 0 ? space.none : parsed[1];
        long dict = dict(self);
        for (String key : new String[] {"__name__", "__doc__", "__package__", "__loader__", "__spec__"}) {
            space.dictType.setItemString(dict, key, key.equals("__name__") ? parsed[0] : key.equals("__doc__") ? doc : space.none);
        }
        long old = field(self, NAME);
        memory.putLong(self + NAME, space.newRef(parsed[0]));
        space.xdecref(old);
    }

    /**
     * {@code module_members} ({@code __dict__}, read-only) and {@code module_getsets}
     * ({@code __annotations__}: the dict's {@code __annotations__}, a new empty dict stored there on
     * first read; deleting a missing one is {@code AttributeError: __annotations__}).
     */
    @Override
    protected void fillDict() {
        putInDict("__dict__", space.memberDescrType.createAccessor(this, "__dict__", o -> space.newRef(dict(o)), (o, v) -> {
            throw new PyException("AttributeError", "readonly attribute");
        }));
        putInDict("__annotations__", space.getSetDescrType.create(this, "__annotations__", this::annotations,
                this::setAnnotations));
    }

    /** {@code module_set_annotations}: into the dict, or out of it (a missing one: {@code AttributeError: __annotations__}). */
    private void setAnnotations(long m, long value) {
        if (value != 0) {
            space.dictType.setItemString(dict(m), "__annotations__", value);
        } else if (!space.dictType.delItemString(dict(m), "__annotations__")) {
            throw new PyException("AttributeError", "__annotations__");
        }
    }

    /** {@code module_get_annotations}. New reference. */
    private long annotations(long m) {
        long d = dict(m);
        long a = space.dictType.getItemString(d, "__annotations__");
        if (a != 0) {
            return space.newRef(a);
        }
        a = space.dictType.create();
        space.dictType.setItemString(d, "__annotations__", a);
        return a;
    }

    /** {@link #create}, for a module the runtime defines (sys, gc, builtins, ...): its repr says {@code (built-in)}. */
    public long createBuiltin(String name) {
        long m = create(name);
        memory.putLong(m + DEF, BUILTIN_DEFINITION);
        if (name.equals("builtins")) {
            builtins = m;
        }
        return m;
    }

    /** The builtins module once made (borrowed; it lives as long as the interpreter), else 0. */
    private long builtins;

    /** The builtins module's namespace (borrowed), or 0 before it is made. */
    public long builtinsDict() {
        return builtins == 0 ? 0 : dict(builtins);
    }

    /**
     * {@code _PyEval_GetBuiltin(name)}: the builtins module's {@code name} (borrowed), which the
     * iterators' {@code __reduce__} name as their callable; AttributeError when it is missing.
     */
    public long builtin(String name) {
        long v = builtins == 0 ? 0 : space.dictType.getItemString(dict(builtins), name);
        if (v == 0) {
            throw new dev.pyheap.runtime.PyException("AttributeError", name);
        }
        return v;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** The module's dict (borrowed). */
    public long dict(long m) {
        return field(m, DICT);
    }

    /** The module's name as Java text. */
    public String moduleName(long m) {
        return space.strType.value(field(m, NAME));
    }

    /**
     * {@code module_traverse}: only {@code md_dict} (and a C module's state, which none here has):
     * {@code md_name} is a counted reference that 3.11 never visits, so {@code gc.get_referents} of
     * a module is its dict alone. The collectors still walk both through forEachReferent (a str is
     * not GC-capable, so the cycle collector's counts are the same).
     */
    @Override
    public void traverse(long m, java.util.function.LongConsumer visitor) {
        long d = memory.getLong(m + DICT);
        if (d != 0) {
            visitor.accept(d);
        }
    }

    @Override
    public long getAttr(long m, long attributeName) {
        long v = lookupAttr(m, attributeName, true);
        if (v == 0) {
            throw attributeError(m, space.strType.value(attributeName));
        }
        return v;
    }

    @Override
    public long lookupAttr(long m, long attributeName) {
        return lookupAttr(m, attributeName, false);
    }

    /**
     * {@code module_getattro}: the module's own names, then the generic lookup, then a
     * {@code __getattr__} function in the module's dict (PEP 562), whose AttributeError is the
     * caller's when it asked to raise.
     */
    private long lookupAttr(long m, long attributeName, boolean raise) {
        String attribute = space.strType.value(attributeName);
        if (attribute.equals("__dict__")) {
            return space.newRef(dict(m));
        }
        // PyObject_GenericGetAttr: a data descriptor of the module's class (object's __class__, a
        // property of a ModuleType subclass assigned to __class__) before the module's dict
        long v = genericLookupAttr(m, attributeName);
        if (v != 0) {
            return v;
        }
        long hook = space.dictType.getItemString(dict(m), "__getattr__");
        if (hook == 0) {
            return 0;
        }
        try {
            return Abstract.call(space, hook, new long[] {attributeName});
        } catch (PyException e) {
            if (!raise && Abstract.matches(space, e, "AttributeError")) {
                e.release();
                return 0;
            }
            throw e;
        }
    }

    @Override
    public PyException attributeError(long m, String attribute) {
        // module_getattro names the module by the __name__ its dict holds now, when that is a str
        long name = space.dictType.getItemString(dict(m), "__name__");
        return new PyException("AttributeError", name != 0 && space.strType.check(name)
                ? "module '" + space.strType.value(name) + "' has no attribute '" + attribute + "'"
                : "module has no attribute '" + attribute + "'");
    }

    /** The module's dict is its instance dict ({@code tp_dictoffset}), which the generic lookup reads. */
    @Override
    protected long instanceAttr(long m, long name) {
        long d = dict(m);
        return d == 0 ? 0 : space.dictType.get(d, name);
    }

    /**
     * {@code PyObject_GenericSetAttr} (module's {@code tp_setattro}): a data descriptor of the class
     * first ({@code m.__class__ = ModuleSubclass}), else the module's dict.
     */
    @Override
    public void setAttr(long m, long attributeName, long value) {
        genericSetAttr(m, attributeName, value);
    }

    @Override
    protected boolean setInstanceAttr(long m, long attributeName, long value) {
        if (value != 0) {
            space.dictType.setItem(dict(m), attributeName, value);
        } else if (!space.dictType.delItem(dict(m), attributeName)) {
            // _PyObject_GenericSetAttrWithDict's KeyError turned AttributeError names the object's
            // type (a module subclass's name too), not the module as a failed lookup does
            throw new PyException("AttributeError", "'" + space.typeOf(m).name + "' object has no attribute '"
                    + space.strType.value(attributeName) + "'");
        }
        return true;
    }

    @Override
    public String repr(long m) {
        // importlib's _module_repr: the spec's name, origin and loader when the module has a spec, else
        // BuiltinImporter's repr, then the file, then the bare name
        long spec = space.dictType.getItemString(dict(m), "__spec__");
        if (spec != 0 && spec != space.none) {
            return reprFromSpec(spec);
        }
        if (memory.getLong(m + DEF) == BUILTIN_DEFINITION) {
            return "<module '" + moduleName(m) + "' (built-in)>";
        }
        // the catch-all: the module's __name__ (or '?') and __file__ as reprs, else its __loader__
        long name = attribute(m, "__name__");
        String nameRepr = name == 0 ? "'?'" : reprAndRelease(name);
        long file = attribute(m, "__file__");
        if (file != 0) {
            return "<module " + nameRepr + " from " + reprAndRelease(file) + ">";
        }
        long loader = attribute(m, "__loader__");
        if (loader == 0 || loader == space.none) {
            space.xdecref(loader);
            return "<module " + nameRepr + ">";
        }
        return "<module " + nameRepr + " (" + reprAndRelease(loader) + ")>";
    }

    /** {@code getattr(m, name, None)} as a new reference, 0 for none. */
    private long attribute(long m, String name) {
        long key = space.strType.runtime(name);
        try {
            return lookupAttr(m, key, false);
        } finally {
            space.decref(key);
        }
    }

    private String reprAndRelease(long o) {
        try {
            return Abstract.repr(space, o);
        } finally {
            space.decref(o);
        }
    }

    /** _bootstrap._module_repr_from_spec: the origin, or the loader when there is none. */
    private String reprFromSpec(long spec) {
        String name = attributeRepr(spec, "name", "'?'");
        long origin = Abstract.getAttr(space, spec, "origin");
        try {
            if (origin == space.none) {
                String loader = attributeRepr(spec, "loader", "None");
                return loader.equals("None") ? "<module " + name + ">" : "<module " + name + " (" + loader + ")>";
            }
            long located = Abstract.getAttr(space, spec, "has_location");
            boolean hasLocation;
            try {
                hasLocation = Abstract.isTrue(space, located);
            } finally {
                space.decref(located);
            }
            return hasLocation ? "<module " + name + " from " + Abstract.repr(space, origin) + ">"
                    : "<module " + name + " (" + Abstract.str(space, origin) + ")>";
        } finally {
            space.decref(origin);
        }
    }

    private String attributeRepr(long o, String attribute, String ifNone) {
        long v = Abstract.getAttr(space, o, attribute);
        try {
            return v == space.none ? ifNone : Abstract.repr(space, v);
        } finally {
            space.decref(v);
        }
    }
}

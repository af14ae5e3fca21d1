package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

/**
 * {@code function}: CPython 3.11's {@code PyFunctionObject} (Include/cpython/funcobject.h), GC-capable,
 * {@code sys.getsizeof} 152.
 * <pre>
 *   -16 PyGC_Head   +0 ob_refcnt  +8 ob_type
 *   +16 func_globals  +24 func_builtins  +32 func_name  +40 func_qualname  +48 func_code
 *   +56 func_defaults (tuple or NULL)  +64 func_kwdefaults (dict or NULL)  +72 func_closure (tuple of cells or NULL)
 *   +80 func_doc  +88 func_dict  +96 func_weakreflist  +104 func_module  +112 func_annotations
 *   +120 vectorcall (the evaluator's entry: not an object)  +128 func_version (uint32)
 * </pre>
 * A call goes through the heap's {@link FrameEvaluator} ({@code _PyFunction_Vectorcall} ->
 * {@code _PyEval_Vector}).
 * <p>
 * {@code func_version} is what the evaluator's call sites key their cache of the callee on (3.11's
 * {@code CALL_PY_EXACT_ARGS}, {@code CALL_PY_WITH_DEFAULTS}): a number no other function of the heap has
 * had, given at creation and again whenever what a call reads from the function may have changed
 * ({@code __code__}, {@code __defaults__}, {@code __kwdefaults__} assigned or deleted, {@code func_clear}).
 * 3.11 resets it to 0 there and hands out a new one lazily from {@code next_func_version}; giving the
 * new one at once spares the call site that step, and is not visible to Python. So a cache entry whose
 * version equals the function's still describes it, even when a dead function's address was reused.
 * When the counter is spent (2^32 - 1 versions), every further version is 0, which no entry holds.
 */
public final class FunctionType extends StructType {
    public static final int GLOBALS = 16, BUILTINS = 24, NAME = 32, QUALNAME = 40, CODE = 48, DEFAULTS = 56,
            KWDEFAULTS = 64, CLOSURE = 72, DOC = 80, DICT = 88, WEAKLIST = 96, MODULE = 104, ANNOTATIONS = 112,
            VERSION = 128;
    static final int SIZE = 136;

    /** {@code next_func_version}: the next {@link #version} to give (one counter per heap); 0 once spent. */
    private int nextVersion = 1;

    FunctionType(ObjectSpace space) {
        super(space, "function", null, HAVE_GC | IMMUTABLETYPE | HAVE_VECTORCALL | METHOD_DESCRIPTOR, SIZE, 0, WEAKLIST,
                // func_traverse's order (gc.get_referents shows it)
                "func_code", CODE, "func_globals", GLOBALS, "func_builtins", BUILTINS, "func_module", MODULE,
                "func_defaults", DEFAULTS, "func_kwdefaults", KWDEFAULTS, "func_doc", DOC, "func_name", NAME,
                "func_dict", DICT, "func_closure", CLOSURE, "func_annotations", ANNOTATIONS,
                "func_qualname", QUALNAME);
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /**
     * {@code PyFunction_NewWithQualName}: a tracked function of {@code code} in {@code globals}
     * (both borrowed), its name from the code object, {@code __module__} from the globals'
     * {@code __name__}, {@code __doc__} the first constant when it is a str. New reference.
     */
    public long create(long code, long globals, long builtins, long qualname) {
        long f = allocateStruct(SIZE);
        setField(f, GLOBALS, globals);
        setField(f, BUILTINS, builtins);
        setField(f, NAME, space.codeType.field(code, CodeType.NAME));
        setField(f, QUALNAME, qualname != 0 ? qualname : space.codeType.field(code, CodeType.QUALNAME));
        setField(f, CODE, code);
        newVersion(f);
        long consts = space.codeType.field(code, CodeType.CONSTS);
        long doc = space.none;
        if (space.tupleType.size(consts) > 0) {
            long first = space.tupleType.item(consts, 0);
            if (space.strType.check(first)) {
                doc = first;
            }
        }
        setField(f, DOC, doc);
        long module = space.dictType.getItemString(globals, "__name__");
        if (module != 0) {
            setField(f, MODULE, module);
        }
        space.track(f);
        return f;
    }

    /**
     * {@code func_new}: {@code types.FunctionType(code, globals, name=None, argdefs=None,
     * closure=None)}, a function of {@code code} in {@code globals} as {@code MAKE_FUNCTION} makes
     * one (its builtins those the globals name, else the interpreter's), then the name, the
     * defaults and the closure (one cell per free variable of the code) given.
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long[] v = Constructors.clinic(space, args, kwargs, "function", 2, "code", "globals", "name", "argdefs", "closure");
        long code = v[0], globals = v[1];
        long name = v[2] == 0 ? space.none : v[2];
        long defaults = v[3] == 0 ? space.none : v[3];
        long closure = v[4] == 0 ? space.none : v[4];
        if (!space.codeType.check(code)) {
            throw new PyException("TypeError", "function() argument 'code' must be code, not " + space.typeOf(code).name);
        }
        if (!space.dictType.check(globals)) {
            throw new PyException("TypeError", "function() argument 'globals' must be dict, not " + space.typeOf(globals).name);
        }
        if (name != space.none && !space.strType.check(name)) {
            throw new PyException("TypeError", "arg 3 (name) must be None or string");
        }
        if (defaults != space.none && !space.tupleType.check(defaults)) {
            throw new PyException("TypeError", "arg 4 (defaults) must be None or tuple");
        }
        int nfree = space.codeType.intField(code, CodeType.NFREEVARS);
        if (!space.tupleType.check(closure)) {
            if (nfree > 0 && closure == space.none) {
                throw new PyException("TypeError", "arg 5 (closure) must be tuple");
            } else if (closure != space.none) {
                throw new PyException("TypeError", "arg 5 (closure) must be None or tuple");
            }
        }
        long nclosure = closure == space.none ? 0 : space.tupleType.size(closure);
        if (nfree != nclosure) {
            throw new PyException("ValueError", space.strType.value(space.codeType.field(code, CodeType.NAME))
                    + " requires closure of length " + nfree + ", not " + nclosure);
        }
        for (long i = 0; i < nclosure; i++) {
            long cell = space.tupleType.item(closure, i);
            if (!space.cellType.check(cell)) {
                throw new PyException("TypeError", "arg 5 (closure) expected cell, found " + space.typeOf(cell).name);
            }
        }
        long f = create(code, globals, builtinsOf(globals), 0);
        if (name != space.none) {
            setField(f, NAME, name);
        }
        if (defaults != space.none) {
            setField(f, DEFAULTS, defaults);
        }
        if (closure != space.none) {
            setField(f, CLOSURE, closure);
        }
        return f;
    }

    /** {@code _PyEval_BuiltinsFromGlobals}: the globals' {@code __builtins__} (a module's namespace), else the interpreter's. */
    private long builtinsOf(long globals) {
        long b = space.dictType.getItemString(globals, "__builtins__");
        if (b != 0 && space.moduleType.check(b)) {
            return space.moduleType.dict(b);
        }
        return b != 0 && space.dictType.check(b) ? b : space.moduleType.builtinsDict();
    }

    /** {@code _PyFunction_Vectorcall}: the arguments as the vectorcall convention lays them out. */
    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        FrameEvaluator evaluator = space.frameEvaluator;
        if (evaluator == null) {
            throw new PyException("RuntimeError", "no frame evaluator: Python functions cannot run on this heap");
        }
        return evaluator.callFunction(o, args, Abstract.nargs(nargsf), kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /**
     * {@code func_memberlist} and {@code func_getsetlist}: the attributes {@link #lookupAttr} and
     * {@link #setAttr} answer, as descriptors in the namespace in CPython's order.
     */
    @Override
    protected void fillDict() {
        for (String n : new String[] {"__closure__", "__doc__", "__globals__", "__module__", "__builtins__"}) {
            putInDict(n, space.memberDescrType.createAccessor(this, n, o -> lookupAttr(o, n), (o, v) -> setAttr(o, n, v)));
        }
        for (String n : new String[] {"__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__",
                "__name__", "__qualname__"}) {
            putInDict(n, space.getSetDescrType.create(this, n, o -> lookupAttr(o, n), (o, v) -> setAttr(o, n, v)));
        }
    }

    @Override
    public long lookupAttr(long o, long attributeName) {
        String attribute = space.strType.value(attributeName);
        int offset = switch (attribute) {
            case "__globals__" -> GLOBALS;
            case "__builtins__" -> BUILTINS;
            case "__name__" -> NAME;
            case "__qualname__" -> QUALNAME;
            case "__code__" -> CODE;
            case "__defaults__" -> DEFAULTS;
            case "__kwdefaults__" -> KWDEFAULTS;
            case "__closure__" -> CLOSURE;
            case "__doc__" -> DOC;
            case "__module__" -> MODULE;
            case "__dict__" -> {
                if (field(o, DICT) == 0) {
                    memory.putLong(o + DICT, space.dictType.create());
                }
                yield DICT;
            }
            case "__annotations__" -> {
                annotationDict(o);
                yield ANNOTATIONS;
            }
            default -> -1;
        };
        if (offset < 0) {
            long dict = field(o, DICT);
            long v = dict == 0 ? 0 : space.dictType.get(dict, attributeName);
            return v != 0 ? space.newRef(v) : genericLookupAttr(o, attributeName);
        }
        long v = field(o, offset);
        return v == 0 ? space.newNone() : space.newRef(v);
    }

    /**
     * {@code func_getsetlist}'s setters and {@code func_memberlist}'s writable members: {@code __name__}
     * and {@code __qualname__} take a str, {@code __code__} a code object with as many free variables
     * as the closure has cells, {@code __defaults__}/{@code __kwdefaults__} a tuple/dict or None
     * (deleting clears them), {@code __dict__} a dict; {@code __doc__} and {@code __module__} anything.
     */
    @Override
    public void setAttr(long o, long attributeName, long value) {
        String attribute = space.strType.value(attributeName);
        checkSettable(o, attribute, value);
        if (attribute.equals("__dict__")) {
            setField(o, DICT, value);
            return;
        }
        int offset = switch (attribute) {
            case "__name__" -> NAME;
            case "__qualname__" -> QUALNAME;
            case "__code__" -> CODE;
            case "__defaults__" -> DEFAULTS;
            case "__kwdefaults__" -> KWDEFAULTS;
            case "__doc__" -> DOC;
            case "__module__" -> MODULE;
            case "__annotations__" -> {
                if (value != 0 && value != space.none && !space.dictType.check(value)) {
                    throw new PyException("TypeError", "__annotations__ must be set to a dict object");
                }
                yield ANNOTATIONS;
            }
            default -> -1;
        };
        if (offset >= 0) {
            setField(o, offset, value != 0 && value != space.none ? value : (offset == DOC || offset == MODULE ? value : 0));
            if (offset == CODE || offset == DEFAULTS || offset == KWDEFAULTS) {
                newVersion(o); // func_set_code, func_set_defaults, func_set_kwdefaults: func_version = 0
            }
            return;
        }
        if (attribute.equals("__globals__") || attribute.equals("__closure__") || attribute.equals("__builtins__")) {
            throw new PyException("AttributeError", "readonly attribute");
        }
        long key = space.strType.literalName(attribute);
        try {
            setInOwnDict(o, DICT, key, value);
        } finally {
            space.decref(key);
        }
    }

    private void checkSettable(long o, String attribute, long value) {
        switch (attribute) {
            case "__name__", "__qualname__" -> {
                if (value == 0 || !space.strType.check(value)) {
                    throw new PyException("TypeError", attribute + " must be set to a string object");
                }
            }
            case "__code__" -> {
                if (value == 0 || !space.codeType.check(value)) {
                    throw new PyException("TypeError", "__code__ must be set to a code object");
                }
                long closure = field(o, CLOSURE);
                long nclosure = closure == 0 || closure == space.none ? 0 : space.tupleType.size(closure);
                int nfree = space.codeType.intField(value, CodeType.NFREEVARS);
                if (nfree != nclosure) {
                    throw new PyException("ValueError", space.strType.value(field(o, NAME)) + "() requires a code object with "
                            + nclosure + " free vars, not " + nfree);
                }
            }
            case "__defaults__" -> {
                if (value != 0 && value != space.none && !space.tupleType.check(value)) {
                    throw new PyException("TypeError", "__defaults__ must be set to a tuple object");
                }
            }
            case "__kwdefaults__" -> {
                if (value != 0 && value != space.none && !space.dictType.check(value)) {
                    throw new PyException("TypeError", "__kwdefaults__ must be set to a dict object");
                }
            }
            case "__dict__" -> { // PyObject_GenericSetDict
                if (value == 0) {
                    throw new PyException("TypeError", "cannot delete __dict__");
                }
                if (!space.dictType.check(value)) {
                    throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '" + space.typeOf(value).name + "'");
                }
            }
            default -> {
            }
        }
    }

    /**
     * {@code func_get_annotation_dict}: MAKE_FUNCTION stores the annotations as a flat tuple of name/value
     * pairs; the first read of {@code __annotations__} turns it into the dict (an empty one when there are
     * none), which the function keeps from then on.
     */
    private void annotationDict(long o) {
        long annotations = field(o, ANNOTATIONS);
        if (annotations != 0 && space.dictType.check(annotations)) {
            return;
        }
        long dict = space.dictType.create();
        if (annotations != 0) {
            try {
                TupleType tuples = space.tupleType;
                for (long i = 0, n = tuples.size(annotations); i + 1 < n; i += 2) {
                    space.dictType.setItem(dict, tuples.item(annotations, i), tuples.item(annotations, i + 1));
                }
            } catch (RuntimeException e) {
                space.decref(dict);
                throw e;
            }
        }
        setField(o, ANNOTATIONS, dict);
        space.decref(dict);
    }

    /** {@code func_descr_get}: a function found on a class binds to the instance as a method ({@code PyMethod_New}). */
    @Override
    public boolean hasDescrGet() {
        return true;
    }

    @Override
    public long descrGet(long f, long obj, long type) {
        return obj == 0 ? space.newRef(f) : space.methodType.create(f, obj);
    }

    @Override
    public void clear(long f) {
        // func_clear: the code stays (it is never NULL) and the names become the empty string, so a
        // cleared function that something still holds keeps its code and a repr
        long code = field(f, CODE);
        if (code != 0) {
            space.incref(code);
        }
        clearFields(f);
        memory.putLong(f + CODE, code);
        memory.putLong(f + NAME, space.strType.runtime(""));
        memory.putLong(f + QUALNAME, space.strType.runtime(""));
        newVersion(f); // the globals, builtins and defaults a call site may have cached are gone
    }

    /**
     * {@code func_version} of {@code f} as an unsigned number: unique to the function and what a call
     * reads from it ({@code __code__} and its defaults), 0 when the heap's versions are spent.
     */
    public long version(long f) {
        return memory.getInt(f + VERSION) & 0xFFFF_FFFFL;
    }

    /** Gives {@code f} a {@link #version} no function has had (or 0 once the counter is spent). */
    private void newVersion(long f) {
        int v = nextVersion;
        if (v != 0) {
            nextVersion = v + 1; // wraps to 0 after 0xFFFFFFFF: from then on every version is 0
        }
        memory.putInt(f + VERSION, v);
    }

    /** func_dealloc drops everything, the code and names that clear keeps included. */
    @Override
    protected void releaseForDealloc(long f) {
        clearFields(f);
    }

    @Override
    public String repr(long o) {
        return "<function " + space.strType.value(field(o, QUALNAME)) + " at " + Addresses.hex(o) + ">";
    }

    /** A function's attributes are its members and getsets: it has no {@code tp_getattro} or {@code tp_setattro} of its own. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(), SlotWrappers.Slot.TP_GETATTRO, SlotWrappers.Slot.TP_SETATTRO);
    }
}

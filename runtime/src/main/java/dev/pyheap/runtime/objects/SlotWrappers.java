package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The special methods that stand for slots, CPython's {@code slotdefs} (Objects/typeobject.c): for
 * each name, how its {@code wrapper_descriptor} calls the owner's slot ({@code wrap_binaryfunc_l},
 * {@code wrap_richcmpfunc}, ...). A heap type going the other way (a slot filled from the special
 * method a class defines) is {@link ClassType}'s.
 */
public final class SlotWrappers {
    private SlotWrappers() {
    }

    /** A slot called through its special method: {@code owner}'s slot on {@code self} with the call's arguments. */
    @FunctionalInterface
    interface Wrapper {
        long call(PyType owner, long self, CallArguments a);
    }

    private static final List<Wrapper> WRAPPERS = new ArrayList<>();
    private static final Map<String, Integer> INDEX = new HashMap<>();

    private static void def(String name, Wrapper w) {
        INDEX.put(name, WRAPPERS.size());
        WRAPPERS.add(w);
    }

    static int index(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no slot wrapper named " + name);
        }
        return i;
    }

    static boolean has(String name) {
        return INDEX.containsKey(name);
    }

    /**
     * A slot of {@code PyTypeObject} or of its protocol tables that has special methods (the
     * {@code offset} of a {@code slotdefs} entry). A built-in type says which ones it fills itself
     * ({@link PyType#slots()}): {@link #addOperators} gives each its wrappers.
     */
    public enum Slot {
        TP_REPR, TP_HASH, TP_CALL, TP_STR, TP_GETATTRO, TP_SETATTRO, TP_RICHCOMPARE, TP_ITER, TP_ITERNEXT,
        TP_DESCR_GET, TP_DESCR_SET, TP_INIT, TP_FINALIZE, AM_AWAIT, AM_AITER, AM_ANEXT,
        NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_REMAINDER, NB_DIVMOD, NB_POWER, NB_NEGATIVE, NB_POSITIVE,
        NB_ABSOLUTE, NB_BOOL, NB_INVERT, NB_LSHIFT, NB_RSHIFT, NB_AND, NB_XOR, NB_OR, NB_INT, NB_FLOAT,
        NB_INPLACE_ADD, NB_INPLACE_SUBTRACT, NB_INPLACE_MULTIPLY, NB_INPLACE_REMAINDER, NB_INPLACE_POWER,
        NB_INPLACE_LSHIFT, NB_INPLACE_RSHIFT, NB_INPLACE_AND, NB_INPLACE_XOR, NB_INPLACE_OR,
        NB_FLOOR_DIVIDE, NB_TRUE_DIVIDE, NB_INPLACE_FLOOR_DIVIDE, NB_INPLACE_TRUE_DIVIDE, NB_INDEX,
        NB_MATRIX_MULTIPLY, NB_INPLACE_MATRIX_MULTIPLY,
        MP_LENGTH, MP_SUBSCRIPT, MP_ASS_SUBSCRIPT,
        SQ_LENGTH, SQ_CONCAT, SQ_REPEAT, SQ_ITEM, SQ_ASS_ITEM, SQ_CONTAINS, SQ_INPLACE_CONCAT, SQ_INPLACE_REPEAT
    }

    /**
     * One {@code slotdefs} entry: the special method {@code name} that stands for {@code slot}, and
     * the wrapper's {@code __text_signature__} and {@code __doc__} (null for {@code __del__}).
     */
    record SlotDef(String name, Slot slot, String signature, String doc) {
    }

    private static final String UNARY = "($self, /)", BINARY = "($self, value, /)", KEY = "($self, key, /)";

    /** {@code slotdefs} in CPython's order, which is the order the wrappers enter a namespace. */
    static final List<SlotDef> SLOTDEFS = slotdefs();

    private static List<SlotDef> slotdefs() {
        List<SlotDef> d = new ArrayList<>();
        d.add(new SlotDef("__repr__", Slot.TP_REPR, UNARY, "Return repr(self)."));
        d.add(new SlotDef("__hash__", Slot.TP_HASH, UNARY, "Return hash(self)."));
        d.add(new SlotDef("__call__", Slot.TP_CALL, "($self, /, *args, **kwargs)", "Call self as a function."));
        d.add(new SlotDef("__str__", Slot.TP_STR, UNARY, "Return str(self)."));
        d.add(new SlotDef("__getattribute__", Slot.TP_GETATTRO, "($self, name, /)", "Return getattr(self, name)."));
        d.add(new SlotDef("__setattr__", Slot.TP_SETATTRO, "($self, name, value, /)", "Implement setattr(self, name, value)."));
        d.add(new SlotDef("__delattr__", Slot.TP_SETATTRO, "($self, name, /)", "Implement delattr(self, name)."));
        for (CompareOp op : CompareOp.values()) {
            d.add(new SlotDef("__" + op.name().toLowerCase() + "__", Slot.TP_RICHCOMPARE, BINARY,
                    "Return self" + op.symbol() + "value."));
        }
        d.add(new SlotDef("__iter__", Slot.TP_ITER, UNARY, "Implement iter(self)."));
        d.add(new SlotDef("__next__", Slot.TP_ITERNEXT, UNARY, "Implement next(self)."));
        d.add(new SlotDef("__get__", Slot.TP_DESCR_GET, "($self, instance, owner=None, /)",
                "Return an attribute of instance, which is of type owner."));
        d.add(new SlotDef("__set__", Slot.TP_DESCR_SET, "($self, instance, value, /)", "Set an attribute of instance to value."));
        d.add(new SlotDef("__delete__", Slot.TP_DESCR_SET, "($self, instance, /)", "Delete an attribute of instance."));
        d.add(new SlotDef("__init__", Slot.TP_INIT, "($self, /, *args, **kwargs)",
                "Initialize self.  See help(type(self)) for accurate signature."));
        d.add(new SlotDef("__del__", Slot.TP_FINALIZE, null, null));
        d.add(new SlotDef("__await__", Slot.AM_AWAIT, UNARY, "Return an iterator to be used in await expression."));
        d.add(new SlotDef("__aiter__", Slot.AM_AITER, UNARY, "Return an awaitable, that resolves in asynchronous iterator."));
        d.add(new SlotDef("__anext__", Slot.AM_ANEXT, UNARY, "Return a value or raise StopAsyncIteration."));
        binary(d, "add", "+", Slot.NB_ADD);
        binary(d, "sub", "-", Slot.NB_SUBTRACT);
        binary(d, "mul", "*", Slot.NB_MULTIPLY);
        binary(d, "mod", "%", Slot.NB_REMAINDER);
        d.add(new SlotDef("__divmod__", Slot.NB_DIVMOD, BINARY, "Return divmod(self, value)."));
        d.add(new SlotDef("__rdivmod__", Slot.NB_DIVMOD, BINARY, "Return divmod(value, self)."));
        d.add(new SlotDef("__pow__", Slot.NB_POWER, "($self, value, mod=None, /)", "Return pow(self, value, mod)."));
        d.add(new SlotDef("__rpow__", Slot.NB_POWER, "($self, value, mod=None, /)", "Return pow(value, self, mod)."));
        d.add(new SlotDef("__neg__", Slot.NB_NEGATIVE, UNARY, "-self"));
        d.add(new SlotDef("__pos__", Slot.NB_POSITIVE, UNARY, "+self"));
        d.add(new SlotDef("__abs__", Slot.NB_ABSOLUTE, UNARY, "abs(self)"));
        d.add(new SlotDef("__bool__", Slot.NB_BOOL, UNARY, "True if self else False"));
        d.add(new SlotDef("__invert__", Slot.NB_INVERT, UNARY, "~self"));
        binary(d, "lshift", "<<", Slot.NB_LSHIFT);
        binary(d, "rshift", ">>", Slot.NB_RSHIFT);
        binary(d, "and", "&", Slot.NB_AND);
        binary(d, "xor", "^", Slot.NB_XOR);
        binary(d, "or", "|", Slot.NB_OR);
        d.add(new SlotDef("__int__", Slot.NB_INT, UNARY, "int(self)"));
        d.add(new SlotDef("__float__", Slot.NB_FLOAT, UNARY, "float(self)"));
        inplace(d, "add", "+", Slot.NB_INPLACE_ADD);
        inplace(d, "sub", "-", Slot.NB_INPLACE_SUBTRACT);
        inplace(d, "mul", "*", Slot.NB_INPLACE_MULTIPLY);
        inplace(d, "mod", "%", Slot.NB_INPLACE_REMAINDER);
        inplace(d, "pow", "**", Slot.NB_INPLACE_POWER);
        inplace(d, "lshift", "<<", Slot.NB_INPLACE_LSHIFT);
        inplace(d, "rshift", ">>", Slot.NB_INPLACE_RSHIFT);
        inplace(d, "and", "&", Slot.NB_INPLACE_AND);
        inplace(d, "xor", "^", Slot.NB_INPLACE_XOR);
        inplace(d, "or", "|", Slot.NB_INPLACE_OR);
        binary(d, "floordiv", "//", Slot.NB_FLOOR_DIVIDE);
        binary(d, "truediv", "/", Slot.NB_TRUE_DIVIDE);
        inplace(d, "floordiv", "//", Slot.NB_INPLACE_FLOOR_DIVIDE);
        inplace(d, "truediv", "/", Slot.NB_INPLACE_TRUE_DIVIDE);
        d.add(new SlotDef("__index__", Slot.NB_INDEX, UNARY,
                "Return self converted to an integer, if self is suitable for use as an index into a list."));
        binary(d, "matmul", "@", Slot.NB_MATRIX_MULTIPLY);
        inplace(d, "matmul", "@", Slot.NB_INPLACE_MATRIX_MULTIPLY);
        d.add(new SlotDef("__len__", Slot.MP_LENGTH, UNARY, "Return len(self)."));
        d.add(new SlotDef("__getitem__", Slot.MP_SUBSCRIPT, KEY, "Return self[key]."));
        d.add(new SlotDef("__setitem__", Slot.MP_ASS_SUBSCRIPT, "($self, key, value, /)", "Set self[key] to value."));
        d.add(new SlotDef("__delitem__", Slot.MP_ASS_SUBSCRIPT, KEY, "Delete self[key]."));
        d.add(new SlotDef("__len__", Slot.SQ_LENGTH, UNARY, "Return len(self)."));
        d.add(new SlotDef("__add__", Slot.SQ_CONCAT, BINARY, "Return self+value."));
        d.add(new SlotDef("__mul__", Slot.SQ_REPEAT, BINARY, "Return self*value."));
        d.add(new SlotDef("__rmul__", Slot.SQ_REPEAT, BINARY, "Return value*self."));
        d.add(new SlotDef("__getitem__", Slot.SQ_ITEM, KEY, "Return self[key]."));
        d.add(new SlotDef("__setitem__", Slot.SQ_ASS_ITEM, "($self, key, value, /)", "Set self[key] to value."));
        d.add(new SlotDef("__delitem__", Slot.SQ_ASS_ITEM, KEY, "Delete self[key]."));
        d.add(new SlotDef("__contains__", Slot.SQ_CONTAINS, KEY, "Return key in self."));
        d.add(new SlotDef("__iadd__", Slot.SQ_INPLACE_CONCAT, BINARY, "Implement self+=value."));
        d.add(new SlotDef("__imul__", Slot.SQ_INPLACE_REPEAT, BINARY, "Implement self*=value."));
        return List.copyOf(d);
    }

    /** {@code BINSLOT} and {@code RBINSLOT}: {@code __add__} and {@code __radd__} of one number slot. */
    private static void binary(List<SlotDef> d, String stem, String symbol, Slot slot) {
        d.add(new SlotDef("__" + stem + "__", slot, BINARY, "Return self" + symbol + "value."));
        d.add(new SlotDef("__r" + stem + "__", slot, BINARY, "Return value" + symbol + "self."));
    }

    /** {@code IBSLOT}: an in-place number slot. */
    private static void inplace(List<SlotDef> d, String stem, String symbol, Slot slot) {
        d.add(new SlotDef("__i" + stem + "__", slot, BINARY, "Return self" + symbol + "=value."));
    }

    /** The number slots of a type that has every binary operator of {@code ops}, with their reflected forms. */
    static java.util.EnumSet<Slot> numberSlots(Slot... slots) {
        java.util.EnumSet<Slot> s = java.util.EnumSet.noneOf(Slot.class);
        s.addAll(List.of(slots));
        return s;
    }

    /** int's number slots: the whole number protocol but the in-place and matrix ones. */
    static final java.util.Set<Slot> INT = java.util.Collections.unmodifiableSet(numberSlots(Slot.NB_ADD, Slot.NB_SUBTRACT,
            Slot.NB_MULTIPLY, Slot.NB_REMAINDER, Slot.NB_DIVMOD, Slot.NB_POWER, Slot.NB_NEGATIVE, Slot.NB_POSITIVE,
            Slot.NB_ABSOLUTE, Slot.NB_BOOL, Slot.NB_INVERT, Slot.NB_LSHIFT, Slot.NB_RSHIFT, Slot.NB_AND, Slot.NB_XOR,
            Slot.NB_OR, Slot.NB_INT, Slot.NB_FLOAT, Slot.NB_FLOOR_DIVIDE, Slot.NB_TRUE_DIVIDE, Slot.NB_INDEX));
    /** float's: arithmetic without the bitwise operators and {@code __index__}. */
    static final java.util.Set<Slot> FLOAT = java.util.Collections.unmodifiableSet(numberSlots(Slot.NB_ADD, Slot.NB_SUBTRACT,
            Slot.NB_MULTIPLY, Slot.NB_REMAINDER, Slot.NB_DIVMOD, Slot.NB_POWER, Slot.NB_NEGATIVE, Slot.NB_POSITIVE,
            Slot.NB_ABSOLUTE, Slot.NB_BOOL, Slot.NB_INT, Slot.NB_FLOAT, Slot.NB_FLOOR_DIVIDE, Slot.NB_TRUE_DIVIDE));
    /** complex's: no floor division, modulo or conversions. */
    static final java.util.Set<Slot> COMPLEX = java.util.Collections.unmodifiableSet(numberSlots(Slot.NB_ADD,
            Slot.NB_SUBTRACT, Slot.NB_MULTIPLY, Slot.NB_POWER, Slot.NB_NEGATIVE, Slot.NB_POSITIVE, Slot.NB_ABSOLUTE,
            Slot.NB_BOOL, Slot.NB_TRUE_DIVIDE));
    /** The set operators (set, frozenset, the keys and items views). */
    static final java.util.Set<Slot> SET_OPERATORS = java.util.Collections.unmodifiableSet(numberSlots(Slot.NB_SUBTRACT,
            Slot.NB_AND, Slot.NB_XOR, Slot.NB_OR));
    /** A set's in-place operators besides. */
    static final java.util.Set<Slot> SET_INPLACE = java.util.Collections.unmodifiableSet(numberSlots(
            Slot.NB_INPLACE_SUBTRACT, Slot.NB_INPLACE_AND, Slot.NB_INPLACE_XOR, Slot.NB_INPLACE_OR));

    /** A slot whose Java method tells whether a type fills it: the type's class overrides it. */
    private record SlotMethod(Slot slot, String method, Class<?>... parameters) {
    }

    private static final List<SlotMethod> SLOT_METHODS = List.of(
            new SlotMethod(Slot.TP_REPR, "repr", long.class),
            new SlotMethod(Slot.TP_HASH, "hash", long.class),
            new SlotMethod(Slot.TP_CALL, "call", long.class, long.class, long.class, long.class),
            new SlotMethod(Slot.TP_STR, "str", long.class),
            new SlotMethod(Slot.TP_SETATTRO, "setAttr", long.class, long.class, long.class),
            new SlotMethod(Slot.TP_RICHCOMPARE, "richCompare", long.class, long.class, CompareOp.class),
            new SlotMethod(Slot.TP_RICHCOMPARE, "compareSameType", long.class, long.class, CompareOp.class),
            new SlotMethod(Slot.TP_ITER, "iter", long.class),
            new SlotMethod(Slot.TP_ITERNEXT, "iterNext", long.class),
            new SlotMethod(Slot.TP_INIT, "tpInit", long.class, long.class, long.class),
            new SlotMethod(Slot.TP_FINALIZE, "finalize", long.class),
            new SlotMethod(Slot.AM_AWAIT, "amAwait", long.class),
            new SlotMethod(Slot.AM_AITER, "amAiter", long.class),
            new SlotMethod(Slot.AM_ANEXT, "amAnext", long.class),
            new SlotMethod(Slot.MP_LENGTH, "length", long.class),
            new SlotMethod(Slot.MP_SUBSCRIPT, "getItem", long.class, long.class),
            new SlotMethod(Slot.MP_ASS_SUBSCRIPT, "setItem", long.class, long.class, long.class),
            new SlotMethod(Slot.SQ_CONTAINS, "contains", long.class, long.class),
            new SlotMethod(Slot.SQ_CONCAT, "concat", long.class, long.class),
            new SlotMethod(Slot.SQ_REPEAT, "repeat", long.class, long.class),
            new SlotMethod(Slot.SQ_INPLACE_CONCAT, "inplaceConcat", long.class, long.class),
            new SlotMethod(Slot.SQ_INPLACE_REPEAT, "inplaceRepeat", long.class, long.class));

    /**
     * The slots whose Java method {@code type}'s class defines (not {@link PyType}'s default) and
     * its base's class does not: what the type fills itself, as far as one method per slot tells.
     */
    static java.util.EnumSet<Slot> inferred(PyType type) {
        java.util.EnumSet<Slot> s = java.util.EnumSet.noneOf(Slot.class);
        PyType base = type.solidBase();
        Class<?>[] own = DECLARING.get(type.getClass());
        Class<?>[] inherited = base == null ? null : DECLARING.get(base.getClass());
        for (int i = 0; i < own.length; i++) {
            if (own[i] != PyType.class && (inherited == null || inherited[i] != own[i])) {
                s.add(SLOT_METHODS.get(i).slot());
            }
        }
        return s;
    }

    /**
     * For a type's Java class, the class that declares each method of {@link #SLOT_METHODS}
     * ({@code Class.getMethod}'s answer, by index). Every heap readies every built-in type, and the
     * answer depends on the Java class alone, so it is found once per JVM: the reflection was a sixth
     * of an empty program's run in a warm JVM. The arrays are never written after they are made.
     */
    private static final ClassValue<Class<?>[]> DECLARING = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> c) {
            Class<?>[] declaring = new Class<?>[SLOT_METHODS.size()];
            for (int i = 0; i < declaring.length; i++) {
                declaring[i] = declaring(c, SLOT_METHODS.get(i));
            }
            return declaring;
        }
    };

    /** Whether {@code type}'s class defines Java method {@code method} where its base's class does not. */
    static boolean definesOwn(PyType type, String method, Class<?>... parameters) {
        SlotMethod m = new SlotMethod(null, method, parameters);
        Class<?> own = declaring(type.getClass(), m);
        PyType base = type.solidBase();
        return own != PyType.class && (base == null || declaring(base.getClass(), m) != own);
    }

    private static Class<?> declaring(Class<?> c, SlotMethod m) {
        try {
            return c.getMethod(m.method(), m.parameters()).getDeclaringClass();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("slot method " + m.method() + " is not PyType's", e);
        }
    }

    /** The wrapper behind {@code slotdefs} entry {@code index}: the descriptor keeps this index. */
    static SlotDef slotDef(int index) {
        return SLOTDEFS.get(index);
    }

    /**
     * {@code add_operators}: for each {@code slotdefs} entry whose slot {@code type} fills itself
     * ({@code slots}), the wrapper under its name unless the namespace has that name already (the
     * first entry of a name wins: {@code mp_length} before {@code sq_length}); {@code __hash__} is
     * None instead when {@code hashNone} and the type fills {@code tp_hash} or {@code tp_richcompare}
     * (a type that only inherits its base's comparisons inherits its None too). A method of
     * {@link PyType#coexisting} takes its wrapper's place.
     */
    static void addOperators(PyType type, java.util.Set<Slot> slots, boolean hashNone) {
        DictType dicts = type.space.dictType;
        long d = type.dict();
        for (int i = 0; i < SLOTDEFS.size(); i++) {
            SlotDef def = SLOTDEFS.get(i);
            boolean filled = slots.contains(def.slot())
                    || hashNone && def.slot() == Slot.TP_HASH && slots.contains(Slot.TP_RICHCOMPARE);
            if (!filled || dicts.getItemString(d, def.name()) != 0) {
                continue;
            }
            PyMethod m = type.coexisting().contains(def.name()) ? type.methods().get(def.name()) : null;
            if (m != null) {
                type.putInDict(def.name(), type.space.methodDescrType.create(type, def.name(), m));
            } else if (hashNone && def.slot() == Slot.TP_HASH) { // PyObject_HashNotImplemented, or no tp_hash beside a tp_richcompare
                type.putInDict(def.name(), type.space.newNone());
            } else {
                // a slot the type implements as a method of its table (int's __int__): the wrapper runs that method
                boolean viaTable = type.methods().containsKey(def.name());
                type.putInDict(def.name(), type.space.wrapperDescrType.create(type, i, viaTable));
            }
        }
    }

    static Wrapper at(int index) {
        return WRAPPERS.get(index);
    }

    /** The wrapper that {@code slotdefs} entry {@code index} calls (by its name). */
    static Wrapper ofSlotDef(int index) {
        return WRAPPERS.get(SLOT_WRAPPER[index]);
    }

    private static final int[] SLOT_WRAPPER;

    /**
     * The wrappers' argument checks: no keywords ({@code wrapper __neg__() takes no keyword
     * arguments}, {@code wrapperdescr_raw_call}), then the count: {@code check_num_args}'s message,
     * without a name, for the one-operand and binary wrappers, {@code PyArg_UnpackTuple}'s, with its
     * empty name (hence the leading space), for those taking two ({@code __setattr__},
     * {@code __setitem__}, {@code __set__}, {@code __pow__}, {@code __get__}).
     */
    private static void check(CallArguments a, int min, int max) {
        if (a.keywordCount() > 0) {
            throw new PyException("TypeError", "wrapper " + a.function() + "() takes no keyword arguments");
        }
        int n = a.nargs;
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            String expected = max < 2 ? "expected " : min == max ? " expected " : n < min ? " expected at least " : " expected at most ";
            throw new PyException("TypeError", expected + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + n);
        }
    }

    private static long one(CallArguments a) {
        check(a, 1, 1);
        return a.get(0);
    }

    private static void none(CallArguments a) {
        check(a, 0, 0);
    }

    private static long name(PyType owner, long n) {
        if (!owner.space.strType.check(n)) {
            throw new PyException("TypeError", "attribute name must be string, not '" + owner.space.typeOf(n).name + "'");
        }
        return n;
    }

    static {
        def("__repr__", (t, s, a) -> {
            none(a);
            return t.space.strType.runtime(t.repr(s));
        });
        def("__str__", (t, s, a) -> {
            none(a);
            return t.strObject(s);
        });
        def("__hash__", (t, s, a) -> {
            none(a);
            return t.space.newInt(t.hash(s));
        });
        for (CompareOp op : CompareOp.values()) {
            def("__" + op.name().toLowerCase() + "__", (t, s, a) -> t.richCompare(s, one(a), op));
        }
        def("__getattribute__", (t, s, a) -> t.getAttrOfWrapper(s, name(t, one(a))));
        def("__setattr__", (t, s, a) -> {
            check(a, 2, 2);
            t.setAttr(s, name(t, a.get(0)), a.get(1));
            return t.space.newNone();
        });
        def("__delattr__", (t, s, a) -> {
            t.setAttr(s, name(t, one(a)), 0);
            return t.space.newNone();
        });
        def("__init__", (t, s, a) -> {
            long args = a.tuple();
            long kwargs = a.kwargsDict();
            try {
                t.tpInit(s, args, kwargs);
            } finally {
                t.space.decref(args);
                t.space.xdecref(kwargs);
            }
            return t.space.newNone();
        });
        def("__len__", (t, s, a) -> {
            none(a);
            return t.space.newInt(t.length(s));
        });
        def("__getitem__", (t, s, a) -> t.getItem(s, one(a)));
        def("__setitem__", (t, s, a) -> {
            check(a, 2, 2);
            t.setItem(s, a.get(0), a.get(1));
            return t.space.newNone();
        });
        def("__delitem__", (t, s, a) -> {
            t.setItem(s, one(a), 0);
            return t.space.newNone();
        });
        def("__contains__", (t, s, a) -> t.space.newBool(t.contains(s, one(a))));
        def("__iter__", (t, s, a) -> {
            none(a);
            return t.iter(s);
        });
        def("__next__", (t, s, a) -> {
            none(a);
            long v = t.iterNext(s);
            if (v == 0) {
                throw new PyException("StopIteration", "");
            }
            return v;
        });
        def("__call__", (t, s, a) -> t.call(s, a.address(), a.nargs, a.kwnames()));
        def("__bool__", (t, s, a) -> {
            none(a);
            return t.space.newBool(t.isTrue(s));
        });
        for (BinaryOp op : BinaryOp.values()) {
            def(op.method, (t, s, a) -> t.binaryOp(s, one(a), op));
            def(op.reflected, (t, s, a) -> t.binaryOp(one(a), s, op));
            if (op.inplace != null) {
                def(op.inplace, (t, s, a) -> t.inplaceOp(s, one(a), op));
            }
        }
        for (UnaryOp op : UnaryOp.values()) {
            def(op.method, (t, s, a) -> {
                none(a);
                long r = t.unaryOp(s, op);
                if (r == 0) {
                    throw new PyException("TypeError", "bad operand type for " + op.symbol() + ": '" + t.space.typeOf(s).name + "'");
                }
                return r;
            });
        }
        // a sequence's + and * are its sq_concat and sq_repeat (wrap_binaryfunc, wrap_indexargfunc)
        def("__add__", (t, s, a) -> {
            long o = one(a);
            long r = t.concat(s, o);
            return r != 0 ? r : t.binaryOp(s, o, BinaryOp.ADD);
        });
        def("__iadd__", (t, s, a) -> {
            long o = one(a);
            long r = t.inplaceConcat(s, o);
            return r != 0 ? r : t.inplaceOp(s, o, BinaryOp.ADD);
        });
        def("__mul__", (t, s, a) -> {
            long o = one(a);
            return t.hasRepeat() ? t.repeat(s, BytesMethods.asIndex(t.space, o)) : t.binaryOp(s, o, BinaryOp.MULTIPLY);
        });
        def("__rmul__", (t, s, a) -> {
            long o = one(a);
            return t.hasRepeat() ? t.repeat(s, BytesMethods.asIndex(t.space, o)) : t.binaryOp(o, s, BinaryOp.MULTIPLY);
        });
        def("__imul__", (t, s, a) -> {
            long o = one(a);
            return t.hasRepeat() ? t.inplaceRepeat(s, BytesMethods.asIndex(t.space, o)) : t.inplaceOp(s, o, BinaryOp.MULTIPLY);
        });
        def("__pow__", (t, s, a) -> { // wrap_ternaryfunc: pow(self, other[, mod])
            check(a, 1, 2);
            long z = a.optional(1);
            return t.power(s, a.get(0), z == 0 ? t.space.none : z);
        });
        def("__rpow__", (t, s, a) -> { // wrap_ternaryfunc_r
            check(a, 1, 2);
            long z = a.optional(1);
            return t.power(a.get(0), s, z == 0 ? t.space.none : z);
        });
        def("__int__", (t, s, a) -> {
            none(a);
            return t.toInt(s);
        });
        def("__float__", (t, s, a) -> {
            none(a);
            return t.toFloat(s);
        });
        def("__index__", (t, s, a) -> {
            none(a);
            return Abstract.numberIndex(t.space, s);
        });
        def("__get__", (t, s, a) -> {
            check(a, 1, 2);
            long obj = a.get(0);
            long type = a.optional(1);
            if (obj == t.space.none) {
                obj = 0;
            }
            if (type == t.space.none) {
                type = 0;
            }
            if (obj == 0 && type == 0) {
                throw new PyException("TypeError", "__get__(None, None) is invalid");
            }
            return t.descrGet(s, obj, type != 0 ? type : t.space.typeOf(obj).typeObject());
        });
        def("__set__", (t, s, a) -> {
            check(a, 2, 2);
            t.descrSet(s, a.get(0), a.get(1));
            return t.space.newNone();
        });
        def("__delete__", (t, s, a) -> {
            t.descrSet(s, one(a), 0);
            return t.space.newNone();
        });
        def("__del__", (t, s, a) -> {
            none(a);
            t.finalize(s);
            return t.space.newNone();
        });
        // a built-in type's am_await, am_aiter and am_anext are the methods of its table by these names
        def("__await__", (t, s, a) -> asyncSlot(t, s, a, "__await__"));
        def("__aiter__", (t, s, a) -> asyncSlot(t, s, a, "__aiter__"));
        def("__anext__", (t, s, a) -> asyncSlot(t, s, a, "__anext__"));
        SLOT_WRAPPER = new int[SLOTDEFS.size()];
        for (int i = 0; i < SLOT_WRAPPER.length; i++) {
            SLOT_WRAPPER[i] = index(SLOTDEFS.get(i).name());
        }
    }

    private static long asyncSlot(PyType t, long s, CallArguments a, String name) {
        none(a);
        PyMethod m = t.method(name);
        if (m == null) {
            throw new PyException("TypeError", "'" + t.space.typeOf(s).name + "' object has no " + name);
        }
        return m.call(s, new long[0]);
    }
}

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
final class SlotWrappers {
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
     * The slot wrappers a built-in container's namespace holds ({@code add_operators} for the slots
     * it fills): repr, the six comparisons, iter, len and contains, then the type's own
     * {@code more} ({@code __getitem__}, {@code __init__}, ...). So {@code dict.__getitem__(d, k)},
     * {@code super().__setitem__(k, v)} in a subclass and {@code list.__len__} work as in CPython.
     */
    static java.util.List<String> container(String... more) {
        List<String> names = new ArrayList<>(List.of("__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                "__ge__", "__iter__", "__len__", "__contains__"));
        names.addAll(List.of(more));
        return List.copyOf(names);
    }

    /** The slot wrappers of a built-in number: repr, hash, the six comparisons and bool. */
    static final java.util.List<String> NUMBER = List.of("__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__",
            "__gt__", "__ge__", "__bool__");

    /** {@code name} and its reflected form for each stem ({@code add} gives {@code __add__}, {@code __radd__}). */
    private static List<String> both(String... stems) {
        List<String> names = new ArrayList<>();
        for (String stem : stems) {
            names.add("__" + stem + "__");
            names.add("__r" + stem + "__");
        }
        return names;
    }

    private static List<String> join(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return List.copyOf(all);
    }

    /** int's: the number protocol whole (nb_add ... nb_index). */
    static final List<String> INT = join(NUMBER, join(both("add", "sub", "mul", "mod", "pow", "lshift", "rshift", "and",
            "xor", "or", "floordiv", "truediv"), List.of("__neg__", "__pos__", "__abs__", "__invert__", "__int__",
            "__float__", "__index__")));
    /** float's: arithmetic without the bitwise operators. */
    static final List<String> FLOAT = join(NUMBER, join(both("add", "sub", "mul", "mod", "pow", "floordiv", "truediv"),
            List.of("__neg__", "__pos__", "__abs__", "__int__", "__float__")));
    /** complex's: no floor division, modulo or conversions. */
    static final List<String> COMPLEX = join(NUMBER, join(both("add", "sub", "mul", "pow", "truediv"),
            List.of("__neg__", "__pos__", "__abs__")));
    /** The set operators (set, frozenset, dict views); a set adds the in-place ones. */
    static final List<String> SET_OPERATORS = both("sub", "and", "xor", "or");
    static final List<String> SET_INPLACE = List.of("__isub__", "__iand__", "__ixor__", "__ior__");
    /** A sequence's concatenation and repetition ({@code sq_concat}, {@code sq_repeat}). */
    static final List<String> CONCAT_REPEAT = List.of("__add__", "__mul__", "__rmul__");

    static Wrapper at(int index) {
        return WRAPPERS.get(index);
    }

    private static long one(CallArguments a) {
        a.keywords().range(1, 1);
        return a.get(0);
    }

    private static void none(CallArguments a) {
        a.keywords().range(0, 0);
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
            return t.space.strType.runtime(t.str(s));
        });
        def("__hash__", (t, s, a) -> {
            none(a);
            return t.space.newInt(t.hash(s));
        });
        for (CompareOp op : CompareOp.values()) {
            def("__" + op.name().toLowerCase() + "__", (t, s, a) -> t.richCompare(s, one(a), op));
        }
        def("__getattribute__", (t, s, a) -> t.getAttr(s, name(t, one(a))));
        def("__setattr__", (t, s, a) -> {
            a.keywords().range(2, 2);
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
            a.keywords().range(2, 2);
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
            def(op.inplace, (t, s, a) -> t.inplaceOp(s, one(a), op));
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
            a.keywords().range(1, 2);
            long z = a.optional(1);
            return t.power(s, a.get(0), z == 0 ? t.space.none : z);
        });
        def("__rpow__", (t, s, a) -> { // wrap_ternaryfunc_r
            a.keywords().range(1, 2);
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
            a.keywords().range(1, 2);
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
            a.keywords().range(2, 2);
            t.descrSet(s, a.get(0), a.get(1));
            return t.space.newNone();
        });
        def("__delete__", (t, s, a) -> {
            t.descrSet(s, one(a), 0);
            return t.space.newNone();
        });
    }
}

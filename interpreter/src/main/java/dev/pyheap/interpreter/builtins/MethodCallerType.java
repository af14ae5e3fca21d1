package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;

import java.util.function.LongConsumer;

/**
 * {@code operator.methodcaller} (Modules/_operator.c's {@code methodcallerobject}):
 * {@code methodcaller('m', 1, k=2)(x)} is {@code x.m(1, k=2)}.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 name (interned)  +24 args (a tuple)  +32 kwds (a dict, 0 without keywords)   40 bytes
 * </pre>
 * It is called through {@code tp_call} (no vectorcall in 3.11), and pickles as
 * {@code (type, (name, *args))}, or with keywords as {@code (partial(type, name, **kwds), args)}.
 */
final class MethodCallerType extends StructType {
    static final int NAME = 16, ARGS = 24, KWDS = 32, SIZE = 40;

    private final ModuleTable table;

    MethodCallerType(ModuleTable table) {
        super(table.space(), "operator.methodcaller", null, HAVE_GC, SIZE, 0, 0, "name", NAME, "args", ARGS, "kwds", KWDS);
        this.table = table;
        defineMethod("__reduce__", (self, a) -> {
            dev.pyheap.runtime.objects.Args.none("__reduce__", a);
            return reduce(self);
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_REPR,
                SlotWrappers.Slot.TP_GETATTRO));
    }

    @Override
    protected boolean ownNew() {
        return true;
    }

    @Override
    protected void fillDict() {
        putInDict("__doc__", space.strType.runtime("methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1)."));
        putInDict("__module__", space.strType.runtime("operator"));
    }

    /** {@code methodcaller_new}: the method name (a str) first, then the arguments to pass. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        int n = (int) space.tupleType.size(args);
        if (n < 1) {
            throw new PyException("TypeError", "methodcaller needs at least one argument, the method name");
        }
        long name = space.tupleType.item(args, 0);
        if (!space.strType.check(name)) {
            throw new PyException("TypeError", "method name must be a string");
        }
        long[] rest = new long[n - 1];
        for (int i = 1; i < n; i++) {
            rest[i - 1] = space.tupleType.item(args, i);
        }
        long o = space.newGcObject(this, SIZE, 0);
        memory.putLong(o + NAME, space.strType.intern(space.newRef(name)));
        memory.putLong(o + ARGS, space.tupleType.create(rest));
        memory.putLong(o + KWDS, kwargs == 0 ? 0 : space.newRef(kwargs));
        space.track(o);
        return o;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code methodcaller_call}: {@code getattr(obj, name)(*args, **kwds)}. */
    @Override
    public long callTuple(long o, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "methodcaller() takes no keyword arguments");
        }
        long n = space.tupleType.size(args);
        if (n != 1) {
            throw new PyException("TypeError", "methodcaller expected 1 argument, got " + n);
        }
        long method = Abstract.getAttr(space, space.tupleType.item(args, 0), field(o, NAME));
        try {
            return Abstract.call(space, method, field(o, ARGS), field(o, KWDS));
        } finally {
            space.decref(method);
        }
    }

    /** {@code methodcaller_repr}: {@code operator.methodcaller('m', 1, k=2)}. */
    @Override
    public String repr(long o) {
        String type = space.typeOf(o).name;
        if (!Abstract.reprEnter(space, o)) {
            return type + "(...)";
        }
        try {
            StringBuilder s = new StringBuilder(Abstract.repr(space, field(o, NAME)));
            long args = field(o, ARGS);
            for (long i = 0, n = space.tupleType.size(args); i < n; i++) {
                s.append(", ").append(Abstract.repr(space, space.tupleType.item(args, i)));
            }
            long kwds = field(o, KWDS);
            if (kwds != 0) {
                long items = space.dictType.itemsList(kwds);
                try {
                    for (long i = 0, n = space.listType.size(items); i < n; i++) {
                        long pair = space.listType.item(items, i);
                        s.append(", ").append(space.strType.value(space.tupleType.item(pair, 0))).append('=')
                                .append(Abstract.repr(space, space.tupleType.item(pair, 1)));
                    }
                } finally {
                    space.decref(items);
                }
            }
            return type + "(" + s + ")";
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code methodcaller_reduce}. */
    private long reduce(long o) {
        long type = space.typeOf(o).typeObject(), name = field(o, NAME), args = field(o, ARGS), kwds = field(o, KWDS);
        if (kwds == 0 || space.dictType.size(kwds) == 0) {
            int n = (int) space.tupleType.size(args);
            long[] all = new long[n + 1];
            all[0] = name;
            for (int i = 0; i < n; i++) {
                all[i + 1] = space.tupleType.item(args, i);
            }
            long newArgs = space.tupleType.create(all);
            try {
                return space.tupleType.create(type, newArgs);
            } finally {
                space.decref(newArgs);
            }
        }
        long partial = 0, partialArgs = 0, constructor = 0;
        try {
            partial = Abstract.getAttr(space, table.importModule("functools"), "partial");
            partialArgs = space.tupleType.create(type, name);
            constructor = Abstract.call(space, partial, partialArgs, kwds);
            return space.tupleType.create(constructor, args);
        } finally {
            space.xdecref(constructor);
            space.xdecref(partialArgs);
            space.xdecref(partial);
        }
    }

    /** {@code methodcaller_traverse}: name, args, kwds, then the type (a heap type in CPython). */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        forEachReferent(o, visitor);
        visitor.accept(typeObject());
    }
}

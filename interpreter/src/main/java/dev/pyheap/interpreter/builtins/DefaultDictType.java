package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.DictType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * {@code collections.defaultdict} (Modules/_collectionsmodule.c's {@code defdictobject}): a dict
 * with one more field, the {@code default_factory} called by {@code __missing__} for an absent
 * key (dict's subscript calls {@code __missing__} for a subclass, {@code dict_subscript}).
 * <pre>   dict's fields (+0 .. +48)   +48 default_factory (owned, 0 for None)</pre>
 * {@code sys.getsizeof} is a dict's plus 8: 72 for an empty one. Every dict slot is dict's; this
 * type adds the factory to construction, repr, traversal, clearing and deallocation.
 */
final class DefaultDictType extends DictSubtype {
    private static final int FACTORY = DictType.SIZE, SIZE = DictType.SIZE + 8;

    DefaultDictType(ObjectSpace space) {
        super(space, "collections.defaultdict", SIZE);
        defineMethod("__missing__", (self, args) -> missing(self, Args.one("__missing__", args)));
        defineMethod("copy", (self, args) -> {
            Args.none("copy", args);
            return copy(self);
        });
        defineMethod("__copy__", (self, args) -> {
            Args.none("__copy__", args);
            return copy(self);
        });
        // defdict_reduce: (type, (default_factory,) or (), None, None, iter(self.items()))
        defineMethod("__reduce__", (self, args) -> {
            Args.none("__reduce__", args);
            long factory = factoryOrNone(self);
            long newArgs = factory == space.none ? space.tupleType.create() : space.tupleType.create(factory);
            long items = 0, it = 0;
            try {
                items = Abstract.callMethod(space, self, "items", PyType.NO_ARGS);
                it = Abstract.getIter(space, items);
                return space.tupleType.create(space.typeOf(self).typeObject(), newArgs, space.none, space.none, it);
            } finally {
                space.decref(newArgs);
                space.xdecref(items);
                space.xdecref(it);
            }
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.TP_GETATTRO, SlotWrappers.Slot.TP_INIT,
                SlotWrappers.Slot.NB_OR);
    }

    @Override
    protected void fillDict() {
        putClassGetItem(); // defdict_methods lists it
        // defdict_members: a T_OBJECT member (NULL reads as None, deleting stores NULL)
        putInDict("default_factory", space.memberDescrType.createAccessor(this, "default_factory",
                o -> space.newRef(factoryOrNone(o)), (o, v) -> setFactory(o, v == 0 || v == space.none ? 0 : v)));
    }

    private long factory(long o) {
        return memory.getLong(o + FACTORY);
    }

    private long factoryOrNone(long o) {
        long f = factory(o);
        return f == 0 ? space.none : f;
    }

    /** Stores {@code f} (a new reference taken; 0 for None), releasing the old factory. */
    private void setFactory(long o, long f) {
        long old = factory(o);
        memory.putLong(o + FACTORY, f == 0 ? 0 : space.newRef(f));
        space.xdecref(old);
    }

    /** {@code defdict_missing}: {@code self[key] = default_factory()}, or KeyError(key) without a factory. */
    private long missing(long self, long key) {
        long f = factory(self);
        if (f == 0) {
            throw space.exceptions.keyError(key);
        }
        long value = Abstract.call(space, f);
        try {
            Abstract.setItem(space, self, key, value);
        } catch (RuntimeException e) {
            space.decref(value);
            throw e;
        }
        return value;
    }

    /** {@code defdict_copy}: {@code type(self)(self.default_factory, self)}. */
    private long copy(long self) {
        return Abstract.call(space, space.typeOf(self).typeObject(), new long[] {factoryOrNone(self), self});
    }

    // ---------------------------------------------------------------- construction

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = dict.createSubtype(this, SIZE);
        space.track(o);
        return o;
    }

    /** {@code defdict_init}: the first argument, when given, is the factory (callable or None); the rest go to dict's init. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        int n = (int) space.tupleType.size(args);
        long f = 0;
        if (n > 0) {
            f = space.tupleType.item(args, 0);
            if (f != space.none && !Abstract.isCallable(space, f)) {
                throw new PyException("TypeError", "first argument must be callable or None");
            }
        }
        long[] rest = new long[Math.max(0, n - 1)];
        for (int i = 1; i < n; i++) {
            rest[i - 1] = space.tupleType.item(args, i);
        }
        long restTuple = space.tupleType.create(rest);
        try {
            dict.tpInit(self, restTuple, kwargs);
        } finally {
            space.decref(restTuple);
        }
        setFactory(self, f == space.none ? 0 : f);
    }

    @Override
    public boolean isCallable() {
        return false;
    }

    // ---------------------------------------------------------------- dict's slots


    @Override
    public void setItem(long o, long key, long value) {
        dict.setItem(o, key, value);
    }




    @Override
    public long iter(long o) {
        return dict.iter(o);
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        return dict.richCompare(a, b, op);
    }


    /** {@code defdict_repr}: {@code defaultdict(<factory repr>, {...})}, the factory's repr guarded against recursion. */
    @Override
    public String repr(long o) {
        String items = dict.repr(o);
        long f = factory(o);
        String factory;
        if (f == 0) {
            factory = "None";
        } else if (!Abstract.reprEnter(space, f)) {
            factory = "...";
        } else {
            try {
                factory = Abstract.repr(space, f);
            } finally {
                Abstract.reprLeave(space, f);
            }
        }
        String typeName = space.typeOf(o).name;
        return typeName.substring(typeName.lastIndexOf('.') + 1) + "(" + factory + ", " + items + ")";
    }

    @Override
    public long sizeof(long o) {
        return dict.sizeof(o) + 8;
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void traverse(long o, LongConsumer visitor) {
        visitFactory(o, visitor);
        dict.traverse(o, visitor);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        visitFactory(o, visitor);
        dict.forEachReferent(o, visitor);
    }

    private void visitFactory(long o, LongConsumer visitor) {
        long f = factory(o);
        if (f != 0) {
            visitor.accept(f);
        }
    }

    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        return dict.forEachOwnedBlock(o, visitor);
    }

    @Override
    public void clear(long o) {
        setFactory(o, 0);
        dict.clear(o);
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        setFactory(o, 0);
        dict.dealloc(o);
    }
}

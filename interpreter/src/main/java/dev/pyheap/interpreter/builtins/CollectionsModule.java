package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _collections} (Modules/_collectionsmodule.c): {@code deque} ({@link DequeType}),
 * {@code defaultdict} ({@link DefaultDictType}), {@code OrderedDict} ({@link OrderedDictType}) and
 * {@code _count_elements(mapping, iterable)}, the counting loop of {@code collections.Counter}.
 */
final class CollectionsModule {
    private CollectionsModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        DequeType deque = space.register(new DequeType(space));
        SysModule.setItem(space, dict, "deque", deque.typeObject());
        DefaultDictType defaultdict = space.register(new DefaultDictType(space));
        SysModule.setItem(space, dict, "defaultdict", defaultdict.typeObject());
        OrderedDictType odict = space.register(new OrderedDictType(space));
        SysModule.setItem(space, dict, "OrderedDict", odict.typeObject());
        SysModule.setItem(space, dict, "_deque_iterator", deque.iterType.typeObject());
        SysModule.setItem(space, dict, "_deque_reverse_iterator", deque.reverseIterType.typeObject());
        SysModule.function(space, module, dict, "_count_elements", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_count_elements", a, n, kw).keywords().range(2, 2);
            countElements(table, c.get(0), c.get(1));
            return space.newNone();
        });
    }

    /** {@code mapping[elem] = mapping.get(elem, 0) + 1} for each element, as {@code _count_elements}'s general path. */
    private static void countElements(ModuleTable table, long mapping, long iterable) {
        ObjectSpace space = table.space();
        long it = Abstract.getIter(space, iterable);
        long get = 0, zero = space.newInt(0), one = space.newInt(1);
        try {
            get = Abstract.getAttr(space, mapping, "get");
            for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                long old = 0, updated = 0;
                try {
                    old = Abstract.call(space, get, new long[] {x, zero});
                    updated = table.interpreter().binaryOp(old, one, BinaryOp.ADD.ordinal()); // BINARY_OP's int fast path
                    Abstract.setItem(space, mapping, x, updated);
                } finally {
                    space.xdecref(updated);
                    space.xdecref(old);
                    space.decref(x);
                }
            }
        } finally {
            space.xdecref(get);
            space.decref(zero);
            space.decref(one);
            space.decref(it);
        }
    }
}

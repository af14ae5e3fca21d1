package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ListType;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _heapq} (Modules/_heapqmodule.c): the heap invariant {@code heap[k] <= heap[2*k+1]} and
 * {@code heap[k] <= heap[2*k+2]} kept on a plain list by {@code <} alone; heapq.py imports these and
 * keeps {@code merge}, {@code nsmallest} and {@code nlargest} in Python, as CPython's does.
 * <ul>
 * <li>{@code siftdown(start, pos)}: the item at {@code pos} swaps with its parent while it is less
 *     than the parent and {@code pos > start}.
 * <li>{@code siftup(pos)}: the hole at {@code pos} moves down to a leaf, each step swapping with the
 *     smaller child (the right one unless {@code left < right}); then a siftdown from that leaf back
 *     to {@code pos}: fewer comparisons than stopping as soon as the item fits (Knuth, 5.2.3, ex. 18).
 * </ul>
 * The {@code _max} functions are the same with the operands of every {@code <} swapped. A comparison
 * runs Python code: both items are held across it, and a list whose size changed meanwhile stops the
 * walk with CPython's {@code RuntimeError}.
 */
final class HeapqModule {
    private HeapqModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Sifter min = new Sifter(space, false);
        Sifter max = new Sifter(space, true);
        SysModule.function(space, module, dict, "heappush", (self, a, n, kw) -> {
            long heap = twoArguments(space, "heappush", a, n, kw);
            space.listType.append(heap, space.memory.getLong(a + 8));
            min.siftdown(heap, 0, space.listType.size(heap) - 1);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "heappop", (self, a, n, kw) -> pop(space, "heappop", min, a, n, kw));
        SysModule.function(space, module, dict, "_heappop_max", (self, a, n, kw) -> pop(space, "_heappop_max", max, a, n, kw));
        SysModule.function(space, module, dict, "heapreplace", (self, a, n, kw) ->
                replace(space, "heapreplace", min, twoArguments(space, "heapreplace", a, n, kw), space.memory.getLong(a + 8)));
        SysModule.function(space, module, dict, "_heapreplace_max", (self, a, n, kw) ->
                replace(space, "_heapreplace_max", max, twoArguments(space, "_heapreplace_max", a, n, kw),
                        space.memory.getLong(a + 8)));
        SysModule.function(space, module, dict, "heappushpop", (self, a, n, kw) -> {
            long heap = twoArguments(space, "heappushpop", a, n, kw);
            long item = space.memory.getLong(a + 8);
            ListType list = space.listType;
            if (list.size(heap) == 0) {
                return space.newRef(item);
            }
            long top = space.newRef(list.item(heap, 0));
            boolean less;
            try {
                less = Abstract.richCompareBool(space, top, item, CompareOp.LT);
            } finally {
                space.decref(top);
            }
            if (!less) {
                return space.newRef(item);
            }
            if (list.size(heap) == 0) {
                throw new PyException("IndexError", "index out of range");
            }
            return replaceTop(space, min, heap, space.newRef(item));
        });
        SysModule.function(space, module, dict, "heapify", (self, a, n, kw) -> heapify(space, "heapify", min, a, n, kw));
        SysModule.function(space, module, dict, "_heapify_max", (self, a, n, kw) -> heapify(space, "_heapify_max", max, a, n, kw));
    }

    /** The heap of a two-argument function ({@code heappush(heap, item, /)}), checked as its Argument Clinic code does. */
    private static long twoArguments(ObjectSpace space, String name, long a, long n, long kw) {
        new CallArgs(space, "_heapq." + name, a, n, kw).keywords();
        if (n != 2) {
            throw new PyException("TypeError", name + " expected 2 arguments, got " + n);
        }
        return list(space, name, "argument 1", space.memory.getLong(a));
    }

    /** The heap of a one-argument ({@code METH_O}) function. */
    private static long oneArgument(ObjectSpace space, String name, long a, long n, long kw) {
        new CallArgs(space, "_heapq." + name, a, n, kw).exactly(1);
        return list(space, name, "argument", space.memory.getLong(a));
    }

    private static long list(ObjectSpace space, String name, String parameter, long heap) {
        if (!space.listType.check(heap)) {
            throw CallArguments.badArgument(space, name, parameter, "list", heap);
        }
        return heap;
    }

    private static long pop(ObjectSpace space, String name, Sifter sifter, long a, long n, long kw) {
        long heap = oneArgument(space, name, a, n, kw);
        ListType list = space.listType;
        if (list.size(heap) == 0) {
            throw new PyException("IndexError", "index out of range");
        }
        long last = list.pop(heap, list.size(heap) - 1);
        if (list.size(heap) == 0) {
            return last;
        }
        return replaceTop(space, sifter, heap, last);
    }

    private static long replace(ObjectSpace space, String name, Sifter sifter, long heap, long item) {
        ListType list = space.listType;
        if (list.size(heap) == 0) {
            throw new PyException("IndexError", "index out of range");
        }
        return replaceTop(space, sifter, heap, space.newRef(item));
    }

    /** Puts {@code item} (a reference this takes over) at the top and sifts it down: the old top, a new reference. */
    private static long replaceTop(ObjectSpace space, Sifter sifter, long heap, long item) {
        long returned = space.listType.exchange(heap, 0, item);
        try {
            sifter.siftup(heap, 0);
        } catch (RuntimeException e) {
            space.decref(returned);
            throw e;
        }
        return returned;
    }

    private static long heapify(ObjectSpace space, String name, Sifter sifter, long a, long n, long kw) {
        long heap = oneArgument(space, name, a, n, kw);
        long size = space.listType.size(heap);
        if (size <= 2500) {
            for (long i = size / 2 - 1; i >= 0; i--) {
                sifter.siftup(heap, i);
            }
            return space.newNone();
        }
        // A big heap is made subtree by subtree, as CPython's cache-friendly order: from the parents of
        // the last row's leaves leftwards, and after each left child its parent while it is one too.
        long firstLeaf = size >> 1;
        long rowStart = Long.highestOneBit(firstLeaf + 1) - 1;
        for (long i = rowStart - 1; i >= firstLeaf >> 1; i--) {
            siftupThenParents(sifter, heap, i);
        }
        for (long i = firstLeaf - 1; i >= rowStart; i--) {
            siftupThenParents(sifter, heap, i);
        }
        return space.newNone();
    }

    private static void siftupThenParents(Sifter sifter, long heap, long i) {
        for (long j = i; ; j >>= 1) {
            sifter.siftup(heap, j);
            if ((j & 1) == 0) {
                return;
            }
        }
    }

    /** The two walks for a min-heap ({@code <}) or a max-heap (its operands swapped). */
    private record Sifter(ObjectSpace space, boolean max) {
        /** Whether {@code a} goes above {@code b}, both held while the comparison's code runs. */
        private boolean above(long a, long b) {
            space.incref(a);
            space.incref(b);
            try {
                return max ? Abstract.richCompareBool(space, b, a, CompareOp.LT)
                        : Abstract.richCompareBool(space, a, b, CompareOp.LT);
            } finally {
                space.decref(a);
                space.decref(b);
            }
        }

        void siftdown(long heap, long start, long pos) {
            ListType list = space.listType;
            long size = list.size(heap);
            if (pos >= size) {
                throw new PyException("RuntimeError", "list changed size during iteration");
            }
            while (pos > start) {
                long parent = (pos - 1) >> 1;
                boolean up = above(list.item(heap, pos), list.item(heap, parent));
                if (size != list.size(heap)) {
                    throw new PyException("RuntimeError", "list changed size during iteration");
                }
                if (!up) {
                    break;
                }
                list.swap(heap, parent, pos);
                pos = parent;
            }
        }

        void siftup(long heap, long pos) {
            ListType list = space.listType;
            long end = list.size(heap);
            long start = pos;
            long limit = end >> 1;
            while (pos < limit) {
                long child = 2 * pos + 1;
                if (child + 1 < end && !above(list.item(heap, child), list.item(heap, child + 1))) {
                    child++;
                }
                if (end != list.size(heap)) {
                    throw new PyException("RuntimeError", "list changed size during iteration");
                }
                list.swap(heap, child, pos);
                pos = child;
            }
            siftdown(heap, start, pos);
        }
    }
}

package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * {@code collections.deque} (Modules/_collectionsmodule.c's {@code dequeobject}): a doubly linked
 * list of 64-item blocks, laid out as CPython 3.11's.
 *
 * <h2>Layout</h2>
 * <pre>
 *   -16 PyGC_Head
 *    +0 ob_refcnt  +8 ob_type  +16 ob_size (items)
 *   +24 leftblock  +32 rightblock  +40 leftindex  +48 rightindex
 *   +56 state (bumped by every mutation: iterators notice)   +64 maxlen (-1: unbounded)
 *   +72 numfreeblocks  +80 freeblocks[16] (emptied blocks kept for reuse)  +208 weakreflist
 *
 *   block (528 bytes, PyMem_Malloc):  +0 leftlink  +8 data[64]  +520 rightlink
 *
 *   leftblock                          rightblock
 *   [ . . . a b c ] <-> [ d e ... ] <-> [ x y z . . ]
 *           ^ leftindex                      ^ rightindex
 * </pre>
 * Invariants: {@code leftindex + ob_size - 1 == (blocks - 1) * 64 + rightindex}; there is always at
 * least one block; an empty deque is "centered" ({@code leftindex = 32}, {@code rightindex = 31}).
 * {@code sys.getsizeof} is {@code 16 + 216 + 528 * blocks}, with
 * {@code blocks = (leftindex + ob_size + 63) / 64}: 760 for an empty deque.
 * <ol>
 * <li>append: a full right block gets a new block linked to its right; the item goes at
 *     {@code ++rightindex}; a bounded deque then drops its leftmost item. appendleft mirrors it.
 * <li>pop: the item at {@code rightindex} leaves; an emptied right block is freed (kept in
 *     {@code freeblocks} while there are fewer than 16), unless the deque became empty: then it is
 *     re-centered. popleft mirrors it.
 * <li>extend into an empty deque starts next to the left end of the block ({@code leftindex = 1},
 *     {@code rightindex = 0}, also when the iterable is empty), extendleft next to its right end
 *     ({@code leftindex = 63}), CPython's space-saving heuristic.
 * </ol>
 */
final class DequeType extends PyType {
    static final int BLOCKLEN = 64;
    private static final int CENTER = (BLOCKLEN - 1) / 2;
    private static final int BLOCK_SIZE = 8 * (BLOCKLEN + 2);
    private static final int MAXFREEBLOCKS = 16;
    private static final int LEFTBLOCK = 24, RIGHTBLOCK = 32, LEFTINDEX = 40, RIGHTINDEX = 48, STATE = 56, MAXLEN = 64,
            NUMFREE = 72, FREEBLOCKS = 80, WEAKLIST = 208, SIZE = 216;
    private static final int RIGHTLINK = 8 + 8 * BLOCKLEN;
    private static final int OB_SIZE = 16;

    final DequeIterType iterType, reverseIterType;

    DequeType(ObjectSpace space) {
        super(space, "collections.deque", null, BASETYPE | HAVE_GC | SEQUENCE, SIZE, 0);
        iterType = space.register(new DequeIterType(space, this, "_collections._deque_iterator", false));
        reverseIterType = space.register(new DequeIterType(space, this, "_collections._deque_reverse_iterator", true));
        defineMethod("append", (self, args) -> {
            append(self, Args.one("deque.append", args));
            return space.newNone();
        });
        defineMethod("appendleft", (self, args) -> {
            appendleft(self, Args.one("deque.appendleft", args));
            return space.newNone();
        });
        defineMethod("pop", (self, args) -> {
            Args.none("deque.pop", args);
            return pop(self);
        });
        defineMethod("popleft", (self, args) -> {
            Args.none("deque.popleft", args);
            return popleft(self);
        });
        defineMethod("extend", (self, args) -> {
            extend(self, Args.one("deque.extend", args), false);
            return space.newNone();
        });
        defineMethod("extendleft", (self, args) -> {
            extend(self, Args.one("deque.extendleft", args), true);
            return space.newNone();
        });
        defineMethod("clear", (self, args) -> {
            Args.none("deque.clear", args);
            clear(self);
            return space.newNone();
        });
        defineMethod("rotate", (self, args) -> {
            Args.range("rotate", args, 0, 1);
            rotate(self, args.length == 0 ? 1 : Abstract.index(space, args[0]));
            return space.newNone();
        });
        defineMethod("reverse", (self, args) -> {
            Args.none("deque.reverse", args);
            reverse(self);
            return space.newNone();
        });
        defineMethod("count", (self, args) -> {
            long v = Args.one("deque.count", args);
            long state = state(self), n = 0;
            for (long i = 0; i < size(self); i++) {
                long item = space.newRef(item(self, i));
                try {
                    if (Abstract.richCompareBool(space, item, v, CompareOp.EQ)) {
                        n++;
                    }
                } finally {
                    space.decref(item);
                }
                mutationCheck(self, state);
            }
            return space.newInt(n);
        });
        defineMethod("index", (self, args) -> {
            Args.range("index", args, 1, 3);
            long n = size(self);
            long start = args.length > 1 ? clampIndex(args[1], n) : 0;
            long stop = args.length > 2 ? clampIndex(args[2], n) : n;
            long state = state(self);
            for (long i = start; i < Math.min(stop, size(self)); i++) {
                long item = space.newRef(item(self, i));
                try {
                    if (Abstract.richCompareBool(space, item, args[0], CompareOp.EQ)) {
                        return space.newInt(i);
                    }
                } finally {
                    space.decref(item);
                }
                mutationCheck(self, state);
            }
            throw new PyException("ValueError", Abstract.repr(space, args[0]) + " is not in deque");
        });
        defineMethod("remove", (self, args) -> {
            long v = Args.one("deque.remove", args);
            long state = state(self);
            for (long i = 0; i < size(self); i++) {
                long item = space.newRef(item(self, i));
                boolean equal;
                try {
                    equal = Abstract.richCompareBool(space, item, v, CompareOp.EQ);
                } finally {
                    space.decref(item);
                }
                mutationCheck(self, state);
                if (equal) {
                    delete(self, i);
                    return space.newNone();
                }
            }
            throw new PyException("ValueError", Abstract.repr(space, v) + " is not in deque");
        });
        defineMethod("insert", (self, args) -> {
            Args.range("insert", args, 2, 2);
            insert(self, Abstract.index(space, args[0]), args[1]);
            return space.newNone();
        });
        PyMethodCopy copy = self -> copy(self);
        defineMethod("copy", (self, args) -> {
            Args.none("deque.copy", args);
            return copy.copy(self);
        });
        defineMethod("__copy__", (self, args) -> {
            Args.none("deque.__copy__", args);
            return copy.copy(self);
        });
        // deque_reduce: (type, () or ((), maxlen), state, iter(self)); copy and pickle append the items back
        defineMethod("__reduce__", (self, args) -> {
            Args.none("deque.__reduce__", args);
            long state = Abstract.callMethod(space, self, "__getstate__", PyType.NO_ARGS);
            long it = 0, newArgs = 0, empty = 0, max = 0;
            try {
                it = Abstract.getIter(space, self);
                if (maxlen(self) < 0) {
                    newArgs = space.tupleType.create();
                } else {
                    empty = space.tupleType.create();
                    max = space.newInt(maxlen(self));
                    newArgs = space.tupleType.create(empty, max);
                }
                return space.tupleType.create(space.typeOf(self).typeObject(), newArgs, state, it);
            } finally {
                space.decref(state);
                space.xdecref(it);
                space.xdecref(newArgs);
                space.xdecref(empty);
                space.xdecref(max);
            }
        });
        defineMethod("__reversed__", (self, args) -> {
            Args.none("deque.__reversed__", args);
            return reverseIterType.create(self);
        });
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("deque.__sizeof__", args);
            return space.newInt(sizeof(self) - Layout.GC_HEAD);
        });
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
        putGetSets("maxlen"); // deque_getset: read through lookupAttr
    }

    private interface PyMethodCopy {
        long copy(long self);
    }

    // ------------------------------------------------------------ fields

    long size(long o) {
        return memory.getLong(o + OB_SIZE);
    }

    private long state(long o) {
        return memory.getLong(o + STATE);
    }

    private void bump(long o) {
        memory.putLong(o + STATE, state(o) + 1);
    }

    private void mutationCheck(long o, long state) {
        if (state(o) != state) {
            throw new PyException("RuntimeError", "deque mutated during iteration");
        }
    }

    private long maxlen(long o) {
        return memory.getLong(o + MAXLEN);
    }

    private long blocks(long o) {
        return (memory.getLong(o + LEFTINDEX) + size(o) + BLOCKLEN - 1) / BLOCKLEN;
    }

    private long newBlock(long o) {
        long n = memory.getLong(o + NUMFREE);
        if (n > 0) {
            memory.putLong(o + NUMFREE, n - 1);
            return memory.getLong(o + FREEBLOCKS + 8 * (n - 1));
        }
        return space.allocate(BLOCK_SIZE);
    }

    private void freeBlock(long o, long b) {
        long n = memory.getLong(o + NUMFREE);
        if (n < MAXFREEBLOCKS) {
            memory.putLong(o + FREEBLOCKS + 8 * n, b);
            memory.putLong(o + NUMFREE, n + 1);
        } else {
            space.free(b);
        }
    }

    /** The slot of item {@code i} (0 ≤ i < size): the address holding its pointer. */
    private long slot(long o, long i) {
        long k = memory.getLong(o + LEFTINDEX) + i;
        long b = memory.getLong(o + LEFTBLOCK);
        for (long j = k / BLOCKLEN; j > 0; j--) {
            b = memory.getLong(b + RIGHTLINK);
        }
        return b + 8 + 8 * (k % BLOCKLEN);
    }

    /** Item {@code i} (borrowed). */
    long item(long o, long i) {
        return memory.getLong(slot(o, i));
    }

    // ------------------------------------------------------------ the operations

    /** A new empty deque of {@code type}: one block, centered. */
    private long allocate(long maxlen) {
        long o = space.newGcObject(this, SIZE, 0);
        for (int off = 16; off < SIZE; off += 8) {
            memory.putLong(o + off, 0);
        }
        long b = space.allocate(BLOCK_SIZE);
        memory.putLong(b, 0);
        memory.putLong(b + RIGHTLINK, 0);
        memory.putLong(o + LEFTBLOCK, b);
        memory.putLong(o + RIGHTBLOCK, b);
        memory.putLong(o + LEFTINDEX, CENTER + 1);
        memory.putLong(o + RIGHTINDEX, CENTER);
        memory.putLong(o + MAXLEN, maxlen);
        space.track(o);
        return o;
    }

    /** {@code deque_append_internal}: takes a new reference to {@code v}. */
    void append(long o, long v) {
        if (memory.getLong(o + RIGHTINDEX) == BLOCKLEN - 1) {
            long b = newBlock(o);
            long right = memory.getLong(o + RIGHTBLOCK);
            memory.putLong(b, right);
            memory.putLong(b + RIGHTLINK, 0);
            memory.putLong(right + RIGHTLINK, b);
            memory.putLong(o + RIGHTBLOCK, b);
            memory.putLong(o + RIGHTINDEX, -1);
        }
        long ri = memory.getLong(o + RIGHTINDEX) + 1;
        memory.putLong(o + RIGHTINDEX, ri);
        memory.putLong(o + OB_SIZE, size(o) + 1);
        memory.putLong(memory.getLong(o + RIGHTBLOCK) + 8 + 8 * ri, space.newRef(v));
        bump(o);
        long max = maxlen(o);
        if (max >= 0 && size(o) > max) {
            space.decref(popleft(o));
        }
    }

    void appendleft(long o, long v) {
        if (memory.getLong(o + LEFTINDEX) == 0) {
            long b = newBlock(o);
            long left = memory.getLong(o + LEFTBLOCK);
            memory.putLong(b + RIGHTLINK, left);
            memory.putLong(b, 0);
            memory.putLong(left, b);
            memory.putLong(o + LEFTBLOCK, b);
            memory.putLong(o + LEFTINDEX, BLOCKLEN);
        }
        long li = memory.getLong(o + LEFTINDEX) - 1;
        memory.putLong(o + LEFTINDEX, li);
        memory.putLong(o + OB_SIZE, size(o) + 1);
        memory.putLong(memory.getLong(o + LEFTBLOCK) + 8 + 8 * li, space.newRef(v));
        bump(o);
        long max = maxlen(o);
        if (max >= 0 && size(o) > max) {
            space.decref(pop(o));
        }
    }

    /** {@code deque.pop()}: a new reference (the deque's). */
    long pop(long o) {
        if (size(o) == 0) {
            throw new PyException("IndexError", "pop from an empty deque");
        }
        long right = memory.getLong(o + RIGHTBLOCK);
        long ri = memory.getLong(o + RIGHTINDEX);
        long item = memory.getLong(right + 8 + 8 * ri);
        ri--;
        memory.putLong(o + RIGHTINDEX, ri);
        memory.putLong(o + OB_SIZE, size(o) - 1);
        bump(o);
        if (ri < 0) {
            if (size(o) > 0) {
                long prev = memory.getLong(right);
                freeBlock(o, right);
                memory.putLong(prev + RIGHTLINK, 0);
                memory.putLong(o + RIGHTBLOCK, prev);
                memory.putLong(o + RIGHTINDEX, BLOCKLEN - 1);
            } else {
                memory.putLong(o + LEFTINDEX, CENTER + 1);
                memory.putLong(o + RIGHTINDEX, CENTER);
            }
        }
        return item;
    }

    long popleft(long o) {
        if (size(o) == 0) {
            throw new PyException("IndexError", "pop from an empty deque");
        }
        long left = memory.getLong(o + LEFTBLOCK);
        long li = memory.getLong(o + LEFTINDEX);
        long item = memory.getLong(left + 8 + 8 * li);
        li++;
        memory.putLong(o + LEFTINDEX, li);
        memory.putLong(o + OB_SIZE, size(o) - 1);
        bump(o);
        if (li == BLOCKLEN) {
            if (size(o) > 0) {
                long next = memory.getLong(left + RIGHTLINK);
                freeBlock(o, left);
                memory.putLong(next, 0);
                memory.putLong(o + LEFTBLOCK, next);
                memory.putLong(o + LEFTINDEX, 0);
            } else {
                memory.putLong(o + LEFTINDEX, CENTER + 1);
                memory.putLong(o + RIGHTINDEX, CENTER);
            }
        }
        return item;
    }

    /** {@code deque.extend} / {@code extendleft}: the items of {@code iterable} (itself copied first). */
    void extend(long o, long iterable, boolean left) {
        if (iterable == o) {
            long list = Abstract.sequenceList(space, iterable);
            try {
                extend(o, list, left);
            } finally {
                space.decref(list);
            }
            return;
        }
        long it = Abstract.getIter(space, iterable);
        try {
            if (maxlen(o) == 0) {
                for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                    space.decref(x);
                }
                return;
            }
            if (size(o) == 0) { // the space-saving heuristic: start next to the block's end
                memory.putLong(o + LEFTINDEX, left ? BLOCKLEN - 1 : 1);
                memory.putLong(o + RIGHTINDEX, left ? BLOCKLEN - 2 : 0);
            }
            for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                try {
                    if (left) {
                        appendleft(o, x);
                    } else {
                        append(o, x);
                    }
                } finally {
                    space.decref(x);
                }
            }
        } finally {
            space.decref(it);
        }
    }

    /** {@code deque_clear}: emptied first, then the items released, one centered block left. */
    @Override
    public void clear(long o) {
        long n = size(o);
        if (n == 0) {
            return;
        }
        long[] items = new long[(int) n];
        for (int i = 0; i < n; i++) {
            items[i] = item(o, i);
        }
        long b = memory.getLong(o + LEFTBLOCK);
        long fresh = newBlock(o);
        while (b != 0) {
            long next = memory.getLong(b + RIGHTLINK);
            freeBlock(o, b);
            b = next;
        }
        memory.putLong(fresh, 0);
        memory.putLong(fresh + RIGHTLINK, 0);
        memory.putLong(o + LEFTBLOCK, fresh);
        memory.putLong(o + RIGHTBLOCK, fresh);
        memory.putLong(o + LEFTINDEX, CENTER + 1);
        memory.putLong(o + RIGHTINDEX, CENTER);
        memory.putLong(o + OB_SIZE, 0);
        bump(o);
        for (long item : items) {
            space.decref(item);
        }
    }

    /** {@code deque.rotate(n)}: n steps to the right (left when negative). */
    void rotate(long o, long n) {
        long len = size(o);
        if (len <= 1) {
            return;
        }
        long half = len >> 1;
        if (n > half || n < -half) {
            n %= len;
            if (n > half) {
                n -= len;
            } else if (n < -half) {
                n += len;
            }
        }
        for (; n > 0; n--) {
            long x = pop(o);
            appendleft(o, x);
            space.decref(x);
        }
        for (; n < 0; n++) {
            long x = popleft(o);
            append(o, x);
            space.decref(x);
        }
    }

    private void reverse(long o) {
        long n = size(o);
        for (long i = 0, j = n - 1; i < j; i++, j--) {
            long a = slot(o, i), b = slot(o, j);
            long t = memory.getLong(a);
            memory.putLong(a, memory.getLong(b));
            memory.putLong(b, t);
        }
        bump(o);
    }

    private void insert(long o, long index, long v) {
        long n = size(o);
        if (maxlen(o) == n) {
            throw new PyException("IndexError", "deque already at its maximum size");
        }
        if (index >= n) {
            append(o, v);
        } else if (index <= -n || index == 0) {
            appendleft(o, v);
        } else {
            rotate(o, -index);
            if (index < 0) {
                append(o, v);
            } else {
                appendleft(o, v);
            }
            rotate(o, index);
        }
    }

    /** {@code del d[i]} ({@code deque_del_item}): rotate it to the left end, pop it, rotate back. */
    private void delete(long o, long i) {
        rotate(o, -i);
        long x = popleft(o);
        rotate(o, i);
        space.decref(x);
    }

    /** {@code deque.copy()}: a deque subclass's copy is {@code type(d)(d)} (or {@code (d, maxlen)}), as CPython's. */
    private long copy(long o) {
        if (space.typeOf(o) != this) {
            long max = maxlen(o);
            long m = max < 0 ? 0 : space.newInt(max);
            try {
                return Abstract.call(space, space.typeOf(o).typeObject(), max < 0 ? new long[] {o} : new long[] {o, m});
            } finally {
                space.xdecref(m);
            }
        }
        long c = allocate(maxlen(o));
        if (size(o) != 1) { // deque_extend's heuristic (one item is appended)
            memory.putLong(c + LEFTINDEX, 1);
            memory.putLong(c + RIGHTINDEX, 0);
        }
        for (long i = 0; i < size(o); i++) {
            append(c, item(o, i));
        }
        return c;
    }

    private long clampIndex(long v, long n) {
        long i = Abstract.index(space, v);
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return Math.min(i, n);
    }

    private long checkedIndex(long o, long key) {
        // deque has sq_item but no mp_subscript: PyObject_GetItem/SetItem/DelItem refuse a key that
        // is not an index (a slice included) before converting it
        PyType kt = space.typeOf(key);
        if (!(kt.hasFlag(PyType.LONG_SUBCLASS) || kt.specialMethod("__index__") != 0 || kt.hasIndexSlot())) {
            throw new PyException("TypeError", "sequence index must be integer, not '" + kt.name + "'");
        }
        long i = Abstract.index(space, key);
        long n = size(o);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw new PyException("IndexError", "deque index out of range");
        }
        return i;
    }

    // ------------------------------------------------------------ slots

    /** {@code deque_concat}: {@code d + other}, a copy of {@code d} extended by another deque. */
    @Override
    public long concat(long a, long b) {
        if (!Abstract.objectIsInstance(space, b, this)) {
            throw new PyException("TypeError", "can only concatenate deque (not \"" + space.typeOf(b).name + "\") to deque");
        }
        long c = copy(a);
        try {
            extend(c, b, false);
        } catch (RuntimeException e) {
            space.decref(c);
            throw e;
        }
        return c;
    }

    /** {@code deque_inplace_concat}: {@code d += iterable} extends {@code d}. */
    @Override
    public long inplaceConcat(long a, long b) {
        extend(a, b, false);
        return space.newRef(a);
    }

    @Override
    public boolean hasRepeat() {
        return true;
    }

    /** {@code deque_repeat}: {@code d * n}, a copy of {@code d} repeated in place. */
    @Override
    public long repeat(long a, long count) {
        long c = copy(a);
        try {
            space.decref(inplaceRepeat(c, count));
        } catch (RuntimeException e) {
            space.decref(c);
            throw e;
        }
        return c;
    }

    /**
     * {@code deque_inplace_repeat}: {@code d *= n} appends the items {@code n - 1} more times (a
     * bounded deque keeping its last {@code maxlen}, so no more copies are made than can stay);
     * {@code n <= 0} empties it.
     */
    @Override
    public long inplaceRepeat(long a, long count) {
        long n = size(a);
        if (count <= 0) {
            clear(a);
            return space.newRef(a);
        }
        if (n == 0 || count == 1) {
            return space.newRef(a);
        }
        long max = maxlen(a);
        if (max >= 0 && count > (max + n - 1) / n) {
            count = (max + n - 1) / n;
        }
        if (count > Long.MAX_VALUE / n || n * count > Integer.MAX_VALUE) {
            throw new PyException("MemoryError", "");
        }
        long[] items = new long[(int) n];
        for (int i = 0; i < n; i++) {
            items[i] = space.newRef(item(a, i));
        }
        try {
            for (long k = 1; k < count; k++) {
                for (long v : items) {
                    append(a, v);
                }
            }
        } finally {
            for (long v : items) {
                space.decref(v);
            }
        }
        return space.newRef(a);
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        return allocate(-1);
    }

    /** {@code deque.__init__(iterable=(), maxlen=None)}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        long n = space.tupleType.size(args);
        if (n > 2) {
            throw new PyException("TypeError", "deque() takes at most 2 arguments (" + n + " given)");
        }
        long iterable = n > 0 ? space.tupleType.item(args, 0) : 0;
        long maxlenArg = n > 1 ? space.tupleType.item(args, 1) : 0;
        if (kwargs != 0) {
            for (String k : new String[] {"iterable", "maxlen"}) {
                long v = space.dictType.getItemString(kwargs, k);
                if (v != 0) {
                    if (k.equals("iterable") ? iterable != 0 : maxlenArg != 0) {
                        throw new PyException("TypeError", "argument for deque() given by name ('" + k + "') and position ("
                                + (k.equals("iterable") ? 1 : 2) + ")");
                    }
                    if (k.equals("iterable")) {
                        iterable = v;
                    } else {
                        maxlenArg = v;
                    }
                }
            }
            long nk = space.dictType.size(kwargs);
            long known = (space.dictType.getItemString(kwargs, "iterable") != 0 ? 1 : 0)
                    + (space.dictType.getItemString(kwargs, "maxlen") != 0 ? 1 : 0);
            if (nk > known) {
                space.dictType.forEach(kwargs, (k, v) -> {
                    String name = space.strType.value(k);
                    if (!name.equals("iterable") && !name.equals("maxlen")) {
                        throw CallArguments.invalidKeyword(name, "deque");
                    }
                });
            }
        }
        long max = -1;
        if (maxlenArg != 0 && maxlenArg != space.none) {
            max = Abstract.index(space, maxlenArg);
            if (max < 0) {
                throw new PyException("ValueError", "maxlen must be non-negative");
            }
        }
        memory.putLong(self + MAXLEN, max);
        if (size(self) > 0) {
            clear(self);
        }
        if (iterable != 0) {
            extend(self, iterable, false);
        }
    }

    @Override
    public long lookupAttr(long o, long name) {
        if (space.strType.value(name).equals("maxlen")) {
            long m = maxlen(o);
            return m < 0 ? space.newNone() : space.newInt(m);
        }
        return genericLookupAttr(o, name);
    }

    /** {@code deque_repr}: the repr of {@code list(d)} inside {@code deque(...)}, {@code [...]} when already being printed. */
    @Override
    public String repr(long o) {
        if (!Abstract.reprEnter(space, o)) {
            return "[...]";
        }
        try {
            String name = space.typeOf(o).name;
            long list = Abstract.sequenceList(space, o);
            String items;
            try {
                items = Abstract.repr(space, list);
            } finally {
                space.decref(list);
            }
            String text = name.substring(name.lastIndexOf('.') + 1) + "(" + items;
            return (maxlen(o) >= 0 ? text + ", maxlen=" + maxlen(o) : text) + ")";
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!(space.typeOf(a).isSubtypeOf(this) && space.typeOf(b).isSubtypeOf(this))) {
            return space.newRef(space.notImplemented);
        }
        List<Long> x = snapshot(a), y = snapshot(b);
        try {
            int n = Math.min(x.size(), y.size());
            int i = 0;
            for (; i < n; i++) {
                if (!Abstract.richCompareBool(space, x.get(i), y.get(i), CompareOp.EQ)) {
                    break;
                }
            }
            if (i < n) {
                if (op == CompareOp.EQ) {
                    return space.newBool(false);
                }
                if (op == CompareOp.NE) {
                    return space.newBool(true);
                }
                return Abstract.richCompare(space, x.get(i), y.get(i), op);
            }
            int c = Integer.compare(x.size(), y.size());
            boolean r = switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
            return space.newBool(r);
        } finally {
            x.forEach(space::decref);
            y.forEach(space::decref);
        }
    }

    private List<Long> snapshot(long o) {
        List<Long> items = new ArrayList<>();
        for (long i = 0; i < size(o); i++) {
            items.add(space.newRef(item(o, i)));
        }
        return items;
    }

    @Override
    public long length(long o) {
        return size(o);
    }

    @Override
    public long lengthHint(long o) {
        return size(o);
    }

    @Override
    public boolean isTrue(long o) {
        return size(o) > 0;
    }

    @Override
    public long sequenceItem(long o, long i) {
        if (i < 0 || i >= size(o)) {
            throw new PyException("IndexError", "deque index out of range");
        }
        return space.newRef(item(o, i));
    }

    @Override
    public long getItem(long o, long key) {
        return space.newRef(item(o, checkedIndex(o, key)));
    }

    @Override
    public void setItem(long o, long key, long value) {
        long i = checkedIndex(o, key);
        if (value == 0) {
            delete(o, i);
            return;
        }
        long s = slot(o, i);
        long old = memory.getLong(s);
        memory.putLong(s, space.newRef(value));
        space.decref(old);
    }

    @Override
    public boolean contains(long o, long v) {
        long state = state(o);
        for (long i = 0; i < size(o); i++) {
            long item = space.newRef(item(o, i));
            try {
                if (Abstract.richCompareBool(space, item, v, CompareOp.EQ)) {
                    return true;
                }
            } finally {
                space.decref(item);
            }
            mutationCheck(o, state);
        }
        return false;
    }

    @Override
    public long iter(long o) {
        return iterType.create(o);
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    @Override
    public long sizeof(long o) {
        return Layout.GC_HEAD + SIZE + BLOCK_SIZE * blocks(o);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        for (long i = 0; i < size(o); i++) {
            visitor.accept(item(o, i));
        }
    }

    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long blocks = blocks(o);
        long b = memory.getLong(o + LEFTBLOCK);
        for (long k = 0; k < blocks; k++) {
            if (b == 0 || !visitor.owned(b, BLOCK_SIZE)) {
                return b != 0 ? false : visitor.damaged("deque has fewer blocks than its size needs");
            }
            b = memory.getLong(b + RIGHTLINK);
        }
        long nfree = memory.getLong(o + NUMFREE);
        for (long k = 0; k < nfree; k++) {
            if (!visitor.owned(memory.getLong(o + FREEBLOCKS + 8 * k), 0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        if (memory.getLong(o + WEAKLIST) != 0) {
            space.clearWeakrefs(o);
        }
        if (size(o) > 0) {
            clear(o);
        }
        space.free(memory.getLong(o + LEFTBLOCK));
        long nfree = memory.getLong(o + NUMFREE);
        for (long k = 0; k < nfree; k++) {
            space.free(memory.getLong(o + FREEBLOCKS + 8 * k));
        }
        space.typeOf(o).tpFree(o);
    }

    /**
     * {@code _deque_iterator} and {@code _deque_reverse_iterator}: the deque, the index of the next
     * item and the deque's state when the iteration began (a mutation makes the next step raise
     * {@code RuntimeError: deque mutated during iteration}).
     * <pre> -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 index  +24 deque  +32 state  +40 counter (items left) </pre>
     */
    static final class DequeIterType extends PyType {
        private static final int INDEX = 16, DEQUE = 24, ITSTATE = 32, COUNTER = 40, ITSIZE = 48;
        private final DequeType deques;
        private final boolean reverse;

        DequeIterType(ObjectSpace space, DequeType deques, String name, boolean reverse) {
            super(space, name, null, HAVE_GC, ITSIZE, 0);
            this.deques = deques;
            this.reverse = reverse;
            defineMethod("__length_hint__", (self, args) -> { // dequeiter_len: the items left
                Args.none(name + ".__length_hint__", args);
                return space.newInt(memory.getLong(self + COUNTER));
            });
            defineMethod("__reduce__", (self, args) -> { // dequeiter_reduce: (type, (deque, items consumed))
                Args.none(name + ".__reduce__", args);
                long d = memory.getLong(self + DEQUE);
                long consumed = space.newInt(deques.size(d) - memory.getLong(self + COUNTER));
                try {
                    long inner = space.tupleType.create(d, consumed);
                    try {
                        return space.tupleType.create(typeObject(), inner);
                    } finally {
                        space.decref(inner);
                    }
                } finally {
                    space.decref(consumed);
                }
            });
        }

        /**
         * {@code dequeiter_new} / {@code dequereviter_new}: {@code (deque, index=0)} by position
         * ({@code PyArg_ParseTuple "O!|n"}, keywords ignored), an iterator over the deque that has
         * consumed {@code index} items, so that {@code __reduce__}'s result unpickles mid-way.
         */
        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long n = space.tupleType.size(args);
            if (n < 1 || n > 2) {
                throw new PyException("TypeError", "function takes at " + (n < 1 ? "least 1 argument (" : "most 2 arguments (")
                        + n + " given)");
            }
            long d = space.tupleType.item(args, 0);
            if (!space.typeOf(d).isSubtypeOf(deques)) {
                throw new PyException("TypeError", "argument 1 must be collections.deque, not " + space.typeOf(d).name);
            }
            long index = n == 2 ? Abstract.ssize(space, space.tupleType.item(args, 1)) : 0;
            long it = create(d);
            try {
                for (long i = 0; i < index; i++) {
                    long item = iterNext(it);
                    if (item == 0) {
                        break;
                    }
                    space.decref(item);
                }
            } catch (RuntimeException e) {
                space.decref(it);
                throw e;
            }
            return it;
        }

        long create(long d) {
            long it = space.newGcObject(this, ITSIZE, 0);
            long n = deques.size(d);
            memory.putLong(it + INDEX, reverse ? n - 1 : 0);
            memory.putLong(it + DEQUE, space.newRef(d));
            memory.putLong(it + ITSTATE, deques.state(d));
            memory.putLong(it + COUNTER, n);
            space.track(it);
            return it;
        }

        @Override
        public boolean isIterator() {
            return true;
        }

        @Override
        public long iterNext(long it) {
            long d = memory.getLong(it + DEQUE);
            long counter = memory.getLong(it + COUNTER);
            if (deques.state(d) != memory.getLong(it + ITSTATE)) {
                memory.putLong(it + COUNTER, 0);
                throw new PyException("RuntimeError", "deque mutated during iteration");
            }
            if (counter == 0) {
                return 0;
            }
            long i = memory.getLong(it + INDEX);
            memory.putLong(it + INDEX, reverse ? i - 1 : i + 1);
            memory.putLong(it + COUNTER, counter - 1);
            return space.newRef(deques.item(d, i));
        }

        @Override
        public long lengthHint(long it) {
            return memory.getLong(it + COUNTER);
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            visitor.accept(memory.getLong(o + DEQUE));
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            long d = memory.getLong(o + DEQUE);
            space.freeGcObject(o, 0);
            space.decref(d);
        }
    }
}

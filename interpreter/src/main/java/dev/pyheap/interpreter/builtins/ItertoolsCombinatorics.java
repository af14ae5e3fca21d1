package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

/**
 * The combinatoric iterators of Modules/itertoolsmodule.c: {@code product}, {@code permutations},
 * {@code combinations}, {@code combinations_with_replacement}. Each turns its input into a tuple
 * (the pool) and walks index arrays kept outside the object ({@code PyMem_New}, counted by
 * {@code __sizeof__} as CPython counts them); the result tuple is refilled in place while the
 * iterator is its only holder ({@code list(product(...))} makes one tuple per item, a loop that
 * drops each one makes one in all).
 */
final class ItertoolsCombinatorics {
    private ItertoolsCombinatorics() {
    }

    /** What the four share: the index arrays' blocks, freed at deallocation and shown to the sanity checker. */
    abstract static class IndexedType extends IterToolType {
        private final int[] arrays;

        IndexedType(ObjectSpace space, String name, long size, int[] arrays, Object... fields) {
            super(space, name, BASETYPE, size, 0, fields);
            this.arrays = arrays;
            defineSizeof();
        }

        /** The entries of the array at {@code offset}. */
        abstract long entries(long o, int offset);

        @Override
        public long sizeof(long o) {
            long s = super.sizeof(o);
            for (int a : arrays) {
                s += 8 * entries(o, a);
            }
            return s;
        }

        @Override
        protected void releaseForDealloc(long o) {
            clear(o);
            for (int a : arrays) {
                long block = memory.getLong(o + a);
                if (block != 0) {
                    memory.putLong(o + a, 0);
                    space.free(block);
                }
            }
        }

        @Override
        public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
            for (int a : arrays) {
                long block = memory.getLong(o + a);
                if (block != 0 && !visitor.owned(block, 0)) {
                    return false;
                }
            }
            return true;
        }

        final long index(long o, int array, long i) {
            return memory.getLong(memory.getLong(o + array) + 8 * i);
        }

        final void setIndex(long o, int array, long i, long v) {
            memory.putLong(memory.getLong(o + array) + 8 * i, v);
        }

        /** A tuple of the array's first {@code n} entries. New reference. */
        final long indexTuple(long o, int array, long n) {
            long[] items = new long[(int) n];
            for (int i = 0; i < n; i++) {
                items[i] = space.newInt(index(o, array, i));
            }
            return steal(items);
        }

        /** {@code PyLong_AsSsize_t} of a state entry: an int only. */
        final long stateIndex(long v) {
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "an integer is required");
            }
            if (!space.intType.fitsLong(v)) {
                throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
            }
            return space.intType.longValue(v);
        }

        /** The result tuple of the pool's items at the first {@code r} indices. New reference. */
        final long resultAt(long o, long pool, int array, long r) {
            long[] items = new long[(int) r];
            for (int i = 0; i < r; i++) {
                items[i] = space.tupleType.item(pool, index(o, array, i));
            }
            return space.tupleType.create(items);
        }
    }

    // ================================================================== product

    /**
     * {@code productobject}: the pools (a tuple of tuples, repeated {@code repeat} times), one index
     * per pool, advanced right to left like an odometer.
     * <pre>  +16 pools  +24 indices  +32 result  +40 stopped   48 bytes (+ 8 per pool)</pre>
     */
    static final class ProductType extends IndexedType {
        static final int POOLS = 16, INDICES = 24, RESULT = 32, STOPPED = 40;

        ProductType(ObjectSpace space) {
            super(space, "product", 48, new int[] {INDICES}, "pools", POOLS, "result", RESULT);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("product.__reduce__", a);
                long pools = field(self, POOLS);
                if (memory.getLong(self + STOPPED) != 0) {
                    return steal(typeRef(self), steal(space.tupleType.create()));
                }
                if (field(self, RESULT) == 0) {
                    return steal(typeRef(self), ref(pools));
                }
                return steal(typeRef(self), ref(pools), indexTuple(self, INDICES, space.tupleType.size(pools)));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("product.__setstate__", a);
                long pools = field(self, POOLS);
                long n = space.tupleType.size(pools);
                if (!space.tupleType.check(state) || space.tupleType.size(state) != n) {
                    throw new PyException("ValueError", "invalid arguments");
                }
                for (int i = 0; i < n; i++) {
                    long index = stateIndex(space.tupleType.item(state, i));
                    long poolsize = space.tupleType.size(space.tupleType.item(pools, i));
                    if (poolsize == 0) {
                        memory.putLong(self + STOPPED, 1);
                        return space.newNone();
                    }
                    setIndex(self, INDICES, i, Math.clamp(index, 0, poolsize - 1));
                }
                long[] items = new long[(int) n];
                for (int i = 0; i < n; i++) {
                    items[i] = space.tupleType.item(space.tupleType.item(pools, i), index(self, INDICES, i));
                }
                putField(self, RESULT, space.tupleType.create(items));
                return space.newNone();
            });
        }

        @Override
        long entries(long o, int offset) {
            long pools = field(o, POOLS);
            return pools == 0 ? 0 : space.tupleType.size(pools);
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long repeat = 1;
            if (kwargs != 0) {
                long empty = space.tupleType.create();
                long[] p;
                try {
                    p = keywords(empty, kwargs, 0, "repeat");
                } finally {
                    space.decref(empty);
                }
                if (p[0] != 0) {
                    repeat = Abstract.ssize(space, p[0]);
                }
                if (repeat < 0) {
                    throw new PyException("ValueError", "repeat argument cannot be negative");
                }
            }
            long nargs = repeat == 0 ? 0 : space.tupleType.size(args);
            if (repeat != 0 && nargs > Long.MAX_VALUE / 8 / repeat) {
                throw new PyException("OverflowError", "repeat argument too large");
            }
            long npools = nargs * repeat;
            long[] pools = new long[(int) npools];
            try {
                for (int i = 0; i < nargs; i++) {
                    pools[i] = Abstract.sequenceTuple(space, space.tupleType.item(args, i));
                }
            } catch (RuntimeException e) {
                for (long x : pools) {
                    space.xdecref(x);
                }
                throw e;
            }
            for (long i = nargs; i < npools; i++) {
                pools[(int) i] = space.newRef(pools[(int) (i - nargs)]);
            }
            long o = allocate();
            memory.putLong(o + POOLS, steal(pools));
            long indices = newIndices(npools);
            memory.fill(indices, 8 * npools, (byte) 0);
            memory.putLong(o + INDICES, indices);
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            if (memory.getLong(o + STOPPED) != 0) {
                return 0;
            }
            long pools = field(o, POOLS);
            int npools = (int) space.tupleType.size(pools);
            long result = field(o, RESULT);
            if (result == 0) {
                long[] items = new long[npools];
                for (int i = 0; i < npools; i++) {
                    long pool = space.tupleType.item(pools, i);
                    if (space.tupleType.size(pool) == 0) {
                        memory.putLong(o + STOPPED, 1);
                        return 0;
                    }
                    items[i] = space.tupleType.item(pool, 0);
                }
                result = space.tupleType.create(items);
                memory.putLong(o + RESULT, result);
            } else {
                result = ownResult(o, RESULT, npools);
                int i;
                for (i = npools - 1; i >= 0; i--) {
                    long pool = space.tupleType.item(pools, i);
                    long index = index(o, INDICES, i) + 1;
                    if (index == space.tupleType.size(pool)) {
                        setIndex(o, INDICES, i, 0);
                        replaceItem(result, i, space.tupleType.item(pool, 0));
                    } else {
                        setIndex(o, INDICES, i, index);
                        replaceItem(result, i, space.tupleType.item(pool, index));
                        break;
                    }
                }
                if (i < 0) {
                    memory.putLong(o + STOPPED, 1);
                    return 0;
                }
            }
            return space.newRef(result);
        }
    }

    // ================================================================== combinations

    /**
     * {@code combinationsobject}: {@code r} indices kept increasing; the rightmost one not at its
     * maximum ({@code i + n - r}) moves up and those after it follow.
     * <pre>  +16 pool  +24 indices  +32 result  +40 r  +48 stopped   56 bytes (+ 8 * r)</pre>
     */
    static sealed class CombinationsType extends IndexedType permits CwrType {
        static final int POOL = 16, INDICES = 24, RESULT = 32, R = 40, STOPPED = 48;

        CombinationsType(ObjectSpace space) {
            this(space, "combinations");
        }

        CombinationsType(ObjectSpace space, String name) {
            super(space, name, 56, new int[] {INDICES}, "pool", POOL, "result", RESULT);
            defineMethod("__reduce__", (self, a) -> {
                Args.none(shortName() + ".__reduce__", a);
                long r = memory.getLong(self + R);
                if (field(self, RESULT) == 0) {
                    return steal(typeRef(self), steal(ref(field(self, POOL)), space.newInt(r)));
                }
                if (memory.getLong(self + STOPPED) != 0) {
                    return steal(typeRef(self), steal(space.tupleType.create(), space.newInt(r)));
                }
                return steal(typeRef(self), steal(ref(field(self, POOL)), space.newInt(r)), indexTuple(self, INDICES, r));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one(shortName() + ".__setstate__", a);
                long r = memory.getLong(self + R);
                long pool = field(self, POOL);
                long n = space.tupleType.size(pool);
                if (!space.tupleType.check(state) || space.tupleType.size(state) != r) {
                    throw new PyException("ValueError", "invalid arguments");
                }
                for (int i = 0; i < r; i++) {
                    long index = stateIndex(space.tupleType.item(state, i));
                    setIndex(self, INDICES, i, clampState(i, index, n, r));
                }
                putField(self, RESULT, resultAt(self, pool, INDICES, r));
                return space.newNone();
            });
        }

        /** combinations: {@code 0 <= index <= i + n - r}; with replacement: {@code 0 <= index <= n - 1}. */
        long clampState(int i, long index, long n, long r) {
            long max = i + n - r;
            return Math.max(0, Math.min(index, max));
        }

        @Override
        long entries(long o, int offset) {
            return memory.getLong(o + R);
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long[] p = keywords(args, kwargs, 2, "iterable", "r");
            long pool = Abstract.sequenceTuple(space, p[0]);
            long r;
            try {
                r = Abstract.ssize(space, p[1]);
                if (r < 0) {
                    throw new PyException("ValueError", "r must be non-negative");
                }
            } catch (RuntimeException e) {
                space.decref(pool);
                throw e;
            }
            long n = space.tupleType.size(pool);
            long o = allocate();
            memory.putLong(o + POOL, pool);
            long indices = newIndices(r);
            memory.putLong(o + INDICES, indices);
            for (long i = 0; i < r; i++) {
                memory.putLong(indices + 8 * i, initialIndex(i));
            }
            memory.putLong(o + R, r);
            memory.putLong(o + STOPPED, stoppedAtStart(n, r) ? 1 : 0);
            space.track(o);
            return o;
        }

        long initialIndex(long i) {
            return i;
        }

        boolean stoppedAtStart(long n, long r) {
            return r > n;
        }

        @Override
        public long iterNext(long o) {
            if (memory.getLong(o + STOPPED) != 0) {
                return 0;
            }
            long pool = field(o, POOL);
            long n = space.tupleType.size(pool);
            long r = memory.getLong(o + R);
            if (field(o, RESULT) == 0) {
                memory.putLong(o + RESULT, firstResult(o, pool, n, r));
            } else {
                long result = ownResult(o, RESULT, (int) r);
                if (!advance(o, result, pool, n, r)) {
                    memory.putLong(o + STOPPED, 1);
                    return 0;
                }
            }
            return space.newRef(field(o, RESULT));
        }

        long firstResult(long o, long pool, long n, long r) {
            return resultAt(o, pool, INDICES, r);
        }

        /** {@code combinations_next}'s step; false when every index is at its maximum. */
        boolean advance(long o, long result, long pool, long n, long r) {
            long i = r - 1;
            while (i >= 0 && index(o, INDICES, i) == i + n - r) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            setIndex(o, INDICES, i, index(o, INDICES, i) + 1);
            for (long j = i + 1; j < r; j++) {
                setIndex(o, INDICES, j, index(o, INDICES, j - 1) + 1);
            }
            for (; i < r; i++) {
                replaceItem(result, i, space.tupleType.item(pool, index(o, INDICES, i)));
            }
            return true;
        }
    }

    /**
     * {@code cwrobject} ({@code combinations_with_replacement}): the layout of combinations, the
     * indices non-decreasing; the rightmost one below {@code n - 1} moves up and those after it
     * take its value.
     */
    static final class CwrType extends CombinationsType {
        CwrType(ObjectSpace space) {
            super(space, "combinations_with_replacement");
        }

        @Override
        long clampState(int i, long index, long n, long r) {
            return index < 0 ? 0 : index > n - 1 ? n - 1 : index;
        }

        @Override
        long initialIndex(long i) {
            return 0;
        }

        @Override
        boolean stoppedAtStart(long n, long r) {
            return n == 0 && r != 0;
        }

        @Override
        long firstResult(long o, long pool, long n, long r) {
            if (n == 0) {
                return space.tupleType.create(); // r == 0 here: stopped otherwise
            }
            long[] items = new long[(int) r];
            java.util.Arrays.fill(items, space.tupleType.item(pool, 0));
            return space.tupleType.create(items);
        }

        @Override
        boolean advance(long o, long result, long pool, long n, long r) {
            long i = r - 1;
            while (i >= 0 && index(o, INDICES, i) == n - 1) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            long index = index(o, INDICES, i) + 1;
            long elem = space.tupleType.item(pool, index);
            for (; i < r; i++) {
                setIndex(o, INDICES, i, index);
                replaceItem(result, i, elem);
            }
            return true;
        }
    }

    // ================================================================== permutations

    /**
     * {@code permutationsobject}: {@code indices} orders the whole pool, {@code cycles[i]} counts
     * down the choices left for position {@code i}; at zero the tail rotates and the position
     * before it moves on.
     * <pre>  +16 pool  +24 indices  +32 cycles  +40 result  +48 r  +56 stopped   64 bytes (+ 8 * (n + r))</pre>
     */
    static final class PermutationsType extends IndexedType {
        static final int POOL = 16, INDICES = 24, CYCLES = 32, RESULT = 40, R = 48, STOPPED = 56;

        PermutationsType(ObjectSpace space) {
            super(space, "permutations", 64, new int[] {INDICES, CYCLES}, "pool", POOL, "result", RESULT);
            defineMethod("__reduce__", (self, a) -> {
                Args.none("permutations.__reduce__", a);
                long r = memory.getLong(self + R);
                if (field(self, RESULT) == 0) {
                    return steal(typeRef(self), steal(ref(field(self, POOL)), space.newInt(r)));
                }
                if (memory.getLong(self + STOPPED) != 0) {
                    return steal(typeRef(self), steal(space.tupleType.create(), space.newInt(r)));
                }
                long n = space.tupleType.size(field(self, POOL));
                return steal(typeRef(self), steal(ref(field(self, POOL)), space.newInt(r)),
                        steal(indexTuple(self, INDICES, n), indexTuple(self, CYCLES, r)));
            });
            defineMethod("__setstate__", (self, a) -> {
                long state = Args.one("permutations.__setstate__", a);
                if (!space.tupleType.check(state)) {
                    throw new PyException("TypeError", "state is not a tuple");
                }
                parseTupleCount(state, 2, 2);
                long indices = space.tupleType.item(state, 0), cycles = space.tupleType.item(state, 1);
                for (int k = 0; k < 2; k++) {
                    long t = k == 0 ? indices : cycles;
                    if (!space.tupleType.check(t)) {
                        throw new PyException("TypeError", "argument " + (k + 1) + " must be tuple, not " + space.typeOf(t).name);
                    }
                }
                long pool = field(self, POOL);
                long n = space.tupleType.size(pool), r = memory.getLong(self + R);
                if (space.tupleType.size(indices) != n || space.tupleType.size(cycles) != r) {
                    throw new PyException("ValueError", "invalid arguments");
                }
                for (int i = 0; i < n; i++) {
                    long index = stateIndex(space.tupleType.item(indices, i));
                    setIndex(self, INDICES, i, index < 0 ? 0 : index > n - 1 ? n - 1 : index);
                }
                for (int i = 0; i < r; i++) {
                    long index = stateIndex(space.tupleType.item(cycles, i));
                    setIndex(self, CYCLES, i, index < 1 ? 1 : index > n - i ? n - i : index);
                }
                putField(self, RESULT, resultAt(self, pool, INDICES, r));
                return space.newNone();
            });
        }

        @Override
        long entries(long o, int offset) {
            if (offset == CYCLES) {
                return memory.getLong(o + R);
            }
            long pool = field(o, POOL);
            return pool == 0 ? 0 : space.tupleType.size(pool);
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long[] p = keywords(args, kwargs, 1, "iterable", "r");
            long pool = Abstract.sequenceTuple(space, p[0]);
            long n = space.tupleType.size(pool), r = n;
            try {
                if (p[1] != 0 && p[1] != space.none) {
                    if (!space.intType.check(p[1])) {
                        throw new PyException("TypeError", "Expected int as r");
                    }
                    if (!space.intType.fitsLong(p[1])) {
                        throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
                    }
                    r = space.intType.longValue(p[1]);
                }
                if (r < 0) {
                    throw new PyException("ValueError", "r must be non-negative");
                }
            } catch (RuntimeException e) {
                space.decref(pool);
                throw e;
            }
            long o = allocate();
            memory.putLong(o + POOL, pool);
            long indices = newIndices(n), cycles = newIndices(r);
            for (long i = 0; i < n; i++) {
                memory.putLong(indices + 8 * i, i);
            }
            for (long i = 0; i < r; i++) {
                memory.putLong(cycles + 8 * i, n - i);
            }
            memory.putLong(o + INDICES, indices);
            memory.putLong(o + CYCLES, cycles);
            memory.putLong(o + R, r);
            memory.putLong(o + STOPPED, r > n ? 1 : 0);
            space.track(o);
            return o;
        }

        @Override
        public long iterNext(long o) {
            if (memory.getLong(o + STOPPED) != 0) {
                return 0;
            }
            long pool = field(o, POOL);
            long n = space.tupleType.size(pool), r = memory.getLong(o + R);
            if (field(o, RESULT) == 0) {
                memory.putLong(o + RESULT, resultAt(o, pool, INDICES, r));
                return space.newRef(field(o, RESULT));
            }
            if (n == 0) {
                memory.putLong(o + STOPPED, 1);
                return 0;
            }
            long result = ownResult(o, RESULT, (int) r);
            long i;
            for (i = r - 1; i >= 0; i--) {
                long c = index(o, CYCLES, i) - 1;
                setIndex(o, CYCLES, i, c);
                if (c == 0) {
                    long index = index(o, INDICES, i);
                    for (long j = i; j < n - 1; j++) {
                        setIndex(o, INDICES, j, index(o, INDICES, j + 1));
                    }
                    setIndex(o, INDICES, n - 1, index);
                    setIndex(o, CYCLES, i, n - i);
                } else {
                    long j = c;
                    long index = index(o, INDICES, i);
                    setIndex(o, INDICES, i, index(o, INDICES, n - j));
                    setIndex(o, INDICES, n - j, index);
                    for (long k = i; k < r; k++) {
                        replaceItem(result, k, space.tupleType.item(pool, index(o, INDICES, k)));
                    }
                    break;
                }
            }
            if (i < 0) {
                memory.putLong(o + STOPPED, 1);
                return 0;
            }
            return space.newRef(result);
        }
    }
}

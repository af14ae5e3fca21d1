package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.PyException;

/**
 * {@code list.sort(key=None, reverse=False)}: CPython 3.11's timsort ({@code Objects/listobject.c},
 * {@code Objects/listsort.txt}), written from the algorithm so that the comparisons a program can
 * watch (a class whose {@code __lt__} logs) come in the same number and order, and an error leaves
 * the items in the same permutation.
 *
 * <h2>Data</h2>
 * Everything lives in heap memory, as in CPython: the list's own item array (the values), the keys
 * (the item array itself without a key function; else {@code key(item)} for each, in the spare
 * half of the temporary area for fewer than 128 items, else in a {@code PyMem_Malloc} block), and
 * the merge area {@code a}: the first {@value #TEMP_SIZE} slots of {@code temparray}, which CPython
 * keeps on its C stack and we in the thread's {@link ArgumentArea}, then a {@code PyMem_Malloc}
 * block of the size a merge needs (twice that with a key function: keys, then values). A slice of
 * the sort is a pair of addresses (keys, values); values is 0 without a key function, and
 * everything done to keys is done to values.
 * <pre>
 *   list (size 0, ob_item NULL, allocated -1 while sorting)      saved ob_item: [v0 v1 ... vn-1]
 *   keys: [k0 k1 ... kn-1]   pending runs: (base0, len0, power0) (base1, len1, power1) ...
 * </pre>
 *
 * <h2>Steps ({@code list_sort_impl})</h2>
 * <ol>
 * <li>The list is emptied (size 0, no array, {@code allocated = -1}): a key function or {@code __lt__}
 *     sees an empty list and cannot move the items from under the sort; anything that resizes the
 *     list sets {@code allocated}, which is how a change is noticed afterwards.
 * <li>Keys: {@code key(item)} for each item in order; an error drops the keys made (last first)
 *     and leaves the list as it was.
 * <li>The pre-sort check picks the comparison: all keys of one exact type (of the first items of
 *     non-empty tuples) use that type's {@code tp_richcompare} directly (int, float and str without
 *     any call), mixed keys {@code PyObject_RichCompareBool(v, w, Py_LT)}; tuples compare items with
 *     {@code ==} until one differs, then that pair with {@code <}.
 * <li>{@code reverse}: the keys and items are reversed before and after, so equal keys keep their order.
 * <li>Runs, left to right: {@code count_run} finds the longest non-descending or strictly descending
 *     (reversed in place) prefix; a run shorter than {@code minrun} (32..64, so that n / minrun is a
 *     power of two or just under) is extended to it by binary insertion. Each run is pushed on the
 *     pending stack after merging the runs below it whose "power" (the depth of the run boundary in
 *     a perfectly balanced merge tree: powersort, new in 3.11) is greater than the new boundary's.
 *     At the end the stack collapses, always merging the smaller neighbour.
 * <li>Merging two adjacent runs A and B: the elements of A already in place (those not greater
 *     than B's first) and of B (those not less than A's last) are cut off by galloping searches; the
 *     shorter remainder goes to the merge area and is merged from the left ({@code merge_lo}) or
 *     right ({@code merge_hi}) one comparison at a time, switching to galloping once one side has won
 *     {@code min_gallop} times in a row (7 at first; lowered while galloping pays, raised when it
 *     stops paying).
 * <li>An error from a comparison stops the sort with every item still present exactly once (the
 *     merge area is copied back), and the keys are released; reversing and restoring the list happen
 *     as on success. A list changed during the sort loses what it was given and raises
 *     {@code ValueError: list modified during sort} unless another error is under way.
 * </ol>
 */
final class ListSort {
    /** {@code MIN_GALLOP}: consecutive wins of one run before galloping. */
    private static final int MIN_GALLOP = 7;
    /** {@code MERGESTATE_TEMP_SIZE}: slots of the merge state's own temporary array. */
    static final int TEMP_SIZE = 256;
    /** {@code MAX_MERGE_PENDING}: more runs than this cannot be pending on a 64-bit address space. */
    private static final int MAX_MERGE_PENDING = 64;

    // How two keys compare ({@code ms->key_compare}), chosen once per sort by the pre-sort check. A
    // switch on this code rather than a function object: every sort's comparisons then go through
    // one call site that the JIT compiles with all cases inlined, whatever mix of key types the
    // program sorted before.
    /** {@code safe_object_compare}: {@code PyObject_RichCompareBool(v, w, Py_LT)}. */
    private static final int SAFE = 0;
    /** {@code unsafe_object_compare}: the keys' own {@code tp_richcompare}, no reflected operation. */
    private static final int OBJECT = 1;
    /** {@code unsafe_long_compare}: exact ints, compared by value while they fit two digits. */
    private static final int LONG = 2;
    /** {@code unsafe_latin_compare} (and wider strs): exact strs, by code points. */
    private static final int STR = 3;
    /** {@code unsafe_float_compare}: exact floats, by value. */
    private static final int FLOAT = 4;
    /** {@code unsafe_tuple_compare}: exact non-empty tuples; first items by {@link #tupleElementCompare}. */
    private static final int TUPLE = 5;

    private final ObjectSpace space;
    private final Memory memory;

    // MergeState
    private long minGallop = MIN_GALLOP;
    private long listLength;
    private long baseKeys;
    private long tempArray;
    private long aKeys;
    private long aValues;
    private long alloced;
    private int pendingCount;
    private final long[] pendingKeys = new long[MAX_MERGE_PENDING];
    private final long[] pendingValues = new long[MAX_MERGE_PENDING];
    private final long[] pendingLength = new long[MAX_MERGE_PENDING];
    private final int[] pendingPower = new int[MAX_MERGE_PENDING];
    private int keyCompare = SAFE;
    private int tupleElementCompare = SAFE;
    /** {@code ms->key_richcompare}: the implementation (Java class) of the keys' {@code tp_richcompare}. */
    private Class<? extends PyType> keyRichCompare;

    private ListSort(ObjectSpace space) {
        this.space = space;
        this.memory = space.memory;
    }

    /** {@code list_sort_impl}: sorts list {@code list}, {@code key} 0 for none. */
    static void sort(ObjectSpace space, long list, long key, boolean reverse) {
        new ListSort(space).run(list, key, reverse);
    }

    private void run(long list, long key, boolean reverse) {
        long savedSize = memory.getLong(list + Layout.OB_SIZE);
        long savedItems = memory.getLong(list + ListType.ITEM_ARRAY);
        long savedAllocated = memory.getLong(list + ListType.ALLOCATED);
        memory.putLong(list + Layout.OB_SIZE, 0);
        memory.putLong(list + ListType.ITEM_ARRAY, 0);
        memory.putLong(list + ListType.ALLOCATED, -1);
        ArgumentArea stack = space.arguments();
        long mark = stack.mark();
        long keys = 0;
        boolean keysAllocated = false;
        try {
            if (savedSize >= 2 || key != 0) {
                tempArray = stack.reserve((int) Math.min(TEMP_SIZE, 2 * savedSize + 1));
            }
            if (key != 0) {
                if (savedSize < TEMP_SIZE / 2) {
                    keys = tempArray + 8 * (savedSize + 1); // the part of temparray the merges leave alone
                } else {
                    keys = space.allocate(8 * savedSize);
                    keysAllocated = true;
                }
                long argument = stack.reserve(1); // the one-slot vector each key call reads, as PyObject_CallOneArg's
                for (long i = 0; i < savedSize; i++) {
                    long k;
                    try {
                        memory.putLong(argument, memory.getLong(savedItems + 8 * i));
                        k = space.typeOf(key).call(key, argument, 1, 0);
                    } catch (RuntimeException | Error e) {
                        for (long j = i - 1; j >= 0; j--) {
                            space.decref(memory.getLong(keys + 8 * j));
                        }
                        if (keysAllocated) {
                            space.free(keys);
                        }
                        throw e;
                    }
                    memory.putLong(keys + 8 * i, k);
                }
            }
            sortKeyed(list, savedItems, savedSize, keys, reverse, keysAllocated);
        } finally {
            stack.release(mark);
            restore(list, savedItems, savedSize, savedAllocated);
        }
    }

    /** From the pre-sort check to the keys' release, with the list still empty. */
    private void sortKeyed(long list, long items, long n, long keys, boolean reverse, boolean keysAllocated) {
        long loKeys = keys == 0 ? items : keys;
        long loValues = keys == 0 ? 0 : items;
        boolean succeeded = false;
        try {
            if (n > 1) {
                presortCheck(loKeys, n);
            }
            mergeInit(n, keys != 0, loKeys);
            if (n >= 2) {
                if (reverse) {
                    if (keys != 0) {
                        reverseSlots(keys, n);
                    }
                    reverseSlots(items, n);
                }
                mergeSort(loKeys, loValues, n);
            }
            succeeded = true;
        } finally {
            if (keys != 0) {
                for (long i = 0; i < n; i++) {
                    space.decref(memory.getLong(keys + 8 * i));
                }
                if (keysAllocated) {
                    space.free(keys);
                }
            }
            if (reverse && n > 1) {
                reverseSlots(items, n);
            }
            mergeFreeMemory();
        }
        if (succeeded && memory.getLong(list + ListType.ALLOCATED) != -1) {
            throw new PyException("ValueError", "list modified during sort");
        }
    }

    /** The list gets its items back; what it was given during the sort is released, last first. */
    private void restore(long list, long items, long size, long allocated) {
        long finalItems = memory.getLong(list + ListType.ITEM_ARRAY);
        long finalSize = memory.getLong(list + Layout.OB_SIZE);
        memory.putLong(list + Layout.OB_SIZE, size);
        memory.putLong(list + ListType.ITEM_ARRAY, items);
        memory.putLong(list + ListType.ALLOCATED, allocated);
        if (finalItems != 0) {
            for (long i = finalSize - 1; i >= 0; i--) {
                space.xdecref(memory.getLong(finalItems + 8 * i));
            }
            space.free(finalItems);
        }
    }

    private void mergeSort(long loKeys, long loValues, long n) {
        long remaining = n;
        long minrun = computeMinrun(remaining);
        do {
            long run = countRun(loKeys, loKeys + 8 * remaining);
            if (run < 0) {
                run = -run;
                reverseSlots(loKeys, run);
                if (loValues != 0) {
                    reverseSlots(loValues, run);
                }
            }
            if (run < minrun) {
                long force = Math.min(remaining, minrun);
                binarySort(loKeys, loValues, loKeys + 8 * force, loKeys + 8 * run);
                run = force;
            }
            foundNewRun(run);
            pendingKeys[pendingCount] = loKeys;
            pendingValues[pendingCount] = loValues;
            pendingLength[pendingCount] = run;
            pendingCount++;
            loKeys += 8 * run;
            loValues = advance(loValues, run);
            remaining -= run;
        } while (remaining > 0);
        mergeForceCollapse();
    }

    // ------------------------------------------------------------------ comparisons

    /** The pre-sort check: one exact type among the keys (or the tuples' first items) picks a faster comparison. */
    private void presortCheck(long keys, long n) {
        long first = memory.getLong(keys);
        boolean inTuples = space.tupleType.checkExact(first) && space.tupleType.size(first) > 0;
        PyType keyType = space.typeOf(inTuples ? space.tupleType.item(first, 0) : first);
        boolean sameType = true;
        for (long i = 0; i < n; i++) {
            long k = memory.getLong(keys + 8 * i);
            if (inTuples && !(space.tupleType.checkExact(k) && space.tupleType.size(k) != 0)) {
                inTuples = false;
                sameType = false;
                break;
            }
            if (space.typeOf(inTuples ? space.tupleType.item(k, 0) : k) != keyType) {
                sameType = false;
                if (!inTuples) {
                    break;
                }
            }
        }
        if (!sameType) {
            keyCompare = SAFE;
        } else if (keyType == space.strType) {
            keyCompare = STR;
        } else if (keyType == space.intType) {
            keyCompare = LONG;
        } else if (keyType == space.floatType) {
            keyCompare = FLOAT;
        } else {
            keyRichCompare = keyType.getClass();
            keyCompare = OBJECT;
        }
        if (inTuples) {
            tupleElementCompare = keyType == space.tupleType ? SAFE : keyCompare;
            keyCompare = TUPLE;
        }
    }

    /** {@code safe_object_compare}. */
    private boolean safeObjectCompare(long v, long w) {
        return Abstract.richCompareBool(space, v, w, CompareOp.LT);
    }

    /**
     * {@code unsafe_object_compare}: the keys' {@code tp_richcompare} called directly (no reflected
     * operation first); {@code NotImplemented}, or a key whose type changed, goes the safe way.
     */
    private boolean unsafeObjectCompare(long v, long w) {
        PyType type = space.typeOf(v);
        if (type.getClass() != keyRichCompare) {
            return safeObjectCompare(v, w);
        }
        long res = type.richCompare(v, w, CompareOp.LT);
        if (res == space.notImplemented) {
            space.decref(res);
            return safeObjectCompare(v, w);
        }
        try {
            return res == space.trueObject || res != space.falseObject && Abstract.isTrue(space, res);
        } finally {
            space.decref(res);
        }
    }

    /** {@code unsafe_long_compare}, for ints of up to two digits; longer ones by {@code long_richcompare}. */
    private boolean intCompare(long v, long w) {
        long a = space.intType.mediumValue(v);
        long b = space.intType.mediumValue(w);
        if (a != IntType.NOT_MEDIUM && b != IntType.NOT_MEDIUM) {
            return a < b;
        }
        long res = space.intType.richCompare(v, w, CompareOp.LT);
        space.decref(res);
        return res == space.trueObject;
    }

    /** {@code unsafe_tuple_compare}: items by {@code ==} until a pair differs, that pair by {@code <}. */
    private boolean tupleCompare(long v, long w) {
        TupleType tuples = space.tupleType;
        long vlen = tuples.size(v);
        long wlen = tuples.size(w);
        long i = 0;
        for (; i < vlen && i < wlen; i++) {
            if (!Abstract.richCompareBool(space, tuples.item(v, i), tuples.item(w, i), CompareOp.EQ)) {
                break;
            }
        }
        if (i >= vlen || i >= wlen) {
            return vlen < wlen;
        }
        if (i == 0) {
            return compare(tupleElementCompare, tuples.item(v, 0), tuples.item(w, 0));
        }
        return Abstract.richCompareBool(space, tuples.item(v, i), tuples.item(w, i), CompareOp.LT);
    }

    /** {@code ISLT(x, y)}: key {@code x} before key {@code y}, by the comparison the pre-sort check chose. */
    private boolean lessThan(long x, long y) {
        return compare(keyCompare, x, y);
    }

    private boolean compare(int how, long v, long w) {
        return switch (how) {
            case LONG -> intCompare(v, w);
            case STR -> space.strType.compare(v, w) < 0;
            case FLOAT -> space.floatType.value(v) < space.floatType.value(w);
            case TUPLE -> tupleCompare(v, w);
            case OBJECT -> unsafeObjectCompare(v, w);
            default -> safeObjectCompare(v, w);
        };
    }

    private long key(long at) {
        return memory.getLong(at);
    }

    // ------------------------------------------------------------------ runs

    /** {@code merge_compute_minrun}: n itself below 64, else its top six bits plus one if any bit below them is set. */
    private static long computeMinrun(long n) {
        long r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * {@code count_run}: the length of the run at {@code lo} (addresses of key slots, {@code lo < hi}),
     * negated when the run is strictly descending.
     */
    private long countRun(long lo, long hi) {
        lo += 8;
        if (lo == hi) {
            return 1;
        }
        long n = 2;
        if (lessThan(key(lo), key(lo - 8))) {
            for (lo += 8; lo < hi; lo += 8, n++) {
                if (!lessThan(key(lo), key(lo - 8))) {
                    break;
                }
            }
            return -n;
        } else {
            for (lo += 8; lo < hi; lo += 8, n++) {
                if (lessThan(key(lo), key(lo - 8))) {
                    break;
                }
            }
        }
        return n;
    }

    /**
     * {@code binarysort}: [loKeys, hi) sorted by binary insertion, [loKeys, start) being sorted already.
     * A comparison that raises leaves the pivot where it was, so every item is still present.
     */
    private void binarySort(long loKeys, long loValues, long hi, long start) {
        if (loKeys == start) {
            start += 8;
        }
        for (; start < hi; start += 8) {
            long l = loKeys;
            long r = start;
            long pivot = key(r);
            do {
                long p = l + (((r - l) >> 4) << 3);
                if (lessThan(pivot, key(p))) {
                    r = p;
                } else {
                    l = p + 8;
                }
            } while (l < r);
            memory.copy(l, l + 8, start - l);
            memory.putLong(l, pivot);
            if (loValues != 0) {
                long offset = loValues - loKeys;
                long valuePivot = memory.getLong(start + offset);
                memory.copy(l + offset, l + offset + 8, start - l);
                memory.putLong(l + offset, valuePivot);
            }
        }
    }

    private static void reverseSlots(Memory memory, long lo, long n) {
        for (long i = lo, j = lo + 8 * (n - 1); i < j; i += 8, j -= 8) {
            long t = memory.getLong(i);
            memory.putLong(i, memory.getLong(j));
            memory.putLong(j, t);
        }
    }

    private void reverseSlots(long lo, long n) {
        reverseSlots(memory, lo, n);
    }

    /** A values address moved by {@code k} slots (none stays none). */
    private static long advance(long values, long k) {
        return values == 0 ? 0 : values + 8 * k;
    }

    // ------------------------------------------------------------------ galloping

    /**
     * {@code gallop_left}: where {@code key} goes in the sorted {@code n} keys at {@code a}, left of any
     * equal one: k with {@code a[k-1] < key <= a[k]}, searched from {@code hint} outwards by 1, 3, 7,
     * 15, ... then by bisection.
     */
    private long gallopLeft(long key, long a, long n, long hint) {
        long at = a + 8 * hint;
        long lastofs = 0;
        long ofs = 1;
        if (lessThan(key(at), key)) {
            long maxofs = n - hint;
            while (ofs < maxofs) {
                if (lessThan(key(at + 8 * ofs), key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            long maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lessThan(key(at - 8 * ofs), key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            long k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            long m = lastofs + ((ofs - lastofs) >> 1);
            if (lessThan(key(a + 8 * m), key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** {@code gallop_right}: as {@link #gallopLeft} but right of any equal key: {@code a[k-1] <= key < a[k]}. */
    private long gallopRight(long key, long a, long n, long hint) {
        long at = a + 8 * hint;
        long lastofs = 0;
        long ofs = 1;
        if (lessThan(key, key(at))) {
            long maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lessThan(key, key(at - 8 * ofs))) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            long k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            long maxofs = n - hint;
            while (ofs < maxofs) {
                if (lessThan(key, key(at + 8 * ofs))) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            long m = lastofs + ((ofs - lastofs) >> 1);
            if (lessThan(key, key(a + 8 * m))) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    // ------------------------------------------------------------------ merge area

    /** {@code merge_init}: the merge area is the temporary array, split in keys and values with a key function. */
    private void mergeInit(long n, boolean hasKeyFunction, long loKeys) {
        if (hasKeyFunction) {
            alloced = Math.min((n + 1) / 2, TEMP_SIZE / 2);
            aValues = tempArray + 8 * alloced;
        } else {
            alloced = TEMP_SIZE;
            aValues = 0;
        }
        aKeys = tempArray;
        pendingCount = 0;
        minGallop = MIN_GALLOP;
        listLength = n;
        baseKeys = loKeys;
    }

    private void mergeFreeMemory() {
        if (aKeys != tempArray) {
            space.free(aKeys);
            aKeys = tempArray;
        }
    }

    /** {@code merge_getmem}: room for {@code need} keys (and values) in the merge area. */
    private void mergeGetMemory(long need) {
        if (need <= alloced) {
            return;
        }
        boolean values = aValues != 0;
        mergeFreeMemory();
        aKeys = space.allocate(8 * need * (values ? 2 : 1));
        alloced = need;
        if (values) {
            aValues = aKeys + 8 * need;
        }
    }

    /** Copies {@code n} slots of a slice (keys, and values when there are any). */
    private void copySlots(long fromKeys, long fromValues, long toKeys, long toValues, long n) {
        memory.copy(fromKeys, toKeys, 8 * n);
        if (toValues != 0) {
            memory.copy(fromValues, toValues, 8 * n);
        }
    }

    // ------------------------------------------------------------------ merging

    /**
     * {@code merge_lo}: merges the {@code na} items at A with the {@code nb} following at B, from the
     * left, A ({@code na <= nb}) in the merge area. A's first item is known to go after B's first,
     * and A's last after all of B.
     */
    private void mergeLo(long ssaKeys, long ssaValues, long na, long ssbKeys, long ssbValues, long nb) {
        mergeGetMemory(na);
        copySlots(ssaKeys, ssaValues, aKeys, aValues, na);
        long destKeys = ssaKeys;
        long destValues = ssaValues;
        long aK = aKeys;
        long aV = aValues;
        long bK = ssbKeys;
        long bV = ssbValues;
        // sortslice_copy_incr(&dest, &ssb)
        memory.putLong(destKeys, key(bK));
        if (destValues != 0) {
            memory.putLong(destValues, memory.getLong(bV));
        }
        destKeys += 8;
        destValues = advance(destValues, 1);
        bK += 8;
        bV = advance(bV, 1);
        --nb;
        if (nb == 0) {
            copySlots(aK, aV, destKeys, destValues, na);
            return;
        }
        if (na == 1) {
            copyB(destKeys, destValues, aK, aV, bK, bV, nb);
            return;
        }
        long gallop = minGallop;
        try {
            for (;;) {
                long acount = 0;
                long bcount = 0;
                for (;;) {
                    if (lessThan(key(bK), key(aK))) {
                        memory.putLong(destKeys, key(bK));
                        if (destValues != 0) {
                            memory.putLong(destValues, memory.getLong(bV));
                        }
                        destKeys += 8;
                        destValues = advance(destValues, 1);
                        bK += 8;
                        bV = advance(bV, 1);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 0) {
                            copySlots(aK, aV, destKeys, destValues, na);
                            return;
                        }
                        if (bcount >= gallop) {
                            break;
                        }
                    } else {
                        memory.putLong(destKeys, key(aK));
                        if (destValues != 0) {
                            memory.putLong(destValues, memory.getLong(aV));
                        }
                        destKeys += 8;
                        destValues = advance(destValues, 1);
                        aK += 8;
                        aV = advance(aV, 1);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 1) {
                            copyB(destKeys, destValues, aK, aV, bK, bV, nb);
                            return;
                        }
                        if (acount >= gallop) {
                            break;
                        }
                    }
                }
                ++gallop;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    long k = gallopRight(key(bK), aK, na, 0);
                    acount = k;
                    if (k != 0) {
                        copySlots(aK, aV, destKeys, destValues, k);
                        destKeys += 8 * k;
                        destValues = advance(destValues, k);
                        aK += 8 * k;
                        aV = advance(aV, k);
                        na -= k;
                        if (na == 1) {
                            copyB(destKeys, destValues, aK, aV, bK, bV, nb);
                            return;
                        }
                        if (na == 0) { // only when the comparison is inconsistent
                            return;
                        }
                    }
                    memory.putLong(destKeys, key(bK));
                    if (destValues != 0) {
                        memory.putLong(destValues, memory.getLong(bV));
                    }
                    destKeys += 8;
                    destValues = advance(destValues, 1);
                    bK += 8;
                    bV = advance(bV, 1);
                    --nb;
                    if (nb == 0) {
                        copySlots(aK, aV, destKeys, destValues, na);
                        return;
                    }
                    k = gallopLeft(key(aK), bK, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        copySlots(bK, bV, destKeys, destValues, k);
                        destKeys += 8 * k;
                        destValues = advance(destValues, k);
                        bK += 8 * k;
                        bV = advance(bV, k);
                        nb -= k;
                        if (nb == 0) {
                            copySlots(aK, aV, destKeys, destValues, na);
                            return;
                        }
                    }
                    memory.putLong(destKeys, key(aK));
                    if (destValues != 0) {
                        memory.putLong(destValues, memory.getLong(aV));
                    }
                    destKeys += 8;
                    destValues = advance(destValues, 1);
                    aK += 8;
                    aV = advance(aV, 1);
                    --na;
                    if (na == 1) {
                        copyB(destKeys, destValues, aK, aV, bK, bV, nb);
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++gallop;
                minGallop = gallop;
            }
        } catch (RuntimeException | Error e) {
            if (na != 0) {
                copySlots(aK, aV, destKeys, destValues, na);
            }
            throw e;
        }
    }

    /** {@code merge_lo}'s CopyB: A's last item goes after the rest of B. */
    private void copyB(long destKeys, long destValues, long aK, long aV, long bK, long bV, long nb) {
        copySlots(bK, bV, destKeys, destValues, nb);
        memory.putLong(destKeys + 8 * nb, key(aK));
        if (destValues != 0) {
            memory.putLong(destValues + 8 * nb, memory.getLong(aV));
        }
    }

    /**
     * {@code merge_hi}: as {@link #mergeLo} from the right, B ({@code nb < na}) in the merge area.
     * Pointers address the last unmerged slot of each side and of the destination.
     */
    private void mergeHi(long ssaKeys, long ssaValues, long na, long ssbKeys, long ssbValues, long nb) {
        mergeGetMemory(nb);
        long destKeys = ssbKeys + 8 * (nb - 1);
        long destValues = advance(ssbValues, nb - 1);
        copySlots(ssbKeys, ssbValues, aKeys, aValues, nb);
        long baseaKeys = ssaKeys;
        long basebKeys = aKeys;
        long basebValues = aValues;
        long bK = aKeys + 8 * (nb - 1);
        long bV = advance(aValues, nb - 1);
        long aK = ssaKeys + 8 * (na - 1);
        long aV = advance(ssaValues, na - 1);
        // sortslice_copy_decr(&dest, &ssa)
        memory.putLong(destKeys, key(aK));
        if (destValues != 0) {
            memory.putLong(destValues, memory.getLong(aV));
        }
        destKeys -= 8;
        destValues = advance(destValues, -1);
        aK -= 8;
        aV = advance(aV, -1);
        --na;
        if (na == 0) {
            copySlots(basebKeys, basebValues, destKeys - 8 * (nb - 1), advance(destValues, -(nb - 1)), nb);
            return;
        }
        if (nb == 1) {
            copyA(destKeys, destValues, aK, aV, bK, bV, na);
            return;
        }
        long gallop = minGallop;
        try {
            for (;;) {
                long acount = 0;
                long bcount = 0;
                for (;;) {
                    if (lessThan(key(bK), key(aK))) {
                        memory.putLong(destKeys, key(aK));
                        if (destValues != 0) {
                            memory.putLong(destValues, memory.getLong(aV));
                        }
                        destKeys -= 8;
                        destValues = advance(destValues, -1);
                        aK -= 8;
                        aV = advance(aV, -1);
                        ++acount;
                        bcount = 0;
                        --na;
                        if (na == 0) {
                            copySlots(basebKeys, basebValues, destKeys - 8 * (nb - 1), advance(destValues, -(nb - 1)), nb);
                            return;
                        }
                        if (acount >= gallop) {
                            break;
                        }
                    } else {
                        memory.putLong(destKeys, key(bK));
                        if (destValues != 0) {
                            memory.putLong(destValues, memory.getLong(bV));
                        }
                        destKeys -= 8;
                        destValues = advance(destValues, -1);
                        bK -= 8;
                        bV = advance(bV, -1);
                        ++bcount;
                        acount = 0;
                        --nb;
                        if (nb == 1) {
                            copyA(destKeys, destValues, aK, aV, bK, bV, na);
                            return;
                        }
                        if (bcount >= gallop) {
                            break;
                        }
                    }
                }
                ++gallop;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    long k = gallopRight(key(bK), baseaKeys, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        destKeys -= 8 * k;
                        destValues = advance(destValues, -k);
                        aK -= 8 * k;
                        aV = advance(aV, -k);
                        copySlots(aK + 8, advance(aV, 1), destKeys + 8, advance(destValues, 1), k);
                        na -= k;
                        if (na == 0) {
                            copySlots(basebKeys, basebValues, destKeys - 8 * (nb - 1), advance(destValues, -(nb - 1)), nb);
                            return;
                        }
                    }
                    memory.putLong(destKeys, key(bK));
                    if (destValues != 0) {
                        memory.putLong(destValues, memory.getLong(bV));
                    }
                    destKeys -= 8;
                    destValues = advance(destValues, -1);
                    bK -= 8;
                    bV = advance(bV, -1);
                    --nb;
                    if (nb == 1) {
                        copyA(destKeys, destValues, aK, aV, bK, bV, na);
                        return;
                    }
                    k = gallopLeft(key(aK), basebKeys, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        destKeys -= 8 * k;
                        destValues = advance(destValues, -k);
                        bK -= 8 * k;
                        bV = advance(bV, -k);
                        copySlots(bK + 8, advance(bV, 1), destKeys + 8, advance(destValues, 1), k);
                        nb -= k;
                        if (nb == 1) {
                            copyA(destKeys, destValues, aK, aV, bK, bV, na);
                            return;
                        }
                        if (nb == 0) { // only when the comparison is inconsistent
                            return;
                        }
                    }
                    memory.putLong(destKeys, key(aK));
                    if (destValues != 0) {
                        memory.putLong(destValues, memory.getLong(aV));
                    }
                    destKeys -= 8;
                    destValues = advance(destValues, -1);
                    aK -= 8;
                    aV = advance(aV, -1);
                    --na;
                    if (na == 0) {
                        copySlots(basebKeys, basebValues, destKeys - 8 * (nb - 1), advance(destValues, -(nb - 1)), nb);
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++gallop;
                minGallop = gallop;
            }
        } catch (RuntimeException | Error e) {
            if (nb != 0) {
                copySlots(basebKeys, basebValues, destKeys - 8 * (nb - 1), advance(destValues, -(nb - 1)), nb);
            }
            throw e;
        }
    }

    /** {@code merge_hi}'s CopyA: the rest of A moves right by one, B's first item goes before it. */
    private void copyA(long destKeys, long destValues, long aK, long aV, long bK, long bV, long na) {
        copySlots(aK - 8 * (na - 1), advance(aV, -(na - 1)), destKeys - 8 * (na - 1), advance(destValues, -(na - 1)), na);
        destKeys -= 8 * na;
        destValues = advance(destValues, -na);
        memory.putLong(destKeys, key(bK));
        if (destValues != 0) {
            memory.putLong(destValues, memory.getLong(bV));
        }
    }

    /** {@code merge_at}: merges pending runs i and i + 1 (i is the second or third from the top). */
    private void mergeAt(int i) {
        long aK = pendingKeys[i];
        long aV = pendingValues[i];
        long na = pendingLength[i];
        long bK = pendingKeys[i + 1];
        long bV = pendingValues[i + 1];
        long nb = pendingLength[i + 1];
        pendingLength[i] = na + nb;
        if (i == pendingCount - 3) {
            pendingKeys[i + 1] = pendingKeys[i + 2];
            pendingValues[i + 1] = pendingValues[i + 2];
            pendingLength[i + 1] = pendingLength[i + 2];
            pendingPower[i + 1] = pendingPower[i + 2];
        }
        --pendingCount;
        long k = gallopRight(key(bK), aK, na, 0);
        aK += 8 * k;
        aV = advance(aV, k);
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(key(aK + 8 * (na - 1)), bK, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(aK, aV, na, bK, bV, nb);
        } else {
            mergeHi(aK, aV, na, bK, bV, nb);
        }
    }

    /**
     * {@code powerloop}: the power of the boundary between runs [s1, s1 + n1) and [s1 + n1, s1 + n1 + n2)
     * of a list of n: the first bit at which the binary fractions of the two runs' midpoints (over n) differ.
     */
    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** {@code found_new_run}: merges what powersort says must be merged before a run of {@code n2} is pushed. */
    private void foundNewRun(long n2) {
        if (pendingCount > 0) {
            int top = pendingCount - 1;
            long s1 = (pendingKeys[top] - baseKeys) / 8;
            long n1 = pendingLength[top];
            int power = powerloop(s1, n1, n2, listLength);
            while (pendingCount > 1 && pendingPower[pendingCount - 2] > power) {
                mergeAt(pendingCount - 2);
            }
            pendingPower[pendingCount - 1] = power;
        }
    }

    /** {@code merge_force_collapse}: merges everything left, the smaller neighbour first. */
    private void mergeForceCollapse() {
        while (pendingCount > 1) {
            int n = pendingCount - 2;
            if (n > 0 && pendingLength[n - 1] < pendingLength[n + 1]) {
                --n;
            }
            mergeAt(n);
        }
    }
}

package dev.pyheap.runtime.state;

/**
 * A map from non-zero {@code long} keys (addresses) to non-negative {@code int} values, by open
 * addressing with linear probing, with no boxing: the sanity checker looks up every reference in
 * the heap in one. Key 0 marks an empty slot (0 is NULL, never an address). The table stays at
 * most half full, so a probe ends after a few slots.
 */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The value stored for {@code key}, or -1. */
    public int get(long key) {
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /**
     * Stores {@code value} for {@code key} unless the key is there already.
     *
     * @return the value already stored, or -1 when {@code value} was stored
     */
    public int putIfAbsent(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return -1;
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }
}

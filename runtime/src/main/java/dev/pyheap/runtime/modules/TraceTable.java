package dev.pyheap.runtime.modules;

import java.util.Arrays;

/**
 * tracemalloc's traces: block address to (requested size, allocation site), by open addressing
 * with linear probing over parallel arrays, so a trace costs no Java object of its own. Key 0
 * marks an empty slot (0 is never a block). At most half full; removal shifts the following run
 * back (no tombstones), so lookups stay short however many blocks come and go.
 */
final class TraceTable {
    private long[] keys;
    private long[] sizes;
    private TraceSite[] sites;
    private int size;
    private int mask;

    TraceTable() {
        allocate(1024);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        sizes = new long[capacity];
        sites = new TraceSite[capacity];
        mask = capacity - 1;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    /** Slots in the table (for the memory estimate). */
    int capacity() {
        return keys.length;
    }

    /**
     * Records a trace, replacing one at the same address.
     *
     * @return the size of the trace replaced, or -1 when there was none
     */
    long put(long key, long blockSize, TraceSite site) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                long old = sizes[i];
                sizes[i] = blockSize;
                sites[i] = site;
                return old;
            }
            if (k == 0) {
                keys[i] = key;
                sizes[i] = blockSize;
                sites[i] = site;
                size++;
                return -1;
            }
        }
    }

    private int slot(long key) {
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The site of the trace at {@code key}, or null. */
    TraceSite site(long key) {
        int i = slot(key);
        return i < 0 ? null : sites[i];
    }

    /** Gives the trace at {@code key}, when there is one, the site {@code site} (its size unchanged). */
    void retrace(long key, TraceSite site) {
        int i = slot(key);
        if (i >= 0) {
            sites[i] = site;
        }
    }

    /**
     * Removes the trace at {@code key}.
     *
     * @return its size, or -1 when there was none
     */
    long remove(long key) {
        int i = slot(key);
        if (i < 0) {
            return -1;
        }
        long removed = sizes[i];
        size--;
        // Backward-shift deletion: move later members of the run into the hole when their home
        // slot does not lie (cyclically) between the hole and them.
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                keys[hole] = keys[j];
                sizes[hole] = sizes[j];
                sites[hole] = sites[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        sizes[hole] = 0;
        sites[hole] = null;
        return removed;
    }

    void clear() {
        allocate(1024);
        size = 0;
    }

    /** Receives each trace. */
    @FunctionalInterface
    interface Visitor {
        void visit(long address, long size, TraceSite site);
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.visit(keys[i], sizes[i], sites[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldSizes = sizes;
        TraceSite[] oldSites = sites;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldSizes[i], oldSites[i]);
            }
        }
        Arrays.fill(oldSites, null);
    }
}

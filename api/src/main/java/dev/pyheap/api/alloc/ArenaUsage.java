package dev.pyheap.api.alloc;

import java.util.List;

/**
 * One arena of a pool allocator as a row of its pools, in address order: what {@link Allocator#arenaMap()}
 * returns, one per live arena, for pictures of where memory sits (which arenas a few live blocks pin,
 * which pools are nearly empty). The pools' blocks add up to {@link AllocatorStatistics}' size-class
 * table: the non-empty pools of every arena, grouped by size class, are its {@code pools}, {@code inUse}
 * and {@code available} columns.
 *
 * @param address the arena's base address
 * @param pools   every pool the arena has room for, carved or not, lowest address first
 */
public record ArenaUsage(long address, List<Pool> pools) {

    public ArenaUsage {
        pools = List.copyOf(pools);
    }

    /**
     * One pool.
     *
     * @param sizeClass the size class it serves, or {@code -1} for an empty pool (free, or never carved)
     * @param blockSize bytes per block of that class, 0 when empty
     * @param used      blocks in use
     * @param capacity  blocks the pool holds, 0 when empty
     */
    public record Pool(int sizeClass, int blockSize, int used, int capacity) {
        /** A pool that holds no block. */
        public static final Pool EMPTY = new Pool(-1, 0, 0, 0);

        public Pool {
            if (used < 0 || used > capacity || (sizeClass < 0) != (capacity == 0)) {
                throw new IllegalArgumentException("inconsistent pool: class " + sizeClass + ", " + used + " of "
                        + capacity + " blocks");
            }
        }

        /** Whether the pool holds no block. */
        public boolean empty() {
            return sizeClass < 0;
        }

        /** The fraction of its blocks in use, 0 for an empty pool. */
        public double fullness() {
            return capacity == 0 ? 0 : (double) used / capacity;
        }
    }
}

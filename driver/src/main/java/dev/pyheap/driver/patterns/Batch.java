package dev.pyheap.driver.patterns;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.Allocator;

/**
 * The {@code lifo} and {@code shuffle} patterns: a batch of blocks allocated in one phase and freed
 * in another. The sizes and the free order are drawn once, in the constructor, so that timing
 * covers only the allocator.
 */
public final class Batch {
    private final int[] sizes;
    private final int[] order;
    private final long[] blocks;

    /**
     * @param count    blocks in the batch
     * @param seed     the size seed ({@link AllocatorPattern#SIZE_SEED} reproduces the C anchor)
     * @param shuffled free in Fisher-Yates order (seeded {@link AllocatorPattern#SHUFFLE_SEED}) instead of reverse order
     */
    public Batch(int count, long seed, boolean shuffled) {
        sizes = new int[count];
        order = new int[count];
        blocks = new long[count];
        SplitMix64 random = new SplitMix64(seed);
        for (int i = 0; i < count; i++) {
            sizes[i] = AllocatorPattern.size(random.next());
        }
        for (int i = 0; i < count; i++) {
            order[i] = count - 1 - i;
        }
        if (shuffled) {
            SplitMix64 shuffle = new SplitMix64(AllocatorPattern.SHUFFLE_SEED);
            for (int i = count - 1; i > 0; i--) {
                int j = (int) shuffle.nextBelow(i + 1L);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    public int count() {
        return sizes.length;
    }

    /** Allocates every block of the batch and writes its first word. */
    public void allocateAll(Allocator allocator) {
        Memory memory = allocator.memory();
        for (int i = 0; i < sizes.length; i++) {
            long p = allocator.allocate(sizes[i]);
            memory.putLong(p, sizes[i]);
            blocks[i] = p;
        }
    }

    /** Reads each block's first word and frees it, in the batch's order. Returns a checksum of the words read. */
    public long freeAll(Allocator allocator) {
        Memory memory = allocator.memory();
        long checksum = 0;
        for (int i = 0; i < order.length; i++) {
            long p = blocks[order[i]];
            checksum += memory.getLong(p);
            allocator.free(p);
        }
        return checksum;
    }
}

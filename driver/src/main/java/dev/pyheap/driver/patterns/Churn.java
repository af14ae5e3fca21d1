package dev.pyheap.driver.patterns;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.Allocator;

/**
 * The {@code churn} pattern: a fixed number of live blocks; each step frees a random one and
 * allocates a block of random size in its place. The working set persists across
 * {@link #steps} calls, so a benchmark measures the steady state.
 */
public final class Churn {
    private final long[] live;
    private final SplitMix64 random;
    private boolean filled;

    /**
     * @param liveBlocks blocks kept live ({@link AllocatorPattern#CHURN_LIVE} in the anchor)
     * @param seed       the seed ({@link AllocatorPattern#SIZE_SEED} reproduces the C anchor)
     */
    public Churn(int liveBlocks, long seed) {
        live = new long[liveBlocks];
        random = new SplitMix64(seed);
    }

    /** Allocates the live set, drawing sizes from the same stream the steps continue. */
    public void fill(Allocator allocator) {
        Memory memory = allocator.memory();
        for (int i = 0; i < live.length; i++) {
            int size = AllocatorPattern.size(random.next());
            long p = allocator.allocate(size);
            memory.putLong(p, size);
            live[i] = p;
        }
        filled = true;
    }

    /** Runs {@code steps} free+allocate steps. Returns a checksum of the words read. */
    public long steps(Allocator allocator, long steps) {
        if (!filled) {
            throw new IllegalStateException("fill() first");
        }
        Memory memory = allocator.memory();
        long[] blocks = live;
        long n = blocks.length;
        long checksum = 0;
        // The generator's state stays in a local (a register) for the whole loop, as the C anchor's does:
        // through the object's field it would be a load and a store per step that C does not make.
        long state = random.state();
        for (long i = 0; i < steps; i++) {
            long r = SplitMix64.mix(state += SplitMix64.GAMMA);
            // The C anchor divides by its compile-time CHURN_LIVE, which the compiler turns into a multiply;
            // the same constant here lets the JIT do likewise, so the harness costs what C's does.
            long high = r >>> 32;
            int index = (int) (n == AllocatorPattern.CHURN_LIVE ? high % AllocatorPattern.CHURN_LIVE : high % n);
            int size = AllocatorPattern.size(r & 0xFFFF_FFFFL);
            long old = blocks[index];
            checksum += memory.getLong(old);
            allocator.free(old);
            long p = allocator.allocate(size);
            memory.putLong(p, size);
            blocks[index] = p;
        }
        random.state(state);
        return checksum;
    }

    /** Frees the live set. */
    public void drain(Allocator allocator) {
        for (int i = 0; i < live.length; i++) {
            allocator.free(live[i]);
            live[i] = 0;
        }
        filled = false;
    }
}

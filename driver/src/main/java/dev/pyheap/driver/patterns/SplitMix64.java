package dev.pyheap.driver.patterns;

/**
 * The splitmix64 generator (Steele, Lea and Flood), equal to the C anchor's {@code next_random}
 * ({@code bench/anchors/c/allocbench.c}): with the same seed it yields the very same sequence, so a
 * Java run allocates the same sizes in the same order as the C program. bench's
 * {@code AnchorSequencesTest} builds the C program and compares its sequences with the patterns'.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code next() mod bound} with the unsigned arithmetic of the C code. */
    public long nextBelow(long bound) {
        return Long.remainderUnsigned(next(), bound);
    }
}

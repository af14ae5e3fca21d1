package dev.pyheap.driver.patterns;

/**
 * The splitmix64 generator (Steele, Lea and Flood), equal to the C anchor's {@code next_random}
 * ({@code bench/anchors/c/allocbench.c}): with the same seed it yields the very same sequence, so a
 * Java run allocates the same sizes in the same order as the C program. bench's
 * {@code AnchorSequencesTest} builds the C program and compares its sequences with the patterns'.
 */
public final class SplitMix64 {
    /** What each draw adds to the state. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long next() {
        return mix(state += GAMMA);
    }

    /** The output for the state after a draw's {@link #GAMMA}: a loop may keep the state in a local, as C keeps it in a register. */
    public static long mix(long state) {
        long z = (state ^ (state >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The state: the seed plus {@link #GAMMA} per draw so far. */
    public long state() {
        return state;
    }

    /** Continues the sequence from {@code state}, a value {@link #state()} returned. */
    public void state(long state) {
        this.state = state;
    }

    /** {@code next() mod bound} with the unsigned arithmetic of the C code. */
    public long nextBelow(long bound) {
        return Long.remainderUnsigned(next(), bound);
    }
}

package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.gc.PauseStatistics;

/**
 * Records collection pauses in constant memory and answers percentiles, for
 * {@link GcState#pauses()}, whatever the collector.
 *
 * <h2>The histogram</h2>
 * A pause of {@code n} nanoseconds falls into a log-linear bucket: its power of two (the position
 * of the highest set bit) picks one of 64 ranges, and the next {@link #SUB_BITS} bits below that bit
 * pick one of 16 equal slices of the range. So a bucket is never wider than 1/16 of its lower
 * bound, and a percentile read back as the bucket's upper bound is at most 6.25% above the true
 * value (and never above the exact maximum, which is kept apart). Pauses under 16 ns get one bucket
 * each.
 * <pre>
 *   n = 0b0000…0001 0110 1xxx…   highest bit 36 → range 36, next four bits 0110 → slice 6
 *   bucket = (36 - 3) × 16 + 6   upper bound = (0b10110 + 1) × 2^(36-4) − 1
 * </pre>
 * Recording is two shifts and an array increment: no allocation, so every young collection of a
 * long run is recorded. Used under the heap's GIL, like the state owning it.
 */
public final class PauseRecorder {
    private static final int SUB_BITS = 4;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    private static final int BUCKETS = (64 - SUB_BITS + 1) * SUB_BUCKETS;

    private final long[] buckets = new long[BUCKETS];
    private long count;
    private long max;
    private long total;

    /** Records one pause; a negative one (a clock going backwards) counts as 0. */
    public void record(long nanos) {
        long n = Math.max(0, nanos);
        buckets[bucketOf(n)]++;
        count++;
        total += n;
        if (n > max) {
            max = n;
        }
    }

    /** The pauses recorded so far. */
    public PauseStatistics statistics() {
        if (count == 0) {
            return PauseStatistics.NONE;
        }
        long p50 = Math.min(percentile(0.50), max);
        long p99 = Math.min(percentile(0.99), max);
        return new PauseStatistics(count, p50, p99, max, total);
    }

    /** Forgets every pause. */
    public void reset() {
        java.util.Arrays.fill(buckets, 0);
        count = 0;
        max = 0;
        total = 0;
    }

    /** The upper bound of the bucket holding the pause of rank ceil(fraction × count). */
    private long percentile(double fraction) {
        long rank = Math.max(1, (long) Math.ceil(fraction * count));
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += buckets[b];
            if (seen >= rank) {
                return upperBound(b);
            }
        }
        return max;
    }

    static int bucketOf(long n) {
        if (n < SUB_BUCKETS) {
            return (int) n;
        }
        int high = 63 - Long.numberOfLeadingZeros(n);
        int slice = (int) (n >>> (high - SUB_BITS)) & (SUB_BUCKETS - 1);
        return (high - SUB_BITS + 1) * SUB_BUCKETS + slice;
    }

    static long upperBound(int bucket) {
        if (bucket < SUB_BUCKETS) {
            return bucket;
        }
        int high = bucket / SUB_BUCKETS + SUB_BITS - 1;
        int slice = bucket % SUB_BUCKETS;
        long lower = ((long) (SUB_BUCKETS + slice)) << (high - SUB_BITS);
        long width = 1L << (high - SUB_BITS);
        long upper = lower + width - 1;
        return upper < 0 ? Long.MAX_VALUE : upper;
    }
}

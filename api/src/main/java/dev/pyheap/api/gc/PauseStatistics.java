package dev.pyheap.api.gc;

/**
 * The pause times of a collector's collections, from start to stop (the world is stopped for the
 * whole of it: the collecting thread holds the GIL). All zero when nothing was collected yet.
 *
 * @param count      collections recorded
 * @param p50Nanos   median pause
 * @param p99Nanos   99th percentile pause
 * @param maxNanos   longest pause, exact
 * @param totalNanos sum of all pauses, exact
 */
public record PauseStatistics(long count, long p50Nanos, long p99Nanos, long maxNanos, long totalNanos) {

    /** No collection recorded. */
    public static final PauseStatistics NONE = new PauseStatistics(0, 0, 0, 0, 0);

    /** Validates the figures: none negative, percentiles ordered and at most the maximum. */
    public PauseStatistics {
        if (count < 0 || p50Nanos < 0 || p99Nanos < p50Nanos || maxNanos < p99Nanos || totalNanos < maxNanos) {
            throw new IllegalArgumentException("inconsistent pause statistics: count " + count + ", p50 " + p50Nanos
                    + ", p99 " + p99Nanos + ", max " + maxNanos + ", total " + totalNanos);
        }
    }
}

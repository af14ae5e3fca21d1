package dev.pyheap.runtime.tracemalloc;

import java.util.Comparator;
import java.util.Objects;

/**
 * How the memory allocated at one place changed between two snapshots: tracemalloc's
 * {@code StatisticDiff}, an element of {@link Snapshot#compareTo}.
 *
 * @param traceback the place
 * @param size      bytes in the new snapshot
 * @param sizeDiff  new size minus old size
 * @param count     blocks in the new snapshot
 * @param countDiff new count minus old count
 */
public record StatisticDiff(Traceback traceback, long size, long sizeDiff, long count, long countDiff) {

    /**
     * {@code compare_to()}'s order: biggest change first, by |size_diff|, size, |count_diff|,
     * count, then traceback.
     */
    public static final Comparator<StatisticDiff> ORDER = Comparator.comparingLong((StatisticDiff d) -> Math.abs(d.sizeDiff))
            .thenComparingLong(StatisticDiff::size)
            .thenComparingLong(d -> Math.abs(d.countDiff))
            .thenComparingLong(StatisticDiff::count)
            .thenComparing(StatisticDiff::traceback)
            .reversed();

    public StatisticDiff {
        Objects.requireNonNull(traceback, "traceback");
    }

    /**
     * CPython's {@code str(diff)}:
     * {@code demo.py:6: size=216 B (+72 B), count=3 (+1), average=72 B}; no average when the
     * new count is 0.
     */
    @Override
    public String toString() {
        String text = traceback + ": size=" + SizeFormat.format(size, false) + " (" + SizeFormat.format(sizeDiff, true)
                + "), count=" + count + " (" + signed(countDiff) + ")";
        return count != 0 ? text + ", average=" + SizeFormat.format((double) size / count, false) : text;
    }

    /** CPython's {@code repr(diff)}. */
    public String repr() {
        return "<StatisticDiff traceback=" + traceback.repr() + " size=" + size + " (" + signed(sizeDiff) + ") count="
                + count + " (" + signed(countDiff) + ")>";
    }

    private static String signed(long v) {
        return v < 0 ? Long.toString(v) : "+" + v;
    }
}

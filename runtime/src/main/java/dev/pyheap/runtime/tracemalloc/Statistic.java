package dev.pyheap.runtime.tracemalloc;

import java.util.Comparator;
import java.util.Objects;

/**
 * Memory allocated at one place: tracemalloc's {@code Statistic}, an element of
 * {@link Snapshot#statistics}.
 *
 * @param traceback the place (one frame for {@code lineno}, line 0 for {@code filename})
 * @param size      bytes asked for by the traced blocks there
 * @param count     how many blocks
 */
public record Statistic(Traceback traceback, long size, long count) {

    /** {@code statistics()}'s order: biggest first, by size, then count, then traceback. */
    public static final Comparator<Statistic> ORDER = Comparator.comparingLong(Statistic::size)
            .thenComparingLong(Statistic::count)
            .thenComparing(Statistic::traceback)
            .reversed();

    public Statistic {
        Objects.requireNonNull(traceback, "traceback");
    }

    /** The average block size, {@code size / count} (0 when there is no block). */
    public double average() {
        return count == 0 ? 0 : (double) size / count;
    }

    /** CPython's {@code str(statistic)}: {@code demo.py:2: size=260 B, count=3, average=87 B}. */
    @Override
    public String toString() {
        String text = traceback + ": size=" + SizeFormat.format(size, false) + ", count=" + count;
        return count != 0 ? text + ", average=" + SizeFormat.format((double) size / count, false) : text;
    }

    /** CPython's {@code repr(statistic)}. */
    public String repr() {
        return "<Statistic traceback=" + traceback.repr() + " size=" + size + " count=" + count + ">";
    }
}

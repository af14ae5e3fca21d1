package dev.pyheap.runtime.tracemalloc;

/**
 * tracemalloc's size text ({@code _format_size}), as {@link Statistic}, {@link StatisticDiff} and
 * {@link Trace} print it. The size is divided by 1024 until it fits a unit:
 * <ol>
 * <li>in KiB and up, below 100: one decimal ({@code 10.0 KiB}, {@code 99.9 KiB});
 * <li>below 10 * 1024 of the unit, or in TiB: no decimal ({@code 1023 B}, {@code 10239 B},
 *     {@code 100 KiB}, {@code 3072 KiB}, {@code 20000 TiB});
 * <li>otherwise on to the next unit (B, KiB, MiB, GiB, TiB).
 * </ol>
 * Rounding is C's: the exact binary value, half to even ({@code 2.5 B} prints {@code 2 B}).
 */
public final class SizeFormat {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private SizeFormat() {
    }

    /**
     * @param size bytes (an average may be fractional)
     * @param sign whether to print {@code +} before a positive value (and zero), as for a difference
     */
    public static String format(double size, boolean sign) {
        for (int u = 0; ; u++) {
            String unit = UNITS[u];
            if (Math.abs(size) < 100 && u > 0) {
                return Text.fixed(size, 1, sign) + " " + unit;
            }
            if (Math.abs(size) < 10 * 1024 || u == UNITS.length - 1) {
                return Text.fixed(size, 0, sign) + " " + unit;
            }
            size /= 1024;
        }
    }
}

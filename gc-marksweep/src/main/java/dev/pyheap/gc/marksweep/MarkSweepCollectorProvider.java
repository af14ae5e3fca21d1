package dev.pyheap.gc.marksweep;

import dev.pyheap.api.config.Option;
import dev.pyheap.api.config.OptionType;
import dev.pyheap.api.gc.CollectorKind;

import java.util.List;

/** The {@code marksweep} collector as a service: full collections from the roots, scheduled by heap growth. */
public final class MarkSweepCollectorProvider extends CollectorKind {

    /**
     * How far the heap may grow between collections, as a multiple of what survived the last one
     * (Go's {@code GOGC} / 100); see {@link MarkSweepCollector}.
     */
    static final Option<Double> GROWTH = Option.of("gc.marksweep.growth", OptionType.positiveDecimal(), 1.0,
            "marksweep: collect when the GC objects allocated since the last collection exceed "
                    + "max(threshold0, growth x the tracked objects that survived it)");

    /** For the service loader. */
    public MarkSweepCollectorProvider() {
        super(MarkSweepCollector.NAME, "full mark from the roots and sweep of every tracked object, triggered by heap growth",
                List.of(GROWTH), MarkSweepCollector::new);
    }
}

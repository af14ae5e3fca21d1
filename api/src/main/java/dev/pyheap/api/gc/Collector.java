package dev.pyheap.api.gc;

import java.util.List;

/**
 * A cycle collector (or, for {@code refcount}, the absence of one) behind the {@code gc} module.
 * A collector finds garbage and decides when to look for it; the runtime destroys what it finds.
 * Every tracked object is in exactly one of the collector's lists at all times.
 *
 * <p>Called only with the GIL held. This is the first cut of the SPI: the runtime and collector
 * issues refine it.
 */
public interface Collector {

    /** The provider name, e.g. {@code generational}. */
    String name();

    /** {@code PyObject_GC_Track}: links the object into the youngest list. */
    void track(long object);

    /** {@code PyObject_GC_UnTrack}: unlinks the object. */
    void untrack(long object);

    /** A GC-capable object was allocated (count[0] += 1); may schedule a collection. */
    void objectAllocated(long object);

    /** A GC-capable object was freed (count[0] -= 1, never below 0). */
    void objectFreed(long object);

    /** Whether a collection was scheduled and should run at the next check point. */
    boolean collectionDue();

    /**
     * Collects {@code generation} (0 to {@code generations() - 1}) with every younger one merged in.
     * Runs even when disabled, as {@code gc.collect()} does.
     */
    CollectionResult collect(int generation);

    /** The number of generations {@code gc.get_count()} reports (3 for {@code generational}). */
    int generations();

    /** {@code gc.get_count()}. */
    List<Long> counts();

    /** {@code gc.get_threshold()}. */
    List<Long> thresholds();

    /** {@code gc.set_threshold(...)}: one to {@code generations()} values. */
    void setThresholds(List<Long> thresholds);

    /** {@code gc.isenabled()}. */
    boolean isEnabled();

    /** {@code gc.enable()} / {@code gc.disable()}. */
    void setEnabled(boolean enabled);

    /** {@code gc.get_stats()}, one entry per generation. */
    List<GenerationStatistics> statistics();
}

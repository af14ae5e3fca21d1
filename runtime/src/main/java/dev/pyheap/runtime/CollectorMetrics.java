package dev.pyheap.runtime;

import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.PauseStatistics;

import java.util.List;
import java.util.Optional;

/**
 * A collector's figures, read-only ({@link HeapMetrics#collector()}). Every collection, automatic or
 * explicit, counts once in the list it collected and once in the pauses, so the collections of
 * {@link #statistics()} add up to {@code pauses().count()}.
 */
public interface CollectorMetrics {

    /** The collector's name, e.g. {@code generational}. */
    String name();

    /** {@code gc.get_count()}: the allocation counts the collector decides by, Python's three. */
    List<Long> counts();

    /** {@code gc.get_stats()}: one entry per list the collector keeps. */
    List<GenerationStatistics> statistics();

    /**
     * The nanoseconds each list of {@link #statistics()} spent collecting: its collections' pauses
     * summed, so they add up to {@code pauses().totalNanos()}.
     */
    List<Long> collectionNanos();

    /**
     * The objects tracked in each of Python's three generations now ({@code len(gc.get_objects(g))}),
     * the frozen ones aside; a generation the collector does not keep apart holds none.
     */
    List<Long> objectsPerGeneration();

    /** The pause of every collection so far. */
    PauseStatistics pauses();

    /**
     * What the collector can never free, for a collector that does not reclaim cycles
     * ({@code refcount}: the cyclic garbage and what hangs from it); empty for the cycle collectors.
     */
    Optional<LeakReport> leakReport();
}

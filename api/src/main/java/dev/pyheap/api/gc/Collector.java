package dev.pyheap.api.gc;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A cycle collector (or, for {@code refcount}, the absence of one) behind the {@code gc} module.
 * A collector finds garbage and decides when to look for it; the runtime destroys what it finds
 * ({@link HeapBinding#destroy}). Every tracked object is in exactly one of the collector's lists at
 * all times, the permanent generation of {@link #freeze()} included.
 *
 * <p>Python's view has three generations whatever the collector keeps: {@link #counts()} and
 * {@link #thresholds()} always have three values and {@link #collect(int)} takes 0 to 2.
 * {@link #generations()} says how many lists the collector really keeps, and
 * {@link #statistics()} has that many entries.
 *
 * <p>Called only with the GIL held.
 */
public interface Collector {

    /** The provider name, e.g. {@code generational}. */
    String name();

    /** {@code PyObject_GC_Track}: links the object into the youngest list. */
    void track(long object);

    /** {@code PyObject_GC_UnTrack}: unlinks the object, from whichever list holds it. */
    void untrack(long object);

    /** A GC-capable object was allocated (count[0] += 1); may schedule a collection. */
    void objectAllocated(long object);

    /** A GC-capable object was freed (count[0] -= 1, never below 0). */
    void objectFreed(long object);

    /**
     * Whether a collection was scheduled and should run at the next check point. Called at every
     * check point, so it must be a field read.
     */
    boolean collectionDue();

    /**
     * The generation the scheduled collection should collect, chosen now, at the check point
     * (CPython's {@code collect_generations}: the oldest generation over its threshold); -1 when
     * nothing is due after all, e.g. automatic collection was disabled since it was scheduled. The
     * runtime then calls {@link #collect(int)} with it.
     */
    int dueGeneration();

    /**
     * Collects {@code generation} with every younger one merged in. Runs even when disabled, as
     * {@code gc.collect()} does.
     *
     * @param generation 0 to 2, as in Python, whatever {@link #generations()} is
     * @throws IllegalArgumentException with CPython's message {@code invalid generation} outside 0..2
     */
    CollectionResult collect(int generation);

    /** The number of lists the collector keeps, the permanent one aside (3 for {@code generational}, 1 for {@code refcount}). */
    int generations();

    /**
     * {@code gc.get_count()}: always three values, Python's shape. A collector with fewer
     * generations reports 0 for the counters it does not keep (e.g. {@code (count0, 0, 0)}).
     */
    List<Long> counts();

    /** {@code gc.get_threshold()}: always three values. */
    List<Long> thresholds();

    /**
     * {@code gc.set_threshold(t0[, t1[, t2]])}: one to three values replace the first thresholds,
     * the others keep theirs. A collector may ignore them, but reports them back.
     *
     * @throws IllegalArgumentException for no value or more than three (CPython's TypeError message)
     * @throws ArithmeticException for a value outside a C {@code int} (CPython's OverflowError message)
     */
    void setThresholds(List<Long> thresholds);

    /** {@code gc.isenabled()}. */
    boolean isEnabled();

    /** {@code gc.enable()} / {@code gc.disable()}. */
    void setEnabled(boolean enabled);

    /** {@code gc.get_stats()}: one entry per list the collector keeps ({@link #generations()}). */
    List<GenerationStatistics> statistics();

    /**
     * The pause of every collection so far, automatic and explicit, from the start of
     * {@link #collect(int)} to its return (destroy step included), e.g. with a
     * {@link dev.pyheap.api.gc.mechanism.PauseRecorder}.
     */
    PauseStatistics pauses();

    /**
     * Calls {@code action} with each tracked object of {@code generation}, for {@code gc.get_objects()}
     * and {@code gc.get_referrers()}. Frozen objects are never visited. The action must not track,
     * untrack or move objects.
     *
     * @param generation -1 for every tracked object outside the permanent generation, or 0 to 2; a
     *                   collector with fewer generations says which of them its lists stand for
     * @throws IllegalArgumentException outside -1..2, with CPython's message
     */
    void forEachObject(int generation, LongConsumer action);

    /** {@code gc.freeze()}: moves every tracked object into the permanent generation and zeroes the counts. */
    void freeze();

    /** {@code gc.unfreeze()}: moves the permanent generation back into the oldest one. */
    void unfreeze();

    /** {@code gc.get_freeze_count()}: the objects in the permanent generation. */
    long freezeCount();

    /**
     * What this collector can never free, on request and when the heap closes: for {@code refcount},
     * the cyclic garbage and what hangs from it. Empty for collectors that reclaim cycles.
     */
    default Optional<LeakReport> leakReport() {
        return Optional.empty();
    }
}

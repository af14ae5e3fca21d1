package dev.pyheap.api.gc;

import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;

import java.util.Optional;

/**
 * A cycle collector (or, for {@code refcount}, the absence of one): what finds garbage and decides
 * when to look for it, and nothing else. Everything every collector shares (the counts, the
 * thresholds, the enabled flag, the generation lists and the permanent one, freezing, the
 * statistics, the pauses, Python's view of three generations) is kept once in the heap's
 * {@link GcState}, which the runtime calls and which calls this (MMTk's CommonPlan idea: no
 * operation is both here and there). {@link GcState} explains the split and the order of the calls.
 *
 * <p>A collector is made by its {@link CollectorProvider} with the heap's {@link GcState}; while it
 * is made it may add older generation lists ({@link GcState#newGeneration()}), and it keeps every
 * tracked object it moves in one of the state's lists. The runtime destroys what it finds
 * ({@link HeapBinding#destroy}).
 *
 * <p>Called only with the GIL held, and only by the {@link GcState} (the runtime asks this
 * interface for {@link #name()} and {@link #leakReport()} alone).
 */
public interface Collector {

    /** The provider name, e.g. {@code generational}. */
    String name();

    /**
     * Decides when, part 1: the value of {@code count[0]} (GC allocations minus frees since
     * generation 0 was last collected) above which an allocation schedules a collection for the
     * next check point, given {@code threshold[0]}. CPython's rule is {@code threshold0} itself.
     * Asked when the collector is made, after every collection, {@code gc.set_threshold},
     * {@code gc.enable/disable}, {@code gc.freeze} and {@code gc.unfreeze}; the answer is used only
     * while automatic collection is on (enabled and {@code threshold0 != 0}).
     *
     * <p>By default {@link Long#MAX_VALUE}: the collector never schedules a collection, and only
     * {@code gc.collect()} runs one (reference counting alone).
     */
    default long limit(long threshold0) {
        return Long.MAX_VALUE;
    }

    /**
     * Decides when, part 2: the generation the scheduled collection collects, chosen at the check
     * point (CPython's {@code collect_generations}), or -1 when nothing qualifies any longer. Asked
     * only while automatic collection is on and no collection runs. By default -1, for a collector
     * that never schedules one.
     */
    default int selectGeneration() {
        return -1;
    }

    /**
     * Whether every collection is a full one, whatever generation is asked for: then
     * {@code gc.get_count()} counts each as a collection of the oldest generation and each empties
     * the free lists. False by default: collecting {@code g} collects generations 0 to {@code g}.
     */
    default boolean everyCollectionIsFull() {
        return false;
    }

    /**
     * Whether the garbage a collection finds is finalized and freed in CPython's order, because the
     * collector keeps CPython's generation lists (objects in the order they were tracked, moved
     * between generations as 3.11 moves them). An embedder that wants CPython's order of
     * {@code __del__} calls (the interpreter at exit) relies on it; otherwise it must impose an
     * order itself. False by default.
     */
    default boolean ordersGarbageAsCPython() {
        return false;
    }

    /**
     * Finds the garbage among the objects of {@code generation} and the younger ones, hands it to
     * {@link HeapBinding#destroy} and moves the survivors where they belong. The {@link GcState} has
     * already checked {@code generation} (0 to 2, whatever lists the collector keeps) and done the
     * bookkeeping (counts, the running flag); it empties the free lists and records the statistics
     * and the pause after this returns.
     *
     * @return what the destroy step returned, or {@link DestroyResult#NONE} when nothing was found
     */
    DestroyResult collect(int generation);

    /** {@code gc.freeze()} has moved every generation into the permanent one. Nothing by default. */
    default void frozen() {
    }

    /**
     * {@code gc.unfreeze()} is about to move {@code permanent} into the oldest generation. Nothing
     * by default.
     */
    default void unfreezing(GcList permanent) {
    }

    /**
     * What this collector can never free, on request and when the heap closes: for {@code refcount},
     * the cyclic garbage and what hangs from it. Empty for collectors that reclaim cycles.
     */
    default Optional<LeakReport> leakReport() {
        return Optional.empty();
    }
}

package dev.pyheap.driver;

/**
 * A workload loaded into one heap for one run: its module-level state (classes, shared
 * containers in the globals), made by {@link Workload#load}, and a {@link Mutator} per thread.
 *
 * <p>The driver's order: {@code load} (baseline taken after it), {@link #mutator} on each thread,
 * the run, {@link Mutator#finish()} on each thread, {@link #reset}, the leak check, {@link #unload}.
 * Every call holds the GIL.
 */
public interface Program {

    /** A mutator for one thread, made on that thread. */
    Mutator mutator(MutatorContext context);

    /**
     * Puts the shared state back as {@link Workload#load} left it (e.g. empties the shared
     * containers, rebinds shared globals to their first values), so the heap can be compared with
     * the baseline. Called once every mutator has finished, on the driver's thread.
     */
    default void reset(dev.pyheap.runtime.PyThreadState thread) {
    }

    /** Drops everything {@link Workload#load} made. Called after the leak check. */
    void unload(dev.pyheap.runtime.PyThreadState thread);

    /** What the shared state left behind for a collector that does not reclaim cycles (beyond the mutators'). */
    default Leak leftBehind() {
        return Leak.NONE;
    }
}

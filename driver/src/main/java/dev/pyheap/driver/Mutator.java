package dev.pyheap.driver;

/**
 * One thread's part of a workload: it runs operation by operation, and the driver calls the
 * thread state's check point between two operations (where a scheduled collection runs and the
 * GIL may pass to another thread), as CPython's eval loop does at back-edges and calls.
 *
 * <h2>The rule for references</h2>
 * Between two operations every reference a mutator needs must be held by a frame local, a
 * global, a {@link dev.pyheap.runtime.Handle} the mutator owns, or an object reachable from
 * those: a tracing collector sees nothing else. Addresses kept in Java fields are borrowed
 * (a cache of what the heap holds), never owned. So {@link #finish()} only has to close the
 * mutator's handles and pop its frames, and is safe even after an operation failed half way.
 *
 * <p>Every method is called on the mutator's own thread, with the GIL held.
 */
public interface Mutator {

    /**
     * Runs one operation.
     *
     * @return false, having done nothing, when the workload has nothing more to do on this thread
     */
    boolean step();

    /** Drops every reference this mutator holds: closes its handles, pops its frames. */
    void finish();

    /**
     * What this mutator left behind for a collector that does not reclaim cycles: every cyclic
     * structure it built (all of them become garbage once the roots are dropped). Asked after
     * {@link #finish()}.
     */
    default Leak leftBehind() {
        return Leak.NONE;
    }
}

package dev.pyheap.runtime.state;

/**
 * What the thread states ask of the gc layer, which installs it ({@link InterpreterState#initGc}):
 * CPython's eval breaker running {@code _Py_RunGC} when a collection is scheduled, and the
 * {@code collecting} flag that makes a walk over the heap wait for a quiet point.
 */
public interface CollectionHook {

    /** Before the gc layer starts: nothing is ever due, nothing ever runs. */
    CollectionHook NONE = new CollectionHook() {
        @Override
        public void collectScheduled() {
        }

        @Override
        public boolean isCollecting() {
            return false;
        }
    };

    /** Runs the collection the collector scheduled, if it is still due; called at a check point. */
    void collectScheduled();

    /** Whether a collection is under way (CPython's {@code gcstate->collecting}). */
    boolean isCollecting();
}

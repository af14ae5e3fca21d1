package dev.pyheap.driver.scheduling;

import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.PyThreadState;

/**
 * Code an embedder or a tool (the CLI's {@code --tracemalloc}, {@code --snapshot-every},
 * {@code --leaks}) runs inside a {@link MutatorDriver} run, at points where the heap is open and
 * the calling thread holds the GIL. Set with {@link RunSpec#withObserver}. Every method has an
 * empty default; an exception thrown by one stops the run and is rethrown by the driver, as a
 * mutator's would be.
 *
 * <p>The points, in a run's order:
 * <ol>
 * <li>{@link #started}: on the driver's thread, after the program was loaded and the baseline
 *     taken, before the mutators start (start tracing here so only the run is traced).
 * <li>{@link #checkPoint}: on a mutator thread holding the GIL, right after its check point, once
 *     every 64 operations of that thread (the cheap place for periodic work).
 * <li>{@link #finished}: on the driver's thread once every mutator has finished (dropped its
 *     roots), before the program resets its shared state and before the leak check; what is alive
 *     beyond the {@link Baseline} then is what the run retained.
 * <li>{@link #ended}: after the leak check and the last sanity check, before the program unloads.
 * </ol>
 * Not called after a failed run, except {@link #started} when it ran before the failure.
 */
public interface RunObserver {

    /** After the load and the baseline, before the mutators start (driver's thread, GIL held). */
    default void started(PyThreadState thread) {
    }

    /**
     * After a mutator's check point, every 64 operations of that thread (that thread, GIL held).
     *
     * @param opsDone operations done by every thread together so far
     */
    default void checkPoint(PyThreadState thread, long opsDone) {
    }

    /** Every mutator has finished; before the program's reset and the leak check (driver's thread, GIL held). */
    default void finished(PyThreadState thread, Baseline baseline) {
    }

    /** After the leak check, before the program unloads (driver's thread, GIL held). */
    default void ended(PyThreadState thread, RunReport.LeakCheck leakCheck) {
    }
}

package dev.pyheap.driver.scheduling;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.PyHeap;

/**
 * Runs a {@link Workload} on N mutator threads sharing one heap, and reports what happened
 * ({@link RunReport}).
 *
 * <h2>A run</h2>
 * <ol>
 * <li>On the calling thread (attached, holding the GIL) the workload's program is
 *     {@linkplain Workload#load loaded}; a full collection runs (emptying the free lists) and the
 *     baseline is taken: tracked objects by type, allocated blocks.
 * <li>N threads attach, each with its own thread state and frames, and start together. Each takes
 *     the GIL, makes its {@link Mutator} and runs it operation by operation, calling the check point
 *     between operations (a scheduled collection runs there; the GIL may pass). The threads share the
 *     globals dict, so references cross threads. The run stops when the operations (all threads
 *     together) are done, the duration is over, or every mutator has ended; each thread then
 *     {@linkplain Mutator#finish() drops its roots}.
 * <li>Who runs when is the {@link YieldPolicy}'s: CPython's switch interval by default, or the
 *     driver's turns (always, every N, seeded random, never), which make a run repeat exactly.
 * <li>With {@link RunSpec#verify()}, the sanity checker runs during the run (after every so many
 *     collections and operations, in the thread holding the GIL, after its check point); a problem
 *     stops the run.
 * <li>At the end: the sanity checker; the program {@linkplain Program#reset resets} its shared
 *     state; the leak check (a full collection, then tracked objects by type and allocated blocks
 *     against the baseline plus what the workload declares it leaves behind when the collector does
 *     not reclaim cycles); the sanity checker again; the program {@linkplain Program#unload unloads}.
 * </ol>
 * A mutator that throws (a {@link dev.pyheap.api.MemoryError}, a Python-level error) stops every
 * thread; the driver cleans up and rethrows it. Problems found by the checks are in the report
 * ({@link RunReport#ok()}), not thrown.
 */
public final class MutatorDriver {
    private MutatorDriver() {
    }

    /**
     * Opens a heap with {@code configuration}, runs {@code spec} on it, closes it.
     *
     * @throws dev.pyheap.api.config.ConfigurationException for an unknown workload, allocator or collector
     */
    public static RunReport run(Configuration configuration, RunSpec spec) {
        Workload workload = Workloads.named(spec.workload());
        try (PyHeap heap = PyHeap.open(configuration)) {
            return new DriverRun(heap, workload, spec).run();
        }
    }

    /**
     * Runs {@code spec} on an open heap, which the calling thread must not be attached to. The heap
     * stays open.
     *
     * @throws dev.pyheap.api.config.ConfigurationException for an unknown workload
     */
    public static RunReport run(PyHeap heap, RunSpec spec) {
        return new DriverRun(heap, Workloads.named(spec.workload()), spec).run();
    }

    /**
     * Runs {@code workload} itself, not looked up by name (the report names it by its own
     * {@link Workload#name()}; {@link RunSpec#workload()} is not used), on an open heap the calling
     * thread is not attached to. For workloads that are not services, e.g. in tests.
     */
    public static RunReport run(PyHeap heap, Workload workload, RunSpec spec) {
        return new DriverRun(heap, workload, spec).run();
    }
}

package dev.pyheap.driver;

/**
 * A kind of program the {@link dev.pyheap.driver.scheduling.MutatorDriver} runs: a service ({@code provides
 * dev.pyheap.driver.Workload with ...}, or a {@code META-INF/services} entry on the class path),
 * found by {@link #name()} through {@link Workloads}. An embedder adds one by providing it.
 *
 * <p>A workload should be deterministic for a seed: every random choice comes from
 * {@link MutatorContext#seed()} (or {@link LoadContext#seed()}), so a run with one thread, or with a
 * round-robin yield policy, repeats exactly.
 */
public interface Workload {

    /** The name used on the command line, e.g. {@code gcbench}. */
    String name();

    /** One line: what it models. */
    String description();

    /**
     * The operations of a default run, all threads together; 0 when the workload ends by itself
     * (each mutator's {@link Mutator#step()} eventually returns false).
     */
    long defaultOps();

    /**
     * Loads the program into a heap: defines its classes and binds its shared globals. Runs once
     * per run on the driver's thread with the GIL held; the leak check's baseline is taken right
     * after, so whatever this makes is not a leak. Bind every global name the mutators use here.
     */
    Program load(LoadContext context);
}

package dev.pyheap.driver;

import dev.pyheap.runtime.PyThreadState;

import java.io.PrintStream;

/**
 * What {@link Workload#load} sees.
 *
 * @param thread  the driver's thread state, holding the GIL
 * @param threads how many mutators will run
 * @param seed    the run's seed
 * @param out     where a workload prints what its program prints ({@code seeds} does)
 */
public record LoadContext(PyThreadState thread, int threads, long seed, PrintStream out) {
}

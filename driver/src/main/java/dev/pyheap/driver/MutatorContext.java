package dev.pyheap.driver;

import dev.pyheap.runtime.PyThreadState;

import java.io.PrintStream;

/**
 * What a {@link Mutator} sees.
 *
 * @param thread  this mutator's thread state (holding the GIL whenever the mutator is called)
 * @param index   0 to {@code threads - 1}
 * @param threads how many mutators run
 * @param seed    this mutator's own seed, derived from the run's seed and the index
 * @param out     where the program prints
 */
public record MutatorContext(PyThreadState thread, int index, int threads, long seed, PrintStream out) {
}

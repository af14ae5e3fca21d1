package dev.pyheap.api.gc.mechanism;

import java.util.List;

/**
 * The three collection thresholds of {@code gc.get_threshold()} / {@code gc.set_threshold()},
 * with CPython 3.11's argument checks, kept once by the {@link GcState} for every collector
 * (whether or not it acts on them). Starts at CPython's {@code (700, 10, 10)}.
 *
 * <p>CPython parses {@code set_threshold} as {@code "i|ii"}: one to three C {@code int}s, any
 * sign. A negative threshold is accepted and means "always over it"; 0 for generation 0 turns
 * automatic collection off. Used under the heap's GIL, like the state owning it.
 */
public final class Thresholds {

    private final long[] values = {700, 10, 10};

    /** CPython's defaults, then {@code initial} applied as {@link #set} would (e.g. the {@code gc.threshold} option). */
    public Thresholds(List<Long> initial) {
        set(initial);
    }

    /** The threshold of {@code generation} (0 to 2). */
    public long get(int generation) {
        return values[generation];
    }

    /** All three, for {@code gc.get_threshold()}. */
    public List<Long> asList() {
        return List.of(values[0], values[1], values[2]);
    }

    /**
     * {@code gc.set_threshold(t0[, t1[, t2]])}: the values given replace the first thresholds, the
     * others keep theirs. Nothing changes when a value is rejected.
     *
     * @throws IllegalArgumentException with CPython's message for no value ({@code set_threshold()
     *     takes at least 1 argument (0 given)}) or more than three: a TypeError in CPython
     * @throws ArithmeticException for a value outside a C {@code int} ({@code signed integer is
     *     greater than maximum} / {@code less than minimum}): an OverflowError in CPython
     */
    public void set(List<Long> thresholds) {
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("set_threshold() takes at least 1 argument (0 given)");
        }
        if (thresholds.size() > PythonGenerations.COUNT) {
            throw new IllegalArgumentException("set_threshold() takes at most 3 arguments (" + thresholds.size()
                    + " given)");
        }
        for (long value : thresholds) {
            if (value > Integer.MAX_VALUE) {
                throw new ArithmeticException("signed integer is greater than maximum");
            }
            if (value < Integer.MIN_VALUE) {
                throw new ArithmeticException("signed integer is less than minimum");
            }
        }
        for (int g = 0; g < thresholds.size(); g++) {
            values[g] = thresholds.get(g);
        }
    }
}

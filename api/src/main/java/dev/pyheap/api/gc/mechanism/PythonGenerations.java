package dev.pyheap.api.gc.mechanism;

/**
 * The generation arguments of Python's {@code gc} module, checked once for every collector: Python
 * always sees three generations (0 to 2), whatever lists a collector keeps, and CPython 3.11's
 * messages are part of the behaviour.
 */
public final class PythonGenerations {
    /** {@code gc.collect()}, {@code gc.get_count()} and {@code gc.get_threshold()} know three generations. */
    public static final int COUNT = 3;

    /** The oldest generation: collecting it is a full collection. */
    public static final int OLDEST = COUNT - 1;

    private PythonGenerations() {
    }

    /**
     * {@code gc.collect(generation)}'s check.
     *
     * @throws IllegalArgumentException {@code invalid generation} outside 0..2
     */
    public static void checkCollect(int generation) {
        if (generation < 0 || generation > OLDEST) {
            throw new IllegalArgumentException("invalid generation");
        }
    }

    /**
     * {@code gc.get_objects(generation)}'s check; -1 stands for {@code None} (every generation).
     *
     * @throws IllegalArgumentException with CPython's message below -1 or above 2
     */
    public static void checkGetObjects(int generation) {
        if (generation < -1) {
            throw new IllegalArgumentException("generation parameter cannot be negative");
        }
        if (generation >= COUNT) {
            throw new IllegalArgumentException("generation parameter must be less than the number of available"
                    + " generations (" + COUNT + ")");
        }
    }
}

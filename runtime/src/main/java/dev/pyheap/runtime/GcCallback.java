package dev.pyheap.runtime;

/**
 * An entry of {@code gc.callbacks}: called with {@code "start"} before and {@code "stop"} after
 * every collection, automatic or not, with the info dict's values (zeros on start). An exception is
 * reported through the unraisable hook; an {@link Error} propagates once the collection is complete.
 */
@FunctionalInterface
public interface GcCallback {
    void call(String phase, int generation, long collected, long uncollectable);
}

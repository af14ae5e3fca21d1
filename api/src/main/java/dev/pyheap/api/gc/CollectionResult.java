package dev.pyheap.api.gc;

/**
 * The outcome of one collection, as {@code gc.collect()} and the {@code "stop"} callback see it.
 *
 * @param generation    the generation collected (the oldest one, younger ones merged in)
 * @param collected     unreachable objects freed, plus weakrefs with callbacks the collection freed
 * @param uncollectable objects found unreachable but not freed
 * @param elapsedNanos  the pause, from start to stop
 */
public record CollectionResult(int generation, long collected, long uncollectable, long elapsedNanos) {
}

package dev.pyheap.api.gc;

/**
 * What the runtime's {@link HeapBinding#destroy destroy step} did with the garbage it was given.
 * A collector reports {@code collected() + freedCallbackWeakrefs()} as
 * {@link CollectionResult#collected()}, the sum CPython's {@code gc.collect()} returns with the
 * uncollectable objects added.
 *
 * @param collected             objects of the final unreachable set: cleared, or with
 *                              {@code DEBUG_SAVEALL} saved in {@code gc.garbage}
 * @param uncollectable         objects found unreachable that could not be cleared and were kept
 * @param freedCallbackWeakrefs weakrefs outside the garbage whose callback ran and which died with it
 */
public record DestroyResult(long collected, long uncollectable, long freedCallbackWeakrefs) {

    /** Nothing destroyed: a collection that found no garbage. */
    public static final DestroyResult NONE = new DestroyResult(0, 0, 0);

    public DestroyResult {
        if (collected < 0 || uncollectable < 0 || freedCallbackWeakrefs < 0) {
            throw new IllegalArgumentException("destroy counts cannot be negative: collected " + collected
                    + ", uncollectable " + uncollectable + ", freed callback weakrefs " + freedCallbackWeakrefs);
        }
    }

    /** What the collection counts as collected: {@code collected + freedCallbackWeakrefs}. */
    public long totalCollected() {
        return collected + freedCallbackWeakrefs;
    }
}

package dev.pyheap.runtime.objects;

import java.util.function.LongConsumer;

/**
 * An evaluation frame that outlives its call, as the object layer sees it (the evaluator's frame
 * embedded in a generator, CPython's {@code gi_iframe}): the counted references it holds (locals,
 * cells, the value stack) for traversal, and a way to drop them ({@code _PyFrame_Clear}).
 */
public interface SuspendedFrame {
    /** Visits each counted reference the frame holds. */
    void forEachReference(LongConsumer visitor);

    /** Drops every reference the frame holds. */
    void clear();

    /**
     * {@code _PyFrame_GetFrameObject} for {@code gi_frame}: the frame object of this frame (made on
     * first request, its line the instruction the frame stopped at), a new reference; 0 when the
     * evaluator makes none.
     */
    default long newFrameObject() {
        return 0;
    }
}

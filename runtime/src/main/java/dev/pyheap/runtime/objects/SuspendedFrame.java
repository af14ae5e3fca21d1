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

    /**
     * {@code _PyFrame_Traverse}'s first reference: the frame object of an embedded frame (borrowed),
     * or 0. {@link #forEachReference} visits it too; a traversal in CPython's order takes it from
     * here, then the owner's specials, then {@link #forEachLocalReference}.
     */
    default long frameObjectReference() {
        return 0;
    }

    /**
     * The references {@link #forEachReference} visits after the frame object: the locals, cells
     * and value stack, in their slot order ({@code _PyFrame_Traverse}'s loop over localsplus).
     */
    default void forEachLocalReference(LongConsumer visitor) {
        long f = frameObjectReference();
        boolean[] skipped = {f == 0};
        forEachReference(v -> {
            if (!skipped[0] && v == f) {
                skipped[0] = true;
            } else {
                visitor.accept(v);
            }
        });
    }

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

    /**
     * {@code _PyGen_yf}: the subiterator a frame suspended in a {@code yield from} or {@code await}
     * loop delegates to (borrowed), or 0.
     */
    default long yieldFrom() {
        return 0;
    }

    /**
     * The end of a delegation that {@code throw} finished: the subiterator leaves the value stack
     * (its reference dropped) and the frame goes on after its {@code SEND} loop, where the value
     * the next resumption pushes is the loop's result.
     */
    default void leaveYieldFrom() {
    }
}

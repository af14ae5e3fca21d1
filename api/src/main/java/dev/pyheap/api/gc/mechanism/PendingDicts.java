package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.gc.HeapBinding;

import java.util.Arrays;

/**
 * The dicts a full collection's walk kept tracked ({@link HeapBinding#inDictPass}), saved for
 * CPython's {@code untrack_dicts}. CPython runs {@code untrack_tuples} over the whole generation
 * first and {@code untrack_dicts} after it, so a dict whose only trackable value is a tuple of
 * atoms placed later in the list is untracked in the same collection. A walk that untracks as it
 * goes meets such a dict before its tuple: it untracks tuples only, adds the dicts it keeps here
 * (not the tuples, which it has judged), and calls {@link #untrack} once it has passed every
 * object. One instance per walk.
 */
public final class PendingDicts {
    private long[] objects = new long[32];
    private int size;

    /** Saves a tracked dict the walk kept, in walk order. */
    public void add(long object) {
        if (size == objects.length) {
            objects = Arrays.copyOf(objects, size * 2);
        }
        objects[size++] = object;
    }

    /**
     * {@code untrack_dicts} over the saved objects, in the order they were added: each must still
     * be tracked and in an ordinary (doubly linked) list. Empties the buffer.
     *
     * @return how many were untracked
     */
    public long untrack(HeapBinding binding) {
        long untracked = 0;
        for (int i = 0; i < size; i++) {
            if (binding.untrackIfAtomic(objects[i], true)) {
                untracked++;
            }
        }
        size = 0;
        return untracked;
    }
}

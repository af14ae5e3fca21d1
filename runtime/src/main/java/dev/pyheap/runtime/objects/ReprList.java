package dev.pyheap.runtime.objects;

import java.util.Arrays;

/**
 * The containers whose repr a thread is building, CPython's per-thread {@code Py_Repr} list that
 * {@code Py_ReprEnter}/{@code Py_ReprLeave} keep (Objects/object.c): a container met again inside its
 * own repr prints as {@code [...]}, {@code {...}} or {@code (...)} instead of recursing.
 *
 * <pre>
 *   enter(o): o already on the list -> false (the caller prints the ellipsis form)
 *             else push o           -> true  (the caller builds its repr, then leave(o))
 *   leave(o): cut the list back to o's position, o included
 * </pre>
 *
 * <p>Leaving cuts back to the object's position rather than removing one entry: when a stack overflow
 * cut short the clean-up of inner levels, the outer level's leave still takes their entries away, so
 * the list is empty again after the outermost repr whatever happened inside it. Per thread state
 * ({@link ThreadContext#reprs()}), so that two threads printing the same list do not see each other's
 * reprs under way.
 */
public final class ReprList {
    private long[] objects = new long[8];
    private int size;

    /** {@code Py_ReprEnter}: false when {@code o}'s repr is already under way in this thread. */
    public boolean enter(long o) {
        for (int i = size - 1; i >= 0; i--) {
            if (objects[i] == o) {
                return false;
            }
        }
        if (size == objects.length) {
            objects = Arrays.copyOf(objects, size * 2);
        }
        objects[size++] = o;
        return true;
    }

    /** {@code Py_ReprLeave}: {@code o} and whatever inner levels left behind come off the list. */
    public void leave(long o) {
        for (int i = size - 1; i >= 0; i--) {
            if (objects[i] == o) {
                size = i;
                return;
            }
        }
    }

    /** Containers whose repr is under way. */
    public int size() {
        return size;
    }
}

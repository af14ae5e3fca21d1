package dev.pyheap.runtime.objects;

import java.util.function.LongConsumer;

/**
 * The containers whose repr a thread is building: CPython's {@code Py_Repr} list, which
 * {@code Py_ReprEnter}/{@code Py_ReprLeave} keep in the thread state's dict (Objects/object.c,
 * {@code PyThreadState_GetDict}). A container met again inside its own repr prints as {@code [...]},
 * {@code {...}} or {@code (...)} instead of recursing.
 *
 * <pre>
 *   tstate dict (made by the first enter) --"Py_Repr"--> list (made by the first enter)
 *   enter(o): o already in the list -> false (the caller prints the ellipsis form)
 *             else list.append(o)   -> true  (the caller builds its repr, then leave(o))
 *   leave(o): the list cut back to o's position, o included
 * </pre>
 *
 * <p>Both are heap objects, as in CPython: after the first container repr a program sees one more
 * tracked dict and list ({@code gc.get_count()}, {@code gc.get_objects()}), and a container under
 * repr has one more reference (the list's). The dict is a root of its thread state (CPython's
 * {@code tstate->dict}, which no container holds) until {@link #clear} ({@code PyThreadState_Clear}).
 *
 * <p>Leaving cuts back to the object's position rather than removing one entry: when a stack
 * overflow cut short the clean-up of inner levels, the outer level's leave still takes their entries
 * away, so the list is empty again after the outermost repr whatever happened inside it. Per thread
 * state ({@link ThreadContext#reprs()}), so that two threads printing the same list do not see each
 * other's reprs under way.
 */
public final class ReprList {
    private static final String KEY = "Py_Repr";
    private final ObjectSpace space;
    /** {@code tstate->dict}: owned, 0 until the first repr of a container. */
    private long dict;

    public ReprList(ObjectSpace space) {
        this.space = space;
    }

    /** {@code Py_ReprEnter}: false when {@code o}'s repr is already under way in this thread. */
    public boolean enter(long o) {
        if (dict == 0) {
            dict = space.dictType.create();
        }
        long list = space.dictType.getItemString(dict, KEY);
        if (list == 0) {
            list = space.listType.create();
            try {
                space.dictType.setItemString(dict, KEY, list);
            } finally {
                space.decref(list);
            }
        }
        for (long i = space.listType.size(list) - 1; i >= 0; i--) {
            if (space.listType.item(list, i) == o) {
                return false;
            }
        }
        space.listType.append(list, o);
        return true;
    }

    /** {@code Py_ReprLeave}: {@code o} and whatever inner levels left behind come off the list. */
    public void leave(long o) {
        long list = dict == 0 ? 0 : space.dictType.getItemString(dict, KEY);
        if (list == 0 || !space.listType.check(list)) {
            return;
        }
        for (long i = space.listType.size(list) - 1; i >= 0; i--) {
            if (space.listType.item(list, i) == o) {
                while (space.listType.size(list) > i) {
                    space.decref(space.listType.pop(list, -1));
                }
                return;
            }
        }
    }

    /** Visits the thread state's dict, a root while it exists. */
    public void forEachRoot(LongConsumer visitor) {
        if (dict != 0) {
            visitor.accept(dict);
        }
    }

    /** Whether the thread state's dict exists (its release needs the GIL). */
    public boolean holdsDict() {
        return dict != 0;
    }

    /** {@code PyThreadState_Clear}'s {@code Py_CLEAR(tstate->dict)}; needs the GIL. */
    public void clear() {
        long d = dict;
        dict = 0;
        space.xdecref(d);
    }
}

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
 *
 * <p>The list is also in the heap, as CPython's is: the first repr of a container in a thread makes the
 * thread state's dict ({@code PyThreadState_GetDict}) and the list under its {@code Py_Repr} key
 * (two objects in {@code gc.get_count()}, once), and a container whose repr is under way has one
 * more reference, the list's. The Java array mirrors the heap list for the searches.
 */
public final class ReprList {
    private final ObjectSpace space;
    private long[] objects = new long[8];
    private int size;
    /** The thread state's dict and the list in it (owned through the dict), 0 until the first repr. */
    private long dict, list;

    public ReprList(ObjectSpace space) {
        this.space = space;
    }

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
        if (list == 0) {
            dict = space.dictType.create();
            list = space.listType.create();
            long key = space.strType.literalName("Py_Repr");
            space.dictType.setItem(dict, key, list);
            space.decref(key);
            space.decref(list);
        }
        space.listType.append(list, o);
        objects[size++] = o;
        return true;
    }

    /** {@code Py_ReprLeave}: {@code o} and whatever inner levels left behind come off the list. */
    public void leave(long o) {
        for (int i = size - 1; i >= 0; i--) {
            if (objects[i] == o) {
                while (size > i) {
                    size--;
                    space.decref(space.listType.pop(list, size));
                }
                return;
            }
        }
    }

    /** Drops the thread state's dict and its list ({@code PyThreadState_Clear}); a later repr makes them again. */
    public void release() {
        long d = dict;
        dict = 0;
        list = 0;
        size = 0;
        space.xdecref(d);
    }

    /** Containers whose repr is under way. */
    public int size() {
        return size;
    }
}

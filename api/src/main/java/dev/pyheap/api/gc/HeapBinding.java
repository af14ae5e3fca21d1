package dev.pyheap.api.gc;

import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.mechanism.GcList;

/**
 * What a collector may see of the heap and ask of it: the runtime implements it, collectors use
 * it and depend on nothing else (as an MMTk plan sees only its VM binding). Every method is
 * called with the GIL held, at a check point.
 *
 * <p>The split follows ARCHITECTURE §1 and §5: a collector <em>finds</em> garbage and decides
 * <em>when</em> to look; the runtime <em>destroys</em> what it finds ({@link #destroy}) and knows
 * the types ({@link #traverse}, {@link #untrackIfAtomic}, {@link #typeName}).
 */
public interface HeapBinding {

    /** The heap's memory: GC header words are read and written through it. */
    Memory memory();

    /** The stored reference count of the object at {@code object} ({@code ob_refcnt}). */
    long refcount(long object);

    /** CPython's {@code tp_traverse}: visits every reference {@code object} holds to a GC-capable object. */
    void traverse(long object, ReferentVisitor visitor);

    /**
     * {@link #traverse} as a collection's first traversal of each object makes it, which also tells
     * whether {@link #isAtomic} can ever be true for the object (its type untracks atomic instances:
     * tuples, dicts), so that the collection asks only those. The default traverses and answers
     * true, which is always correct.
     */
    default boolean traverseTellingAtomic(long object, ReferentVisitor visitor) {
        traverse(object, visitor);
        return true;
    }

    /** Visits every root: frame locals, module globals, handles, builtin types and caches, {@code gc.garbage}. */
    void visitRoots(ReferentVisitor visitor);

    /** A short description of the object for debug output, e.g. {@code <list 0x7f3730731780>}. */
    String describe(long object);

    /** The name of the object's type, as {@code type(o).__name__}: e.g. {@code list}, {@code Person}. */
    String typeName(long object);

    /**
     * The destroy step every cycle collector shares (ARCHITECTURE §5), CPython 3.11's
     * {@code gc_collect_main} from {@code handle_weakrefs} on. The collector hands over the garbage
     * it found and the list where survivors belong (its "old" generation, or the collected one for
     * a full collection); the runtime then, in this order:
     * <ol>
     * <li>clears every weak reference to an object of {@code unreachable} (a weakref that is itself
     *     garbage is cleared too); calls the callback of each cleared weakref that is <em>not</em>
     *     garbage itself, holding a temporary reference, and counts those the call leaves dead
     *     ({@link DestroyResult#freedCallbackWeakrefs()}); one still alive goes to {@code survivors};
     *     a weakref inside the garbage never gets its callback;
     * <li>runs the finalizer ({@code __del__}) of each object whose FINALIZED bit is clear, setting
     *     the bit first (PEP 442: once per object);
     * <li>reruns {@link dev.pyheap.api.gc.mechanism.InternalReferences#deduceUnreachable} on the
     *     garbage: whatever the finalizers made reachable again (resurrected) moves to
     *     {@code survivors} with COLLECTING cleared (steps 2 and 3 may be skipped when no callback
     *     ran and no object awaits its finalizer: no code ran, so the rerun would find the same
     *     garbage in the same order);
     * <li>clears each remaining object (CPython's {@code tp_clear}: it drops the references it
     *     holds) while holding a temporary reference to it, which lets reference counting free the
     *     cycle; with {@code DEBUG_SAVEALL} the objects go to {@code gc.garbage} instead and nothing
     *     is cleared; an object still alive after its clear goes to {@code survivors}.
     * </ol>
     *
     * <p>On entry, {@code unreachable} is an ordinary {@link GcList} whose objects carry COLLECTING,
     * as {@code deduceUnreachable} leaves them, and {@code survivors} is an ordinary list. On return
     * {@code unreachable} is empty (its objects were freed or moved), and every object moved to
     * {@code survivors} has COLLECTING clear. Finalizers and callbacks run in the collecting thread
     * with the GIL held; the runtime guarantees that no collection starts while this one runs. The
     * runtime's debug output ({@code DEBUG_COLLECTABLE}, {@code DEBUG_UNCOLLECTABLE}) is printed here.
     *
     * @return what {@code gc.collect()} and the {@code "stop"} callback count; see {@link DestroyResult}
     */
    DestroyResult destroy(GcList unreachable, GcList survivors);

    /**
     * Empties the type free lists (list, dict, tuple, float), freeing their blocks, as a full
     * collection does in CPython ({@code _PyGC_ClearAllFreeLists}). The
     * {@link dev.pyheap.api.gc.mechanism.GcState} calls it at the end of every collection of the
     * oldest generation.
     */
    void clearFreeLists();

    /**
     * One object's step of CPython's {@code untrack_tuples} ({@code dicts} false) or
     * {@code untrack_dicts} ({@code dicts} true): a tuple whose items are all atoms (int, str, ...)
     * or untracked tuples is untracked in the first, a dict whose keys and values are in the second
     * (CPython looks at dicts only in full collections, after every tuple). Other objects are left
     * alone. The runtime knows the type; the collector calls this for the objects of the
     * generations it collects, after finding the garbage, on ordinary (doubly linked) lists only.
     * An untracked object is unlinked from its list as
     * {@link dev.pyheap.api.gc.mechanism.GcState#untrack} would, so a caller walking that list must
     * read the successor first (as {@link GcList#forEach} does).
     *
     * @return whether the object was untracked
     */
    boolean untrackIfAtomic(long object, boolean dicts);

    /**
     * Whether {@link #untrackIfAtomic} would untrack the object now, without untracking it: for a
     * collection that untracks while it walks its list, where a link of the list is not yet one
     * {@link GcList#remove} could follow. Reads only.
     */
    boolean isAtomic(long object, boolean dicts);

    /**
     * Whether CPython's {@code untrack_dicts} looks at the object at all ({@code PyDict_CheckExact}):
     * a collection asks {@link #untrackIfAtomic} with {@code dicts} true only of these, so that the
     * tuples the first pass already judged are not read again. The default, true, leaves the answer
     * to {@link #untrackIfAtomic}, which is false for everything else; always correct, only slower.
     */
    default boolean inDictPass(long object) {
        return true;
    }

    /**
     * CPython's {@code untrack_tuples} over {@code list}, then {@code untrack_dicts} when
     * {@code fullCollection}: two walks, since a dict holding a tuple that the first walk untracks
     * later in the list is untracked by the second.
     *
     * @return the objects still in {@code list} (the survivors a collector counts)
     */
    default long untrackAtomic(GcList list, boolean fullCollection) {
        long remaining = 0;
        for (long o = list.first(), next; o != 0; o = next) {
            next = list.after(o);
            if (!untrackIfAtomic(o, false)) {
                remaining++;
            }
        }
        if (fullCollection) {
            for (long o = list.first(), next; o != 0; o = next) {
                next = list.after(o);
                if (inDictPass(o) && untrackIfAtomic(o, true)) {
                    remaining--;
                }
            }
        }
        return remaining;
    }

    /**
     * A fresh, initialized, empty collector list whose 16-byte head the runtime allocates from the
     * heap's allocator (a list head must live in the heap's memory, where the links point).
     */
    GcList newList();

    /**
     * Returns the head of a list made by {@link #newList()} to the allocator.
     *
     * @throws IllegalStateException if the list is not empty (its objects would be lost)
     */
    void freeList(GcList list);
}

package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.Memory;

/**
 * The 16-byte GC header that precedes every GC-capable object, CPython 3.11's {@code PyGC_Head}.
 *
 * <p>Layout, at {@code header = object - 16}:
 * <pre>
 *   header + 0   gc_next   address of the next header in the object's list; 0 = untracked
 *                          bit 0: NEXT_MASK_UNREACHABLE (only inside moveUnreachable's window)
 *                          bit 1: NEXT_MASK_LEAF (only from subtractRefs until the walk passes the object)
 *                          bit 2: NEXT_MASK_ATOMIC_TYPE (the same window)
 *   header + 8   gc_prev   bits 63..2: address of the previous header, or gc_refs during a collection
 *                          bit 1: COLLECTING   (owned by the collector, set for the objects it examines)
 *                          bit 0: FINALIZED    (owned by the runtime, set once the finalizer has run)
 *   header + 16  the object: ob_refcnt, ob_type, ...
 * </pre>
 * Links hold <em>header</em> addresses, never object addresses, so a list head (a bare header with
 * no object after it, see {@link GcList}) and an object's header are linked alike. Headers are
 * 16-byte aligned, which leaves the low bits of a link free for the flags.
 *
 * <p>The word at {@code gc_prev} has two lives. Between collections it is the prev link of a
 * doubly linked list. From {@link InternalReferences#updateRefs} until
 * {@link InternalReferences#moveUnreachable} has passed the object, its upper 62 bits hold
 * {@code gc_refs} instead (stored shifted left by {@link #PREV_SHIFT}), so the list being collected
 * is only singly linked for that stretch. Both lives keep the two flag bits intact: every helper here
 * that writes a link or {@code gc_refs} preserves them.
 *
 * <p>A newly allocated GC object must start with both words zero (untracked, no flags).
 * Untracking clears the link and COLLECTING and keeps FINALIZED, so a finalizer never runs twice
 * (PEP 442), even for an object that is untracked and tracked again.
 *
 * <p>The class has no state: every value lives in the heap's memory, read and written through the
 * {@link Memory} passed in. Methods named after the object take the object's address; the
 * {@code *Header} ones return header addresses, as links do.
 */
public final class GcHeader {

    /** Bytes of a GC header; the object starts this far after its header. */
    public static final int SIZE = 16;

    /** Bit 0 of {@code gc_prev}: the object's finalizer has run. Owned by the runtime. */
    public static final long FINALIZED = 1L;

    /** Bit 1 of {@code gc_prev}: the object is in the set a collection is examining. Owned by the collector. */
    public static final long COLLECTING = 2L;

    /** Both flag bits of {@code gc_prev}. */
    public static final long PREV_FLAGS = FINALIZED | COLLECTING;

    /** {@code gc_refs} is stored in {@code gc_prev} shifted left by this many bits (CPython's {@code _PyGC_PREV_SHIFT}). */
    public static final int PREV_SHIFT = 2;

    /** Bit 0 of {@code gc_next}: the object is (tentatively) in the unreachable list of moveUnreachable. */
    public static final long NEXT_MASK_UNREACHABLE = 1L;

    /**
     * Bit 1 of {@code gc_next}: {@link InternalReferences#subtractRefs} found no referent of the
     * object in the set being collected, so {@link InternalReferences#moveUnreachable} need not
     * traverse it again. Set and cleared within one collection's window; never seen outside it.
     */
    public static final long NEXT_MASK_LEAF = 2L;

    /**
     * Bit 2 of {@code gc_next}: the object's type may untrack an atomic instance (a tuple, a dict),
     * as its first traversal in a collection found; the walk that untracks asks only those. Same
     * window as {@link #NEXT_MASK_LEAF}.
     */
    public static final long NEXT_MASK_ATOMIC_TYPE = 4L;

    /** The bits of {@code gc_next} a collection sets for its own use, all clear outside it. */
    public static final long NEXT_TAGS = NEXT_MASK_UNREACHABLE | NEXT_MASK_LEAF | NEXT_MASK_ATOMIC_TYPE;

    /** The largest {@code gc_refs} the 62 bits above the flags can hold. */
    public static final long MAX_GC_REFS = -1L >>> PREV_SHIFT;

    static final int GC_NEXT = 0;
    static final int GC_PREV = 8;

    private GcHeader() {
    }

    /** The address of the header of the object at {@code object}. */
    public static long headerAddress(long object) {
        return object - SIZE;
    }

    /** The address of the object whose header is at {@code header}. */
    public static long objectAddress(long header) {
        return header + SIZE;
    }

    /** Whether the object is in some collector list ({@code gc_next != 0}). */
    public static boolean isTracked(Memory memory, long object) {
        return memory.getLong(object - SIZE + GC_NEXT) != 0;
    }

    /**
     * The header after the object's in its list, the unreachable bit masked off: another object's
     * header or the list head. 0 if the object is untracked.
     */
    public static long nextHeader(Memory memory, long object) {
        return memory.getLong(object - SIZE + GC_NEXT) & ~NEXT_MASK_UNREACHABLE;
    }

    /**
     * The header before the object's in its list, flags masked off. Meaningful only while
     * {@code gc_prev} holds a link: not between {@code updateRefs} and {@code moveUnreachable}.
     */
    public static long prevHeader(Memory memory, long object) {
        return memory.getLong(object - SIZE + GC_PREV) & ~PREV_FLAGS;
    }

    // ---- flags in gc_prev

    /** Whether the object's finalizer has run (PEP 442: it runs at most once per object). */
    public static boolean isFinalized(Memory memory, long object) {
        return (memory.getLong(object - SIZE + GC_PREV) & FINALIZED) != 0;
    }

    /** Records that the object's finalizer has run; the link or {@code gc_refs} is unchanged. */
    public static void setFinalized(Memory memory, long object) {
        setPrevBits(memory, object - SIZE, FINALIZED);
    }

    /** Forgets that the finalizer has run; the link or {@code gc_refs} is unchanged. */
    public static void clearFinalized(Memory memory, long object) {
        clearPrevBits(memory, object - SIZE, FINALIZED);
    }

    /** Whether the object is in the set a collection is examining and has not yet been judged reachable. */
    public static boolean isCollecting(Memory memory, long object) {
        return (memory.getLong(object - SIZE + GC_PREV) & COLLECTING) != 0;
    }

    /** Puts the object in the examined set; the link or {@code gc_refs} is unchanged. */
    public static void setCollecting(Memory memory, long object) {
        setPrevBits(memory, object - SIZE, COLLECTING);
    }

    /** Takes the object out of the examined set; the link or {@code gc_refs} is unchanged. */
    public static void clearCollecting(Memory memory, long object) {
        clearPrevBits(memory, object - SIZE, COLLECTING);
    }

    // ---- the unreachable bit in gc_next

    /** Whether {@code gc_next} carries NEXT_MASK_UNREACHABLE. */
    public static boolean isUnreachable(Memory memory, long object) {
        return (memory.getLong(object - SIZE + GC_NEXT) & NEXT_MASK_UNREACHABLE) != 0;
    }

    // ---- gc_refs in gc_prev

    /** The object's {@code gc_refs}: meaningful only while a collection has it COLLECTING and unscanned. */
    public static long gcRefs(Memory memory, long object) {
        return memory.getLong(object - SIZE + GC_PREV) >>> PREV_SHIFT;
    }

    /** Stores {@code refs} (0 to {@link #MAX_GC_REFS}) over the link bits of {@code gc_prev}, keeping both flags. */
    public static void setGcRefs(Memory memory, long object, long refs) {
        long at = object - SIZE + GC_PREV;
        memory.putLong(at, (memory.getLong(at) & PREV_FLAGS) | (refs << PREV_SHIFT));
    }

    /**
     * Subtracts one from {@code gc_refs}, keeping both flags. The caller must know it is positive:
     * at 0 the subtraction would borrow from the flags.
     */
    public static void decrementGcRefs(Memory memory, long object) {
        long at = object - SIZE + GC_PREV;
        memory.putLong(at, memory.getLong(at) - (1L << PREV_SHIFT));
    }

    /**
     * CPython's {@code gc_reset_refs}: {@code gc_refs = refs}, COLLECTING set, FINALIZED kept. The prev
     * link is overwritten.
     */
    public static void resetGcRefs(Memory memory, long object, long refs) {
        long at = object - SIZE + GC_PREV;
        memory.putLong(at, (memory.getLong(at) & FINALIZED) | COLLECTING | (refs << PREV_SHIFT));
    }

    // ---- header-addressed primitives for GcList and InternalReferences

    /** The raw {@code gc_next} word of the header at {@code header}, unreachable bit included. */
    static long next(Memory memory, long header) {
        return memory.getLong(header + GC_NEXT);
    }

    /** Writes the raw {@code gc_next} word. */
    static void setNext(Memory memory, long header, long value) {
        memory.putLong(header + GC_NEXT, value);
    }

    /** The prev link of the header at {@code header}, flags masked off. */
    static long prev(Memory memory, long header) {
        return memory.getLong(header + GC_PREV) & ~PREV_FLAGS;
    }

    /** Links {@code header}'s prev to {@code prevHeader}, keeping its flag bits. */
    static void setPrev(Memory memory, long header, long prevHeader) {
        long at = header + GC_PREV;
        memory.putLong(at, (memory.getLong(at) & PREV_FLAGS) | prevHeader);
    }

    private static void setPrevBits(Memory memory, long header, long bits) {
        long at = header + GC_PREV;
        memory.putLong(at, memory.getLong(at) | bits);
    }

    private static void clearPrevBits(Memory memory, long header, long bits) {
        long at = header + GC_PREV;
        memory.putLong(at, memory.getLong(at) & ~bits);
    }
}

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
 *                          bits 3..2: the generation tag, while a link (whose own bits 3..2 are 0):
 *                                     GEN0_TAG, GEN1_TAG, LATE_TAG, or 0 (generation 2, permanent,
 *                                     untracked)
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
 * <p>Links are 16-byte aligned, so while the word is a link its bits 3..2 are free too: they hold
 * the generation tag ({@link #GENERATION_TAGS}). CPython 3.11 keeps no generation in the header (a
 * young collection's update_refs walks the generations first so that subtract_refs can tell their
 * members by COLLECTING); with the tag, a referent met before that walk reaches it can be told from
 * an older one by the load of its {@code gc_prev} the visitor makes anyway, and the two walks become
 * one. A link written into the word keeps the tag with the flags ({@link #setPrev}); the word's other
 * lives ({@code gc_refs}, untracked) drop it. Tagging costs nothing at a promotion, which splices a
 * whole list: the walk that decides the survivors rewrites every survivor's {@code gc_prev} anyway,
 * and writes the tag of the generation they are promoted into.
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

    /**
     * The generation tag of an object of generation 0, in bits 3..2 of {@code gc_prev} while it holds
     * a link (never while it holds {@code gc_refs}, whose two lowest bits are there). Under the
     * generational collector the tag is exact: {@link #GEN0_TAG} for the objects of generation 0,
     * {@link #GEN1_TAG} for those of generation 1, {@link #LATE_TAG} for those of the late list, 0
     * for every other object. {@code track} writes GEN0_TAG (LATE_TAG while a collection is due);
     * the walk that promotes a collection's survivors writes the tag of the generation they enter;
     * every pass that writes {@code gc_refs}, and untracking, drop it; {@code gc.freeze} clears it
     * from the lists it moves into the permanent one. The other collectors keep generation 0 as
     * their one list and read only LATE_TAG, in their full collections' fused pass.
     */
    public static final long GEN0_TAG = 4L;

    /** The generation tag of an object of generation 1 (see {@link #GEN0_TAG}). */
    public static final long GEN1_TAG = 8L;

    /**
     * The tag of an object on the heap's late list (see {@link GcState}): tracked after an allocation
     * scheduled a collection, so in no generation that collection examines, whatever the collector.
     * Both tag bits, so that it is none of the generation tags; the object gets {@link #GEN0_TAG}
     * when the list joins generation 0 after the collection.
     */
    public static final long LATE_TAG = GEN0_TAG | GEN1_TAG;

    /** Both bits of the generation tag. */
    public static final long GENERATION_TAGS = GEN0_TAG | GEN1_TAG;

    /** The bits of {@code gc_prev} that are not the address while it holds a link. */
    public static final long LINK_FLAGS = FINALIZED | COLLECTING | GENERATION_TAGS;

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
        return memory.getLong(object - SIZE + GC_PREV) & ~LINK_FLAGS;
    }

    // ---- flags in gc_prev

    /**
     * The object's generation tag ({@link #GEN0_TAG}, {@link #GEN1_TAG} or 0); meaningful only while
     * its {@code gc_prev} holds a link.
     */
    public static long generationTag(Memory memory, long object) {
        return memory.getLong(object - SIZE + GC_PREV) & GENERATION_TAGS;
    }

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
        return memory.getLong(header + GC_PREV) & ~LINK_FLAGS;
    }

    /**
     * Links {@code header}'s prev to {@code prevHeader}, keeping its flag bits and generation tag. Called
     * only while the word holds a link, or {@code gc_refs} 0 (an object set aside by the walk).
     */
    static void setPrev(Memory memory, long header, long prevHeader) {
        long at = header + GC_PREV;
        memory.putLong(at, (memory.getLong(at) & LINK_FLAGS) | prevHeader);
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

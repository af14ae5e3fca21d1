package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;

import java.util.function.LongConsumer;

import static dev.pyheap.api.gc.mechanism.GcHeader.FINALIZED;
import static dev.pyheap.api.gc.mechanism.GcHeader.GC_PREV;
import static dev.pyheap.api.gc.mechanism.GcHeader.PREV_FLAGS;
import static dev.pyheap.api.gc.mechanism.GcHeader.SIZE;
import static dev.pyheap.api.gc.mechanism.GcHeader.GENERATION_TAGS;
import static dev.pyheap.api.gc.mechanism.GcHeader.next;
import static dev.pyheap.api.gc.mechanism.GcHeader.prev;
import static dev.pyheap.api.gc.mechanism.GcHeader.setNext;
import static dev.pyheap.api.gc.mechanism.GcHeader.setPrev;

/**
 * A collector list (a generation, the unreachable set, ...): CPython's intrusive, circular, doubly
 * linked list of {@link GcHeader GC headers}, living entirely in the heap's memory.
 *
 * <p>The list head is a bare 16-byte header whose address the owner supplies: a collector
 * allocates one 16-byte block per list from the heap's allocator and keeps it for the heap's life.
 * The head links to the first and last elements and they link back to it, so an empty list is a
 * head pointing at itself both ways, and appending, unlinking and splicing a whole list are O(1)
 * with no branch for the ends. Every link is a header address; the head's own flag bits are always
 * clear. Every link update keeps the two flag bits of the {@code gc_prev} it rewrites.
 *
 * <p>An object is tracked exactly when it is in some list ({@code gc_next != 0}); taking it out
 * with {@link #remove} untracks it. An object is never in two lists: {@link #moveHere} unlinks it
 * from whichever list holds it, which the object's own links tell, so no list needs to be named.
 *
 * <p>A {@code GcList} is a small immutable view (memory and head address); two views of the same
 * head are the same list. The operations assume the list is in its ordinary state, doubly linked
 * with no unreachable bits. That is not so between {@link InternalReferences#updateRefs} and the end
 * of {@link InternalReferences#moveUnreachable} (prev links hold {@code gc_refs}), nor for the
 * unreachable list until its unreachable bits are cleared; {@link InternalReferences} documents
 * those windows, and nothing else may touch the lists involved during them.
 *
 * <p>Used under the heap's GIL, like the memory it views.
 */
public final class GcList {
    private final Memory memory;
    private final long head;

    /**
     * A view of the list whose head header is at {@code head}. Does not initialize it: call
     * {@link #init()} once when the head's 16 bytes are fresh.
     *
     * @throws IllegalArgumentException if {@code head} is 0 or not 16-byte aligned (the flag bits
     *     share the link words)
     */
    public GcList(Memory memory, long head) {
        if (memory == null) {
            throw new IllegalArgumentException("a GC list needs the heap's memory");
        }
        if (head == 0 || (head & (SIZE - 1)) != 0) {
            throw new IllegalArgumentException("a GC list head must be a non-null 16-byte aligned address, not "
                    + Addresses.hex(head));
        }
        this.memory = memory;
        this.head = head;
    }

    /** The memory the list's headers live in. */
    public Memory memory() {
        return memory;
    }

    /** The address of the head header. */
    public long head() {
        return head;
    }

    /** Makes the list empty (the head links to itself both ways), forgetting any elements. O(1). */
    public GcList init() {
        setNext(memory, head, head);
        memory.putLong(head + GC_PREV, head);
        return this;
    }

    /** Whether the list holds no object. O(1). */
    public boolean isEmpty() {
        return next(memory, head) == head;
    }

    /**
     * Tracks the object: links it at the end of this list. O(1).
     *
     * @throws HeapCorruptionError if the object is already tracked
     */
    public void append(long object) {
        long node = object - SIZE;
        if (next(memory, node) != 0) {
            throw new HeapCorruptionError("gc: object at " + Addresses.hex(object)
                    + " is already tracked; track it only once", object);
        }
        linkLast(node);
    }

    /**
     * {@link #append}, tagging the object with {@code tag} ({@link GcHeader#GEN0_TAG} for
     * {@code track}'s way into generation 0, {@link GcHeader#LATE_TAG} for the late list). The tag
     * rides on the store of the prev link that appending makes anyway.
     */
    void appendTagged(long object, long tag) {
        long node = object - SIZE;
        if (next(memory, node) != 0) {
            throw new HeapCorruptionError("gc: object at " + Addresses.hex(object)
                    + " is already tracked; track it only once", object);
        }
        long last = prev(memory, head);
        long at = node + GC_PREV;
        memory.putLong(at, (memory.getLong(at) & PREV_FLAGS) | tag | last);
        setNext(memory, last, node);
        setNext(memory, node, head);
        setPrev(memory, head, node);
    }

    /**
     * Writes {@code tag} ({@link GcHeader#GEN0_TAG}, {@link GcHeader#GEN1_TAG}, {@link GcHeader#LATE_TAG}
     * or 0) as the generation
     * tag of every object of the list, which must be doubly linked. O(n).
     */
    public void setGenerationTag(long tag) {
        for (long node = next(memory, head); node != head; node = next(memory, node)) {
            long at = node + GC_PREV;
            memory.putLong(at, (memory.getLong(at) & ~GENERATION_TAGS) | tag);
        }
    }

    /**
     * Untracks the object: unlinks it from whichever list holds it and leaves {@code gc_next = 0}
     * and, of {@code gc_prev}, only the FINALIZED bit (COLLECTING goes: an untracked object is in no
     * collection). O(1).
     *
     * @throws HeapCorruptionError if the object is not tracked
     */
    public static void remove(Memory memory, long object) {
        long node = object - SIZE;
        long next = next(memory, node);
        if (next == 0) {
            throw new HeapCorruptionError("gc: object at " + Addresses.hex(object)
                    + " is not tracked; it cannot be untracked", object);
        }
        long prev = prev(memory, node);
        setNext(memory, prev, next);
        setPrev(memory, next, prev);
        setNext(memory, node, 0);
        long at = node + GC_PREV;
        memory.putLong(at, memory.getLong(at) & FINALIZED);
    }

    /**
     * Moves a tracked object from the list that holds it (this one included) to the end of this
     * list. Its flags are kept. O(1).
     *
     * @throws HeapCorruptionError if the object is not tracked
     */
    public void moveHere(long object) {
        long node = object - SIZE;
        long next = next(memory, node);
        if (next == 0) {
            throw new HeapCorruptionError("gc: object at " + Addresses.hex(object)
                    + " is not tracked; only a tracked object can move between lists", object);
        }
        long prev = prev(memory, node);
        setNext(memory, prev, next);
        setPrev(memory, next, prev);
        linkLast(node);
    }

    /**
     * Appends every object of this list, in order, to the end of {@code target} and leaves this
     * list empty (CPython's {@code gc_list_merge}). O(1).
     *
     * @throws IllegalArgumentException if {@code target} is this list or views another memory
     */
    public void mergeInto(GcList target) {
        if (target.head == head) {
            throw new IllegalArgumentException("cannot merge GC list " + Addresses.hex(head) + " into itself");
        }
        if (target.memory != memory) {
            throw new IllegalArgumentException("GC lists " + Addresses.hex(head) + " and "
                    + Addresses.hex(target.head) + " live in different heaps");
        }
        long first = next(memory, head);
        if (first == head) {
            return;
        }
        long last = prev(memory, head);
        long tail = prev(memory, target.head);
        setNext(memory, tail, first);
        setPrev(memory, first, tail);
        setNext(memory, last, target.head);
        setPrev(memory, target.head, last);
        init();
    }

    /** The first object of the list, or 0 if it is empty. */
    public long first() {
        long first = next(memory, head);
        return first == head ? 0 : first + SIZE;
    }

    /**
     * The object after {@code object}, which must be in this list, or 0 if it is the last one.
     * To move or remove the current object while walking, read its successor first:
     * <pre>{@code
     * for (long o = list.first(), next; o != 0; o = next) {
     *     next = list.after(o);
     *     ... o may now move to another list ...
     * }
     * }</pre>
     */
    public long after(long object) {
        long next = next(memory, object - SIZE);
        return next == head ? 0 : next + SIZE;
    }

    /**
     * Calls {@code action} with each object of the list in order. The successor is read before
     * the call, so the action may move the object it is given to another list or untrack it. It
     * must not move, untrack or append any other object of this list, nor append to this list.
     */
    public void forEach(LongConsumer action) {
        for (long node = next(memory, head), next; node != head; node = next) {
            next = next(memory, node);
            action.accept(node + SIZE);
        }
    }

    /** The number of objects in the list. O(n): it walks the list (CPython keeps no count either). */
    public long size() {
        long n = 0;
        for (long node = next(memory, head); node != head; node = next(memory, node)) {
            n++;
        }
        return n;
    }

    /**
     * The objects of the list in order, e.g. for {@code gc.get_objects()}. O(n).
     *
     * @throws IllegalStateException if the list holds more objects than a Java array can
     */
    public long[] objects() {
        long size = size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("GC list " + Addresses.hex(head) + " holds " + size
                    + " objects, more than an array can");
        }
        long[] objects = new long[(int) size];
        int i = 0;
        for (long node = next(memory, head); node != head; node = next(memory, node)) {
            objects[i++] = node + SIZE;
        }
        return objects;
    }

    /** Two views are equal when they view the same head in the same memory. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GcList list && list.memory == memory && list.head == head;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(head);
    }

    @Override
    public String toString() {
        return "GcList[head=" + Addresses.hex(head) + "]";
    }

    /** Links an unlinked header at the end: its gc_next is overwritten, its gc_prev flags kept. */
    private void linkLast(long node) {
        long last = prev(memory, head);
        setPrev(memory, node, last);
        setNext(memory, last, node);
        setNext(memory, node, head);
        setPrev(memory, head, node);
    }
}

package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.ReferentVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A test-only heap and {@link HeapBinding}: objects laid out as CPython's GC objects are (a 16-byte
 * GC header, then {@code ob_refcnt}), with {@code ob_type} replaced by the number of reference
 * slots that follow. Refcounts are kept honest by {@link #link} and {@link #addExternal}; tests
 * break them on purpose with {@link #setRefcount}.
 */
final class TinyHeap implements HeapBinding {
    private static final int REFCNT = 0;
    private static final int SLOTS = 8;
    private static final int FIRST_SLOT = 16;

    private final ArrayMemory memory;
    private final Map<Long, String> names = new HashMap<>();
    private LongConsumer traverseObserver = object -> { };
    private long traversals;

    TinyHeap(int capacity) {
        memory = new ArrayMemory(capacity);
    }

    /** A new, initialized, empty list whose head lives in this heap's memory. */
    @Override
    public GcList newList() {
        return new GcList(memory, memory.allocate(GcHeader.SIZE)).init();
    }

    /** A new untracked object with refcount 0 and {@code slots} empty reference slots. */
    long newObject(String name, int slots) {
        long header = memory.allocate(GcHeader.SIZE + FIRST_SLOT + 8 * slots);
        long object = GcHeader.objectAddress(header);
        memory.putLong(object + SLOTS, slots);
        if (name != null) {
            names.put(object, name);
        }
        return object;
    }

    /** A new object with one slot, tracked in {@code list}. */
    long tracked(String name, GcList list) {
        long object = newObject(name, 1);
        list.append(object);
        return object;
    }

    /** Stores a reference to {@code to} in the first free slot of {@code from} and increfs {@code to}. */
    void link(long from, long to) {
        long slots = memory.getLong(from + SLOTS);
        for (int i = 0; i < slots; i++) {
            long at = from + FIRST_SLOT + 8L * i;
            if (memory.getLong(at) == 0) {
                memory.putLong(at, to);
                addExternal(to);
                return;
            }
        }
        fail(describe(from) + " has no free slot");
    }

    /** One more reference to {@code object} from outside every list (a root, an untracked holder). */
    void addExternal(long object) {
        memory.putLong(object + REFCNT, memory.getLong(object + REFCNT) + 1);
    }

    void setRefcount(long object, long refcount) {
        memory.putLong(object + REFCNT, refcount);
    }

    /** Called with each object the mechanism traverses, before its referents are visited. */
    void observeTraversals(LongConsumer observer) {
        traverseObserver = observer;
    }

    long traversals() {
        return traversals;
    }

    @Override
    public Memory memory() {
        return memory;
    }

    @Override
    public long refcount(long object) {
        return memory.getLong(object + REFCNT);
    }

    @Override
    public void traverse(long object, ReferentVisitor visitor) {
        traversals++;
        traverseObserver.accept(object);
        long slots = memory.getLong(object + SLOTS);
        for (int i = 0; i < slots; i++) {
            long referent = memory.getLong(object + FIRST_SLOT + 8L * i);
            if (referent != 0) {
                visitor.visit(referent);
            }
        }
    }

    @Override
    public void visitRoots(ReferentVisitor visitor) {
        throw new AssertionError("the mechanism must never need the roots");
    }

    @Override
    public void freeList(GcList list) {
        // The bump allocator never reuses memory.
    }

    @Override
    public String typeName(long object) {
        return "object";
    }

    @Override
    public DestroyResult destroy(GcList unreachable, GcList survivors) {
        throw new AssertionError("the mechanism never destroys");
    }

    @Override
    public void clearFreeLists() {
        throw new AssertionError("the mechanism has no free lists");
    }

    @Override
    public boolean untrackIfAtomic(long object, boolean fullCollection) {
        throw new AssertionError("the mechanism never untracks");
    }

    @Override
    public String describe(long object) {
        return "<" + names.getOrDefault(object, "object") + " " + Addresses.hex(object) + ">";
    }

    /**
     * The objects of {@code list} in order, after checking it the way CPython's validate_list does:
     * every prev link mirrors the next link before it, the head closes the ring both ways, and every
     * element has COLLECTING as {@code collecting} says and no unreachable bit.
     */
    List<Long> checkedObjects(GcList list, boolean collecting) {
        long head = list.head();
        assertEquals(0, memory.getLong(head + 8) & GcHeader.PREV_FLAGS, "flags on the head's gc_prev");
        assertEquals(0, memory.getLong(head) & GcHeader.NEXT_MASK_UNREACHABLE, "unreachable bit on the head");
        List<Long> objects = new ArrayList<>();
        long prev = head;
        long node = memory.getLong(head);
        while (node != head) {
            long object = GcHeader.objectAddress(node);
            assertEquals(prev, GcHeader.prevHeader(memory, object), "prev link of " + describe(object));
            assertEquals(collecting, GcHeader.isCollecting(memory, object), "COLLECTING on " + describe(object));
            assertEquals(false, GcHeader.isUnreachable(memory, object), "unreachable bit on " + describe(object));
            objects.add(object);
            if (objects.size() > 10_000_000) {
                fail("list " + list + " does not close");
            }
            prev = node;
            node = memory.getLong(node);
        }
        assertEquals(prev, memory.getLong(head + 8), "the head's prev link (the last element)");
        return objects;
    }
}

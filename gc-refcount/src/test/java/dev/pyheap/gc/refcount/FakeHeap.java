package dev.pyheap.gc.refcount;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A test-only {@link HeapBinding} over {@link ArrayMemory}, in the manner of the api tests' TinyHeap:
 * objects laid out as CPython's GC objects (a 16-byte GC header, then {@code ob_refcnt}), with
 * {@code ob_type} replaced by the number of reference slots that follow and the type name kept on
 * the side. Refcounts stay honest through {@link #link} and {@link #addExternal}. It records what
 * the collector asks of it: lists made and freed, untrack checks, free-list clearing.
 */
final class FakeHeap implements HeapBinding {
    private static final int REFCNT = 0;
    private static final int SLOTS = 8;
    private static final int FIRST_SLOT = 16;

    /** One call of {@link #untrackIfAtomic}. */
    record UntrackCheck(long object, boolean fullCollection) {
    }

    private final ArrayMemory memory;
    private final Map<Long, String> types = new HashMap<>();
    private final List<GcList> listsMade = new ArrayList<>();
    private final List<GcList> listsFreed = new ArrayList<>();
    private final List<UntrackCheck> untrackChecks = new ArrayList<>();
    private int freeListClears;

    FakeHeap() {
        this(1 << 20);
    }

    /** A heap of {@code capacity} bytes of test memory. */
    FakeHeap(int capacity) {
        memory = new ArrayMemory(capacity);
    }

    /** A new untracked object of type {@code type} with refcount 0 and {@code slots} empty reference slots. */
    long newObject(String type, int slots) {
        long header = memory.allocate(GcHeader.SIZE + FIRST_SLOT + 8 * slots);
        long object = GcHeader.objectAddress(header);
        memory.putLong(object + SLOTS, slots);
        types.put(object, type);
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

    /** One more reference to {@code object} from outside every list (a root, a handle). */
    void addExternal(long object) {
        memory.putLong(object + REFCNT, memory.getLong(object + REFCNT) + 1);
    }

    /** The lists made by {@link #newList()}, in order (the collector's tracked list first, then permanent). */
    List<GcList> listsMade() {
        return listsMade;
    }

    List<GcList> listsFreed() {
        return listsFreed;
    }

    List<UntrackCheck> untrackChecks() {
        return untrackChecks;
    }

    int freeListClears() {
        return freeListClears;
    }

    /**
     * The objects of {@code list} in order, after checking each header is in its ordinary state
     * (CPython's validate_list): every prev link mirrors the next link before it, the head closes
     * the ring both ways, no object has COLLECTING or the unreachable bit.
     */
    List<Long> checkedObjects(GcList list) {
        long head = list.head();
        assertEquals(0, memory.getLong(head + 8) & GcHeader.PREV_FLAGS, "flags on the head's gc_prev");
        assertEquals(0, memory.getLong(head) & GcHeader.NEXT_MASK_UNREACHABLE, "unreachable bit on the head");
        List<Long> objects = new ArrayList<>();
        long prev = head;
        long node = memory.getLong(head);
        while (node != head) {
            long object = GcHeader.objectAddress(node);
            assertEquals(prev, GcHeader.prevHeader(memory, object), "prev link of " + describe(object));
            assertEquals(false, GcHeader.isCollecting(memory, object), "COLLECTING on " + describe(object));
            assertEquals(false, GcHeader.isUnreachable(memory, object), "unreachable bit on " + describe(object));
            assertTrue(GcHeader.isTracked(memory, object), describe(object));
            objects.add(object);
            if (objects.size() > 100_000) {
                fail("list " + list + " does not close");
            }
            prev = node;
            node = memory.getLong(node);
        }
        assertEquals(prev, memory.getLong(head + 8), "the head's prev link (the last element)");
        return objects;
    }

    // ---- HeapBinding

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
        throw new AssertionError("refcount never needs the roots");
    }

    @Override
    public String describe(long object) {
        return "<" + typeName(object) + " " + Addresses.hex(object) + ">";
    }

    @Override
    public String typeName(long object) {
        String type = types.get(object);
        if (type == null) {
            fail("no object at " + Addresses.hex(object));
        }
        return type;
    }

    @Override
    public DestroyResult destroy(GcList unreachable, GcList survivors) {
        throw new AssertionError("refcount never destroys anything");
    }

    @Override
    public void clearFreeLists() {
        freeListClears++;
    }

    /** A tuple (or, in a full collection, a dict) none of whose referents is tracked is untracked. */
    @Override
    public boolean untrackIfAtomic(long object, boolean fullCollection) {
        untrackChecks.add(new UntrackCheck(object, fullCollection));
        String type = typeName(object);
        if (!type.equals("tuple") && !(fullCollection && type.equals("dict"))) {
            return false;
        }
        boolean[] atomic = {true};
        traverse(object, referent -> atomic[0] &= !GcHeader.isTracked(memory, referent));
        if (atomic[0]) {
            GcList.remove(memory, object);
        }
        return atomic[0];
    }

    @Override
    public GcList newList() {
        GcList list = new GcList(memory, memory.allocate(GcHeader.SIZE)).init();
        listsMade.add(list);
        return list;
    }

    @Override
    public void freeList(GcList list) {
        if (!list.isEmpty()) {
            throw new IllegalStateException("freeing non-empty list " + list);
        }
        listsFreed.add(list);
    }
}

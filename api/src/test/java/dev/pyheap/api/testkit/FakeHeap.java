package dev.pyheap.api.testkit;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A test-only heap and {@link HeapBinding} over {@link ArrayMemory}, for the shared GC mechanisms
 * and for collectors tested without the runtime. Objects are laid out as CPython's GC objects are
 * (a 16-byte GC header, then {@code ob_refcnt}), with {@code ob_type} replaced by the number of
 * reference slots that follow; each object's type name is kept on the side, and is also its label
 * in {@link #describe}. Refcounts are kept honest by {@link #link} and {@link #addExternal}; tests
 * break them on purpose with {@link #setRefcount}.
 *
 * <p>It records what a collector asks of it (lists made and freed, untrack checks, free-list
 * clearing, traversals) and refuses what a heap without roots or a destroy step cannot do:
 * {@link #visitRoots} and {@link #destroy} fail the test.
 */
public final class FakeHeap implements HeapBinding {
    private static final int REFCNT = 0;
    private static final int SLOTS = 8;
    private static final int FIRST_SLOT = 16;

    /** One call of {@link #untrackIfAtomic}. */
    public record UntrackCheck(long object, boolean dicts) {
    }

    private final ArrayMemory memory;
    private final Map<Long, String> types = new HashMap<>();
    private final List<GcList> listsMade = new ArrayList<>();
    private final List<GcList> listsFreed = new ArrayList<>();
    private final List<UntrackCheck> untrackChecks = new ArrayList<>();
    private int freeListClears;
    private LongConsumer traverseObserver = object -> { };
    private long traversals;

    /** A heap of 1 MiB of test memory. */
    public FakeHeap() {
        this(1 << 20);
    }

    /** A heap of {@code capacity} bytes of test memory. */
    public FakeHeap(int capacity) {
        memory = new ArrayMemory(capacity);
    }

    /** A new untracked object of type {@code type} with refcount 0 and {@code slots} empty reference slots. */
    public long newObject(String type, int slots) {
        long header = memory.allocate(GcHeader.SIZE + FIRST_SLOT + 8 * slots);
        long object = GcHeader.objectAddress(header);
        memory.putLong(object + SLOTS, slots);
        types.put(object, type);
        return object;
    }

    /** A new object of type {@code type} with one slot, tracked in {@code list}. */
    public long tracked(String type, GcList list) {
        long object = newObject(type, 1);
        list.append(object);
        return object;
    }

    /** Stores a reference to {@code to} in the first free slot of {@code from} and increfs {@code to}. */
    public void link(long from, long to) {
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

    /** One more reference to {@code object} from outside every list (a root, a handle, an untracked holder). */
    public void addExternal(long object) {
        memory.putLong(object + REFCNT, memory.getLong(object + REFCNT) + 1);
    }

    public void setRefcount(long object, long refcount) {
        memory.putLong(object + REFCNT, refcount);
    }

    /** Called with each object traversed, before its referents are visited. */
    public void observeTraversals(LongConsumer observer) {
        traverseObserver = observer;
    }

    /** The traversals so far. */
    public long traversals() {
        return traversals;
    }

    /** The lists made by {@link #newList()}, in order. */
    public List<GcList> listsMade() {
        return listsMade;
    }

    public List<GcList> listsFreed() {
        return listsFreed;
    }

    public List<UntrackCheck> untrackChecks() {
        return untrackChecks;
    }

    public int freeListClears() {
        return freeListClears;
    }

    /**
     * The objects of {@code list} in order, after checking it the way CPython's validate_list does:
     * every prev link mirrors the next link before it, the head closes the ring both ways, every
     * element is tracked, has COLLECTING as {@code collecting} says and no tag of a collection
     * (the unreachable bit, the leaf and atomic-type marks).
     */
    public List<Long> checkedObjects(GcList list, boolean collecting) {
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
            assertEquals(0, memory.getLong(node) & GcHeader.NEXT_TAGS, "a collection's tags on gc_next of " + describe(object));
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

    /** {@link #checkedObjects(GcList, boolean)} for a list in its ordinary state (no COLLECTING). */
    public List<Long> checkedObjects(GcList list) {
        return checkedObjects(list, false);
    }

    // ---- HeapBinding

    @Override
    public ArrayMemory memory() {
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
        forEachReferent(object, visitor);
    }

    private void forEachReferent(long object, ReferentVisitor visitor) {
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
        throw new AssertionError("a fake heap has no roots");
    }

    /** {@code <type address>}; {@code <object address>} for a block no {@link #newObject} made. */
    @Override
    public String describe(long object) {
        return "<" + types.getOrDefault(object, "object") + " " + Addresses.hex(object) + ">";
    }

    /** The type given to {@link #newObject}; fails the test for any other address. */
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
        throw new AssertionError("a fake heap never destroys anything");
    }

    @Override
    public void clearFreeLists() {
        freeListClears++;
    }

    /** A tuple (or, in untrack_dicts' pass, a dict) none of whose referents is tracked is untracked. */
    @Override
    public boolean untrackIfAtomic(long object, boolean dicts) {
        boolean atomic = isAtomic(object, dicts);
        if (atomic) {
            GcList.remove(memory, object);
        }
        return atomic;
    }

    /** {@code PyDict_CheckExact}, by the fake type name. */
    @Override
    public boolean inDictPass(long object) {
        return typeName(object).equals("dict");
    }

    /** Recorded as a check of {@link #untrackChecks}, as {@link #untrackIfAtomic} is. */
    @Override
    public boolean isAtomic(long object, boolean dicts) {
        untrackChecks.add(new UntrackCheck(object, dicts));
        String type = typeName(object);
        if (!type.equals(dicts ? "dict" : "tuple")) {
            return false;
        }
        boolean[] atomic = {true};
        forEachReferent(object, referent -> atomic[0] &= !GcHeader.isTracked(memory, referent));
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

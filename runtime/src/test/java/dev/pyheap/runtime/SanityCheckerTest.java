package dev.pyheap.runtime;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.MemoryMisuseError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.pyheap.api.Addresses.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sanity checker (ARCHITECTURE §8): a clean heap passes with a stable number of checks, and
 * each kind of corruption is reported with the object, what was expected and what was found.
 * Every test also ends with the fixture's own checks; the corrupting ones repair the heap first,
 * or abandon it.
 */
final class SanityCheckerTest {

    private static final int LIST_ITEMS = 24;
    private static final int TUPLE_ITEMS = 24;

    /** Builds a bit of everything the runtime has (dicts and sets aside). */
    private static void populate(HeapFixture f) {
        PyThreadState t = f.t;
        Handle person = f.keep(t.newClass("Person"));
        Handle ada = f.keep(t.call(person));
        t.setattr(ada, "name", f.keep(t.newStr("Ada Lovelace")));
        t.setattr(ada, "born", f.keep(t.newInt(1815)));
        t.setattr(ada, "big", f.keep(t.newInt(BigInteger.TEN.pow(40))));
        t.setattr(ada, "ratio", f.keep(t.newFloat(0.25)));
        Handle bob = f.keep(t.call(person));
        t.setattr(bob, "name", f.keep(t.literal("Bob")));
        t.setattr(bob, "friend", ada);
        Handle friends = f.keep(t.newList(ada, bob, f.keep(t.newStr("é"))));
        Handle nested = f.keep(t.newTuple(friends, f.keep(t.newTuple(f.keep(t.newBytes(new byte[]{1, 2})), f.keep(t.none()))),
                f.keep(t.newTuple()), f.keep(t.newBool(true))));
        Handle grown = f.keep(t.newList());
        for (int i = 0; i < 100; i++) { // 100 slots: the item array becomes a raw block
            try (Handle n = t.newInt(i * 1000)) {
                t.append(grown, n);
            }
        }
        t.append(grown, nested);
        f.keep(t.weakref(ada));
        f.keep(t.weakref(ada, (thread, ref) -> { }));
        try (Handle doomed = t.call(person)) {
            f.keep(t.weakref(doomed)); // dies with it: the weakref now points to None
        }
        try (Handle a = t.newList(); Handle b = t.newList(a)) {
            t.append(a, b); // a 2-cycle: refcount never frees it, the collector's list holds it
        }
        for (int i = 0; i < 3; i++) { // dead lists, tuples and floats go to the free lists
            t.newList().close();
            t.newTuple(ada).close();
            t.newFloat(i).close();
        }
        PyFrame outer = t.pushFrame("outer", "app.py", 10);
        outer.setLocal("people", friends);
        PyFrame inner = t.pushFrame("inner", "app.py", 20);
        inner.setLocal("who", bob);
        inner.setLocal("n", f.keep(t.newInt(BigInteger.ONE.shiftLeft(200))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pymalloc", "malloc", "pymalloc_debug", "malloc_debug", "debug"})
    void aCleanHeapIsSaneWithAStableNumberOfChecks(String allocator) {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", allocator))) {
            populate(f);
            SanityReport first = f.heap.checkSanity();
            assertTrue(first.ok(), first.format());
            assertEquals(List.of(), first.problems());
            assertTrue(first.checks() > f.blocks(), first.checks() + " checks for " + f.blocks() + " blocks");
            assertEquals(first.checks(), f.heap.checkSanity().checks(), "checking changes nothing");
            f.gc().freeze(); // the permanent generation is a collector list like any other
            SanityReport frozen = f.heap.checkSanity();
            assertTrue(frozen.ok(), frozen.format());
            // the collector reports frozen objects by count, not one by one
            assertEquals(first.checks() - f.gc().getFreezeCount(), frozen.checks());
            f.gc().unfreeze();
        }
    }

    @Test
    void anEmptyListHeldByAHandleCostsNineChecks() {
        try (HeapFixture f = new HeapFixture()) {
            long before = f.heap.checkSanity().checks();
            f.keep(f.t.newList());
            // its block, its claim, the handle's reference, its refcount, its tracking, in the
            // collector's list the link to it, its gc_prev and its flags, and the collector's report of it
            assertEquals(before + 9, f.heap.checkSanity().checks());
        }
    }

    @Test
    void aRefcountChangedBehindItsBack() {
        try (HeapFixture f = new HeapFixture()) {
            Handle inner = f.keep(f.t.newList());
            Handle outer = f.keep(f.t.newList(inner));
            long in = f.capi().address(inner);
            Memory memory = f.allocator().memory();
            memory.putLong(in, 3);
            SanityReport report = f.heap.checkSanity();
            assertEquals(List.of("refcount of <list " + hex(in) + "> is 3, expected 2 (referrers: a handle, <list "
                    + hex(f.capi().address(outer)) + "> item [0])"), report.problems());
            assertEquals(false, report.ok());
            memory.putLong(in, 2);
        }
    }

    @Test
    void aStaticObjectStartsAtTheImmortalCountAndAMissingIncrefOnItIsFound() {
        try (HeapFixture f = new HeapFixture()) {
            Handle seven = f.keep(f.t.newInt(7));
            Handle held = f.keep(f.t.newList(seven));
            long at = f.capi().address(seven);
            Memory memory = f.allocator().memory();
            // the interpreter's 999999999, the handle's and the list item's
            assertEquals(999_999_999L + 2, memory.getLong(at));
            assertTrue(f.heap.checkSanity().ok());
            memory.putLong(at, 999_999_999L + 1); // as if the list had not counted its item
            SanityReport report = f.heap.checkSanity();
            assertEquals(List.of("refcount of <int " + hex(at) + "> is 1000000000, expected 1000000001 (referrers: a handle, "
                    + "the interpreter (999999999, static), <list " + hex(f.capi().address(held)) + "> item [0])"), report.problems());
            memory.putLong(at, 999_999_999L + 2);
        }
    }

    @Test
    void aListItemFreedBehindTheListsBack() {
        try (HeapFixture f = new HeapFixture()) {
            CApi capi = f.capi();
            Handle cls = f.keep(f.t.newClass("C"));
            Handle list;
            long x;
            try (Handle instance = f.t.call(cls)) {
                f.t.setattr(instance, "name", f.keep(f.t.newStr("x")));
                list = f.keep(f.t.newList(instance));
                x = capi.address(instance);
            }
            capi.decref(x); // one decref too many: x dies while the list still holds it
            long l = capi.address(list);
            assertEquals(List.of("<list " + hex(l) + "> item [0] refers to " + hex(x) + ", which is not a live object: no"
                    + " allocated block holds it (its ob_type still says 'C': freed behind its referrers' backs?)"),
                    f.heap.checkSanity().problems());
            repairSlot(f, f.allocator().memory().getLong(l + LIST_ITEMS));
        }
    }

    @Test
    void aTupleItemThatIsOnTheFloatFreeList() {
        try (HeapFixture f = new HeapFixture()) {
            CApi capi = f.capi();
            Handle tuple;
            long x;
            try (Handle number = f.t.newFloat(2.5)) {
                tuple = f.keep(f.t.newTuple(number));
                x = capi.address(number);
            }
            capi.decref(x); // the float goes to its free list while the tuple still holds it
            long tu = capi.address(tuple);
            assertEquals(List.of("<tuple " + hex(tu) + "> item [0] refers to " + hex(x)
                    + ", which is not a live object: it is on the float free list"), f.heap.checkSanity().problems());
            repairSlot(f, tu + TUPLE_ITEMS);
        }
    }

    /** Stores a new reference to None over a dangling slot. */
    private static void repairSlot(HeapFixture f, long slot) {
        try (Handle none = f.t.none()) {
            long n = f.capi().address(none);
            f.capi().incref(n);
            f.allocator().memory().putLong(slot, n);
        }
    }

    /**
     * The second free makes the block link to itself; the next allocation hands it out and the
     * new int's refcount (1) overwrites that link, so the allocation after that hands the block out
     * again and leaves the free list pointing at address 1.
     */
    @Test
    void aBlockFreedTwiceUnderPymallocEndsUpHoldingTwoObjects() {
        HeapFixture f = new HeapFixture(Map.of("allocator", "pymalloc"));
        try {
            PyThreadState t = f.t;
            Allocator allocator = f.allocator();
            BigInteger big = BigInteger.ONE.shiftLeft(30 * 93); // 94 digits: 24 + 4 * 94 = 400 bytes, a class of its own
            long keeper1 = f.capi().address(f.keep(t.newInt(big)));
            f.keep(t.newInt(big.add(BigInteger.ONE)));
            long victim;
            try (Handle h = t.newInt(big.add(BigInteger.TWO))) {
                victim = f.capi().address(h);
            }
            allocator.free(victim); // freed twice: its pool's free list now loops on it
            Handle a = t.newInt(big.negate());
            Handle b = t.newInt(big.negate().subtract(BigInteger.ONE));
            assertEquals(victim, f.capi().address(a), "the looping free list hands the block out...");
            assertEquals(victim, f.capi().address(b), "...and out again");
            long pool = keeper1 & ~(16384L - 1);
            long counted = allocator.statistics().allocatedBlocks();
            assertEquals(List.of(
                    "refcount of <int " + hex(victim) + "> is 1, expected 2 (referrers: a handle, a handle)",
                    // the block that was on the free list before the loop closed is lost to it
                    "leak: block " + hex(victim + 400) + " (400 bytes) is allocated but owned by nothing",
                    "allocator pymalloc: counts " + counted + " allocated blocks but enumerates " + (counted + 1),
                    "allocator pymalloc verify() failed: pymalloc: free list of pool " + hex(pool)
                            + " holds a foreign address at 0x1"),
                    f.heap.checkSanity().problems());
        } finally {
            f.abandon();
            f.close();
        }
    }

    @Test
    void aBlockFreedTwiceUnderPymallocDebugIsCaughtAtTheSecondFree() {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", "pymalloc_debug"))) {
            long victim;
            try (Handle h = f.t.newInt(BigInteger.TEN.pow(30))) {
                victim = f.capi().address(h);
            }
            Allocator allocator = f.allocator();
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> allocator.free(victim));
            assertEquals(MemoryMisuseError.Kind.DOUBLE_FREE, e.kind());
            assertEquals(victim, e.address());
            assertEquals("free(" + hex(victim) + "): double free: the block at p=" + hex(victim) + " was already freed",
                    e.getMessage().lines().findFirst().orElseThrow());
            // Refused, so nothing was damaged: the fixture's checks pass.
        }
    }

    @Test
    void anUntrackedObjectLeftInACollectorList() {
        try (HeapFixture f = new HeapFixture()) {
            long l = f.capi().address(f.keep(f.t.newList()));
            Memory memory = f.allocator().memory();
            long next = memory.getLong(l - 16); // the newest tracked object: gc_next is the list's head
            memory.putLong(l - 16, 0);
            assertEquals(List.of("<list " + hex(l) + "> is untracked (gc_next is 0) but collector list " + hex(next)
                    + " links to it"), f.heap.checkSanity().problems());
            memory.putLong(l - 16, next);
        }
    }

    @Test
    void aBlockNoObjectOwns() {
        try (HeapFixture f = new HeapFixture()) {
            Allocator allocator = f.allocator();
            long block = allocator.allocate(24);
            assertEquals(List.of("leak: block " + hex(block) + " (32 bytes) is allocated but owned by nothing"),
                    f.heap.checkSanity().problems());
            allocator.free(block);
        }
    }

    @Test
    void anItemArraySharedByTwoLists() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            CApi capi = f.capi();
            long x;
            long y;
            Handle first;
            Handle second;
            try (Handle hx = t.newInt(1000); Handle hy = t.newInt(2000)) {
                first = f.keep(t.newList(hx));
                second = f.keep(t.newList(hy));
                x = capi.address(hx);
                y = capi.address(hy);
            }
            long l1 = capi.address(first);
            long l2 = capi.address(second);
            Memory memory = f.allocator().memory();
            long shared = memory.getLong(l1 + LIST_ITEMS);
            long own = memory.getLong(l2 + LIST_ITEMS);
            memory.putLong(l2 + LIST_ITEMS, shared);
            // The newest handle is the first root, so the second list is traversed first.
            List<String> leaks = new ArrayList<>(List.of(
                    "leak: block " + hex(own) + " (16 bytes) is allocated but owned by nothing",
                    "leak: block " + hex(y) + " (32 bytes) is allocated but owned by nothing"));
            if (y < own) {
                java.util.Collections.reverse(leaks);
            }
            List<String> expected = new ArrayList<>(List.of(
                    "block " + hex(shared) + " (16 bytes) is claimed twice: as a block owned by <list " + hex(l2)
                            + "> and as a block owned by <list " + hex(l1) + ">",
                    "refcount of <int " + hex(x) + "> is 1, expected 2 (referrers: <list " + hex(l2) + "> item [0], <list "
                            + hex(l1) + "> item [0])"));
            expected.addAll(leaks);
            assertEquals(expected, f.heap.checkSanity().problems());
            memory.putLong(l2 + LIST_ITEMS, own);
        }
    }

    @Test
    void theCheckerRefusesToRunInAFinalizerOrAWeakrefCallback() {
        try (HeapFixture f = new HeapFixture()) {
            List<String> refused = new ArrayList<>();
            Runnable check = () -> {
                try {
                    f.heap.checkSanity();
                } catch (IllegalStateException e) {
                    refused.add(e.getMessage());
                }
            };
            Handle cls = f.keep(f.t.newClass("D", (thread, self) -> check.run()));
            try (Handle d = f.t.call(cls); Handle ref = f.t.weakref(d, (thread, weakref) -> check.run())) {
                d.close(); // the finalizer runs, then the callback
            }
            String message = "checkSanity runs only at a quiet point, not during a collection, a deallocation,"
                    + " a finalizer or a callback";
            assertEquals(List.of(message, message), refused);
        }
    }

    /**
     * A type object whose index word is damaged: every instance would be taken for another type's.
     * The checker names the type object, and does not trust the word itself (it used to throw
     * ArrayIndexOutOfBoundsException from its own walk).
     */
    @ParameterizedTest(name = "index {0}")
    @ValueSource(ints = {-3, 9999})
    void aTypeObjectWithADamagedIndex(int damaged) {
        try (HeapFixture f = new HeapFixture()) {
            Handle list = f.keep(f.t.newList(f.keep(f.t.newInt(5000))));
            Handle cls = f.keep(f.t.newClass("C"));
            f.keep(f.t.call(cls));
            assertDamagedIndexReported(f, f.keep(f.t.type(list)), "list", damaged);
            assertDamagedIndexReported(f, cls, "C", damaged);
        }
    }

    private static void assertDamagedIndexReported(HeapFixture f, Handle type, String name, int damaged) {
        Memory memory = f.allocator().memory();
        long t = f.capi().address(type);
        int index = memory.getInt(t + 16);
        memory.putInt(t + 16, damaged);
        SanityReport report = f.heap.checkSanity();
        // first: a class's own referents (its name, its keys' names) then go unseen, reported as refcounts after it
        assertEquals("the type object of '" + name + "' at " + hex(t) + " holds type index " + damaged + ", not " + index
                + ": its objects would be taken for another type's", report.problems().get(0));
        memory.putInt(t + 16, index);
    }

    /**
     * A check that cannot read what it looks at reports it, and the steps after it still run. On
     * checked memory: the read past the item array is an exception there (native memory would fault).
     */
    @Test
    void aDamagedListIsReportedNotThrown() {
        try (HeapFixture f = new HeapFixture(Map.of("memory", "checked"))) {
            Handle none = f.keep(f.t.none());
            Handle list = f.keep(f.t.newList(none));
            long l = f.capi().address(list);
            Memory memory = f.allocator().memory();
            long size = memory.getLong(l + 16);
            memory.putLong(l + 16, 1L << 40);
            SanityReport report = f.heap.checkSanity();
            assertEquals(2, report.problems().size(), report.format());
            assertTrue(report.problems().get(0).startsWith("traversing <list " + hex(l) + "> failed: "), report.format());
            assertTrue(report.problems().get(1).startsWith("refcount of <NoneType "), report.format());
            memory.putLong(l + 16, size);
        }
    }
}

package dev.pyheap.gc.marksweep;

import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the mark must keep: everything reachable from each kind of root, what only the permanent
 * generation or a raw C-API reference holds, the attributes of an object whose {@code __del__}
 * runs a collection; and the views of the one list ({@code get_objects}, freeze).
 */
final class ReachabilityTest extends MarkSweepTest {
    private final List<String> events = new ArrayList<>();

    /**
     * A cycle of two lists whose first item is an instance of a class with a finalizer and a
     * weakref with a callback (both record to {@link #events}); returns a new handle to the first list.
     */
    private Handle watchedCycle(String name) {
        Handle cls = h.keep(t.newClass(name, (thread, self) -> events.add("del " + name)));
        try (Handle b = t.newList(); Handle o = t.call(cls)) {
            Handle a = t.newList(o);
            t.append(a, b);
            t.append(b, a);
            h.keep(t.weakref(o, (thread, ref) -> events.add("callback " + name)));
            return a;
        }
    }

    @Test
    void aCycleHeldByAFrameLocalSurvives() {
        PyFrame frame = t.pushFrame("f", "test.py", 1);
        try (Handle a = watchedCycle("Local")) {
            frame.setLocal("a", a);
        }
        assertEquals(0, h.collect());
        assertEquals(List.of(), events);
        try (Handle a = frame.getLocal("a")) {
            assertEquals(2, t.len(a));
        }
        t.popFrame();
        assertEquals(3, h.collect(), "two lists and the instance");
        assertEquals(List.of("callback Local", "del Local"), events, "cyclic GC: callbacks first, then __del__");
    }

    @Test
    void aCycleHeldByAGlobalSurvives() {
        try (Handle a = watchedCycle("Global")) {
            t.setGlobal("a", a);
        }
        assertEquals(0, h.collect());
        assertEquals(List.of(), events);
        t.delGlobal("a");
        assertEquals(3, h.collect());
        assertEquals(List.of("callback Global", "del Global"), events);
    }

    @Test
    void aCycleHeldByAHandleSurvives() {
        Handle a = watchedCycle("Handle");
        assertEquals(0, h.collect());
        assertEquals(List.of(), events);
        a.close();
        assertEquals(3, h.collect());
        assertEquals(List.of("callback Handle", "del Handle"), events);
    }

    @Test
    void aCycleHeldByGcGarbageSurvives() {
        try (Handle garbage = h.gc().garbage()) {
            try (Handle a = watchedCycle("Garbage")) {
                t.append(garbage, a);
            }
            assertEquals(0, h.collect());
            assertEquals(List.of(), events);
            t.clear(garbage);
        }
        assertEquals(3, h.collect());
        assertEquals(List.of("callback Garbage", "del Garbage"), events);
    }

    @Test
    void aCycleHeldOnlyByAFrozenListSurvivesAndIsNeverFinalized() {
        Handle holder = h.keep(t.newList());
        h.gc().freeze();
        try (Handle a = watchedCycle("Frozen")) {
            t.append(holder, a);
        }
        assertEquals(0, h.collect(), "the frozen holder is not traced; its counted reference keeps the cycle");
        assertEquals(List.of(), events);
        assertEquals(1, t.len(holder));
        t.clear(holder);
        assertEquals(3, h.collect());
        assertEquals(List.of("callback Frozen", "del Frozen"), events);
        h.gc().unfreeze();
    }

    @Test
    void anObjectHeldOnlyByARawCApiReferenceSurvives() {
        Handle cls = h.keep(t.newClass("Raw", (thread, self) -> events.add("del")));
        CApi capi = t.capi();
        long o = capi.call(capi.address(cls));
        capi.setattr(o, "me", o);
        try (Handle borrowed = capi.toHandle(o)) {
            capi.incref(o); // toHandle took over a reference: keep ours
            h.keep(t.weakref(borrowed, (thread, ref) -> events.add("callback")));
        }
        // The raw reference is one the sanity checker cannot account for: check only once it is gone.
        assertEquals(0, h.gc().collect(), "a reference from outside the heap keeps it, as C code's does in CPython");
        assertEquals(List.of(), events);
        assertEquals(2, capi.refcount(o));
        capi.decref(o);
        assertEquals(1, h.collect(), "now only its own attribute holds it");
        assertEquals(List.of("callback", "del"), events);
    }

    @Test
    void aCollectionInsideADeallocFinalizerKeepsTheDyingObjectsAttributes() {
        Handle inner = h.keep(t.newClass("Inner", (thread, self) -> events.add("del Inner")));
        Handle outer = h.keep(t.newClass("Outer", (thread, self) -> {
            events.add("del Outer");
            events.add("collect " + thread.heap().gc().collect());
            try (Handle b = thread.getattr(self, "b"); Handle items = thread.getattr(b, "items")) {
                events.add("b.items has " + thread.len(items) + " item");
            }
        }));
        try (Handle a = t.call(outer); Handle b = t.call(inner); Handle one = t.newInt(1);
             Handle items = t.newList(one)) {
            t.setattr(a, "b", b);
            t.setattr(b, "items", items);
            h.keep(t.weakref(b, (thread, ref) -> events.add("callback Inner")));
        }
        // Closing `a` ran Outer.__del__ from refcount death, with `a` tracked (as CPython does):
        // the mark reaches a.b through it.
        assertEquals(List.of("del Outer", "collect 0", "b.items has 1 item", "del Inner", "callback Inner"), events);
        assertEquals(0, h.collect());
    }

    @Test
    void aCollectionInAWeakrefCallbackAtRefcountDeathKeepsWhatOnlyTheDyingObjectHolds() {
        Handle dying = h.keep(t.newClass("Dying"));
        Handle held = h.keep(t.newClass("Held", (thread, self) -> events.add("del Held")));
        try (Handle d = t.call(dying); Handle x = t.call(held)) {
            t.setattr(d, "x", x);
            t.setattr(x, "me", x); // x is in a cycle too: refcounting alone will not free it
            h.keep(t.weakref(d, (thread, ref) -> events.add("callback Dying, collect " + thread.heap().gc().collect())));
            h.keep(t.weakref(x, (thread, ref) -> events.add("callback Held")));
        }
        // d died by refcount: untracked at refcount 0, it still holds x while its callback runs
        // the collection; x, reached only through d, is held from outside the candidates.
        assertEquals(List.of("callback Dying, collect 0"), events);
        assertEquals(1, h.collect(), "x's self-cycle, once d has let it go");
        assertEquals(List.of("callback Dying, collect 0", "callback Held", "del Held"), events);
    }

    @Test
    void aCollectionDuringADeepTeardownKeepsWhatTheTrashcanDeferred() {
        Handle collector = h.keep(t.newClass("Collector", (thread, self) ->
                events.add("collect " + thread.heap().gc().collect())));
        Handle deep = h.keep(t.newClass("Deep", (thread, self) -> events.add("del Deep")));
        Handle a = t.call(collector);
        HeapFixture.NestedLists chain = h.nestedLists(60);
        try (Handle d = t.call(deep); Handle innermost = chain.innermost()) {
            t.append(innermost, d);
        }
        Handle head = chain.outermost();
        Handle outer = t.newList(a, head);
        a.close();
        head.close();
        // Items go last to first: the chain's teardown leaves its deep end on the trashcan's
        // deferred stack (untracked, refcount 0) when Collector.__del__ runs a collection.
        outer.close();
        assertEquals(List.of("collect 0", "del Deep"), events);
    }

    @Test
    void deepStructuresReachableFromAnInstanceSurvive() {
        Handle cls = h.keep(t.newClass("Node"));
        try (Handle root = t.call(cls)) {
            t.setGlobal("root", root);
            Handle cur = t.dup(root);
            for (int i = 0; i < 50; i++) {
                Handle d = t.newDict();
                Handle next = t.call(cls);
                try (Handle key = t.literal("k"); Handle tuple = t.newTuple(next)) {
                    t.setitem(d, key, tuple);
                }
                t.setattr(cur, "d", d);
                t.setattr(next, "up", cur); // a cycle at every level
                d.close();
                cur.close();
                cur = next;
            }
            cur.close();
        }
        assertEquals(0, h.collect()); // also untracks what holds only atoms (the class's (object,) __bases__)
        long before = h.trackedObjects();
        assertEquals(0, h.collect());
        assertEquals(before, h.trackedObjects());
        t.delGlobal("root");
        assertEquals(51 + 50 + 50, h.collect(), "51 instances, 50 dicts, 50 tuples");
    }

    @Test
    void getObjectsSeesTheOneListAsGenerationZero() {
        try (Handle l = t.newList()) {
            long all = h.trackedObjects();
            List<Handle> zero = h.gc().getObjects(0);
            assertEquals(all, zero.size());
            assertTrue(zero.stream().anyMatch(x -> x.id() == l.id()));
            zero.forEach(Handle::close);
            assertEquals(List.of(), h.gc().getObjects(1));
            assertEquals(List.of(), h.gc().getObjects(2));
            PyException e = assertThrows(PyException.class, () -> h.gc().getObjects(3));
            assertEquals("ValueError: generation parameter must be less than the number of available generations (3)",
                    e.getMessage());
        }
    }

    @Test
    void freezeMovesEverythingToThePermanentGenerationAndUnfreezeBack() {
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
            long tracked = h.trackedObjects();
            h.gc().freeze();
            assertEquals(tracked, h.gc().getFreezeCount());
            assertEquals(0, h.trackedObjects());
            assertEquals(List.of(0L, 0L, 0L), h.gc().getCount());
        }
        assertEquals(0, h.collect(), "frozen objects are never examined");
        h.gc().unfreeze();
        assertEquals(0, h.gc().getFreezeCount());
        assertEquals(2, h.collect());
    }

    @Test
    void atomicTuplesAndDictsAreUntrackedByEveryCollection() {
        try (Handle one = t.newInt(1); Handle key = t.literal("k"); Handle inner = t.newList();
             Handle atoms = t.newTuple(one, key); Handle holding = t.newTuple(inner); Handle d = t.newDict()) {
            t.setitem(d, key, inner);
            assertTrue(h.gc().isTracked(atoms));
            assertTrue(h.gc().isTracked(d));
            t.setitem(d, key, one);
            assertTrue(h.gc().isTracked(d), "a dict stays tracked until a full collection");
            assertEquals(0, h.collect(0));
            assertFalse(h.gc().isTracked(atoms));
            assertTrue(h.gc().isTracked(holding));
            assertFalse(h.gc().isTracked(d), "collect(0) is a full collection: untrack_dicts runs");
        }
    }

    @Test
    void aDictHoldingOnlyATupleOfAtomsIsUntrackedWithItInOneCollection() {
        try (Handle d = t.newDict(); Handle key = t.literal("k")) {
            try (Handle one = t.newInt(1); Handle tuple = t.newTuple(one)) {
                t.setitem(d, key, tuple);
            }
            // The mark reaches the dict first and the tuple through it; untrack_dicts must wait
            // for untrack_tuples, as CPython's two walks do.
            assertEquals(0, h.collect());
            assertFalse(h.gc().isTracked(d), "the dict holds an untracked tuple only");
            try (Handle tuple = t.getitem(d, key)) {
                assertFalse(h.gc().isTracked(tuple));
            }
        }
    }
}

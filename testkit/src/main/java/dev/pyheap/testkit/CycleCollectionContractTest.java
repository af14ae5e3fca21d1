package dev.pyheap.testkit;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyGc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code gc.collect()} returns, and the order of what runs, under a collector that reclaims
 * cycles: the scenarios of facts §5.2 and §5.3 our object model can express, built as CPython's
 * test_gc.py builds them, each after a clean collection. Each cycle collector's module extends it.
 * An exception a finalizer or callback lets escape is recorded in {@link #events}, where no test
 * expects one.
 */
public abstract class CycleCollectionContractTest extends HeapTest {
    protected final List<String> events = new ArrayList<>();

    @BeforeEach
    protected final void cleanCollection() {
        h.heap.setUnraisableHook((message, error, id) -> events.add("unraisable " + message + " / " + error));
        h.collect();
    }

    @Test
    protected void nothingToCollect() {
        try (Handle l = t.newList(); Handle c = t.newClass("C"); Handle obj = t.call(c)) {
            t.append(l, obj);
            assertEquals(0, h.collect());
            assertEquals(0, h.collect(0));
        }
    }

    @Test
    protected void twoListsAppendedToEachOther() {
        long lists = h.countByType("list");
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
        }
        assertEquals(lists + 2, h.countByType("list"), "refcounting alone leaves the cycle");
        assertEquals(2, h.collect());
        assertEquals(lists, h.countByType("list"));
        assertEquals(0, h.collect());
    }

    @Test
    protected void personAndDogPointingAtEachOther() {
        try (Handle person = t.newClass("Person"); Handle dog = t.newClass("Dog")) {
            try (Handle p = t.call(person); Handle d = t.call(dog)) {
                t.setattr(p, "pet", d);
                t.setattr(d, "master", p);
            }
            assertEquals(2, h.collect(), "3.11 keeps attributes in inline values: no dict objects");
            assertEquals(0, h.countByType("Person") + h.countByType("Dog"));
        }
    }

    @Test
    protected void personAndDogWithTheirDictsMaterialised() {
        try (Handle person = t.newClass("Person"); Handle dog = t.newClass("Dog")) {
            try (Handle p = t.call(person); Handle d = t.call(dog)) {
                t.setattr(p, "pet", d);
                t.setattr(d, "master", p);
                t.getattr(p, "__dict__").close();
                t.getattr(d, "__dict__").close();
            }
            assertEquals(4, h.collect(), "p.__dict__ and d.__dict__ touched first: two dicts more");
        }
    }

    @Test
    protected void listContainingItself() {
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect());
    }

    @Test
    protected void instanceWhoseDictAttributeHoldsIt() {
        try (Handle c = t.newClass("C"); Handle self = t.literal("self")) {
            try (Handle obj = t.call(c); Handle d = t.newDict()) {
                t.setitem(d, self, obj);
                t.setattr(obj, "d", d);
            }
            assertEquals(2, h.collect(), "c.d = {'self': c}");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    protected void freshSelfCycleIsFoundByEveryGeneration(int generation) {
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect(generation));
    }

    @Test
    protected void cycleWithFinalizersRunsEachOnceAndLeavesNoGarbage() {
        try (Handle cls = t.newClass("F", (thread, self) -> {
            try (Handle name = thread.getattr(self, "name")) {
                events.add("__del__ " + thread.javaValue(name));
            }
        })) {
            try (Handle x = t.call(cls); Handle y = t.call(cls); Handle nx = t.newStr("x"); Handle ny = t.newStr("y")) {
                t.setattr(x, "name", nx);
                t.setattr(y, "name", ny);
                t.setattr(x, "other", y);
                t.setattr(y, "other", x);
            }
            assertEquals(2, h.collect());
            assertEquals(List.of("__del__ x", "__del__ y"), events, "both __del__ run once, in the order x, y");
            try (Handle garbage = h.gc().garbage()) {
                assertEquals(0, t.len(garbage), "PEP 442: gc.garbage stays empty");
            }
            assertEquals(0, h.collect());
            assertEquals(2, events.size(), "finalizers never run again");
        }
    }

    @Test
    protected void resurrectingFinalizerKeepsTheObjectAndNeverRunsAgain() {
        int[] calls = {0};
        try (Handle cls = t.newClass("Phoenix", (thread, self) -> {
            calls[0]++;
            thread.setGlobal("saved", self);
        })) {
            long id;
            try (Handle p = t.call(cls)) {
                t.setattr(p, "me", p);
                id = p.id();
            }
            assertEquals(0, h.collect(), "the finalizer resurrected it: it is not counted");
            assertEquals(1, calls[0]);
            try (Handle saved = t.getGlobal("saved")) {
                assertEquals(id, saved.id());
                assertTrue(h.gc().isFinalized(saved));
                assertTrue(h.gc().isTracked(saved));
            }
            t.delGlobal("saved");
            assertEquals(1, h.collect(), "still a self-cycle; its finalizer does not run again");
            assertEquals(1, calls[0]);
        }
    }

    @Test
    protected void aFinalizerLastInTheGarbageStillResurrectsWhatItReaches() {
        // The destroy step skips the finalizers and the rerun only when no object of the garbage
        // awaits its finalizer: here the one that does is the last of the cycle, after two that
        // do not, and it makes the whole cycle reachable again (CPython 3.11: 0, then 3)
        int[] calls = {0};
        try (Handle plain = t.newClass("Plain");
             Handle phoenix = t.newClass("Phoenix", (thread, self) -> {
                 calls[0]++;
                 thread.setGlobal("saved", self);
             })) {
            try (Handle a = t.call(plain); Handle b = t.newList(); Handle p = t.call(phoenix)) {
                t.setattr(a, "b", b);
                t.append(b, p);
                t.setattr(p, "a", a);
            }
            assertEquals(0, h.collect(), "resurrected with what it reaches: nothing is freed");
            assertEquals(1, calls[0]);
            try (Handle saved = t.getGlobal("saved"); Handle a = t.getattr(saved, "a"); Handle b = t.getattr(a, "b")) {
                assertEquals(1, t.len(b), "the cycle is intact");
            }
            t.delGlobal("saved");
            assertEquals(3, h.collect(), "the cycle again, its finalizer already run: collected without the rerun");
            assertEquals(1, calls[0]);
        }
    }
    @Test
    protected void externalWeakrefCallbackRunsDuringTheCollection() {
        try (Handle cls = t.newClass("A")) {
            Handle w;
            try (Handle a = t.call(cls); Handle b = t.call(cls)) {
                t.setattr(a, "b", b);
                t.setattr(b, "a", a);
                w = t.weakref(a, (thread, ref) -> {
                    try (Handle r = thread.deref(ref)) {
                        events.add("callback, referent None: " + (thread.javaValue(r) == null));
                    }
                });
            }
            assertEquals(2, h.collect());
            assertEquals(List.of("callback, referent None: true"), events);
            try (Handle r = t.deref(w)) {
                assertNull(t.javaValue(r), "w() is None");
            }
            w.close();
        }
    }

    @Test
    protected void weakrefWithCallbackInsideTheCycleIsGarbageAndGetsNoCallback() {
        try (Handle cls = t.newClass("A")) {
            try (Handle a = t.call(cls); Handle b = t.call(cls);
                 Handle w = t.weakref(b, (thread, ref) -> events.add("callback"))) {
                t.setattr(a, "b", b);
                t.setattr(b, "a", a);
                t.setattr(a, "wr", w);
            }
            assertEquals(3, h.collect(), "a, b and the weakref");
            assertEquals(List.of(), events);
        }
    }

    @Test
    protected void aWeakrefFreedByItsOwnCallbackIsCounted() {
        // CPython's WeakValueDictionary case: the callback removes the KeyedRef, which then dies.
        Handle cls = h.keep(t.newClass("A"));
        Handle holder = h.keep(t.newList());
        try (Handle a = t.call(cls); Handle b = t.call(cls);
             Handle w = t.weakref(a, (thread, ref) -> {
                 events.add("callback");
                 thread.clear(holder);
             })) {
            t.setattr(a, "other", b);
            t.setattr(b, "other", a);
            t.append(holder, w);
        }
        assertEquals(3, h.collect(), "a, b and the weakref its callback freed");
        assertEquals(List.of("callback"), events);
        assertEquals(0, t.len(holder));
    }

    @Test
    protected void weakrefCallbacksRunBeforeFinalizersInACollection() {
        Handle[] self = new Handle[1];
        try (Handle cls = t.newClass("A", (thread, me) -> {
            try (Handle r = thread.deref(self[0])) {
                events.add("__del__, its weakref dead: " + (thread.javaValue(r) == null));
            }
        })) {
            Handle w;
            try (Handle a = t.call(cls); Handle b = t.newList()) {
                t.append(b, a);
                t.setattr(a, "b", b);
                self[0] = t.weakref(a);
                w = t.weakref(a, (thread, ref) -> events.add("callback"));
            }
            assertEquals(2, h.collect());
            assertEquals(List.of("callback", "__del__, its weakref dead: true"), events);
            w.close();
            self[0].close();
        }
    }

    @Test
    protected void saveAllKeepsTheGarbageInGcGarbageAndFreesNothing() {
        h.gc().setDebug(PyGc.DEBUG_SAVEALL);
        long a;
        long b;
        try (Handle la = t.newList(); Handle lb = t.newList()) {
            t.append(la, lb);
            t.append(lb, la);
            a = la.id();
            b = lb.id();
        }
        long lists = h.countByType("list");
        assertEquals(2, h.collect());
        assertEquals(lists, h.countByType("list"), "nothing was freed");
        try (Handle garbage = h.gc().garbage()) {
            assertEquals(2, t.len(garbage));
            try (Handle g0 = t.getitem(garbage, 0); Handle g1 = t.getitem(garbage, 1)) {
                assertEquals(List.of(a, b), List.of(g0.id(), g1.id()));
            }
            assertEquals("[[[[...]]], [[[...]]]]", t.repr(garbage));
            assertEquals(0, h.collect(), "gc.garbage is a root");
            h.gc().setDebug(0);
            t.clear(garbage);
        }
        assertEquals(2, h.collect(), "out of gc.garbage, the cycle is garbage again");
        // the cycle's two lists went; the thread state's repr list, which the repr made (Py_ReprEnter's), stays
        assertEquals(lists - 2 + 1, h.countByType("list"));
    }

    @Test
    protected void gcCallbacksSeeStartAndStopWithTheResult() {
        h.gc().callbacks().add((phase, generation, collected, uncollectable) ->
                events.add(phase + " " + generation + " " + collected + " " + uncollectable));
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect(0));
        assertEquals(0, h.collect(1));
        assertEquals(List.of("start 0 0 0", "stop 0 1 0", "start 1 0 0", "stop 1 0 0"), events);
        h.gc().callbacks().clear();
    }
}

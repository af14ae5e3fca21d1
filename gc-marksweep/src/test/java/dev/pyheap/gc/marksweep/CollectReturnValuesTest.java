package dev.pyheap.gc.marksweep;

import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyGc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CPython 3.11's {@code gc.collect()} return values (facts §5.2) under {@code marksweep}, each after
 * a clean collection, as CPython's test_gc.py builds them.
 */
final class CollectReturnValuesTest extends MarkSweepTest {
    private final List<String> events = new ArrayList<>();

    /** Two instances of {@code cls} referring to each other through {@code attr}; the handles are closed. */
    private void instanceCycle(Handle cls, String attr) {
        try (Handle a = t.call(cls); Handle b = t.call(cls)) {
            t.setattr(a, attr, b);
            t.setattr(b, attr, a);
        }
    }

    @Test
    void nothingToCollect() {
        assertEquals(0, h.collect());
    }

    @Test
    void twoListsReferringToEachOther() {
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
        }
        assertEquals(2, h.collect());
        assertEquals(0, h.collect());
    }

    @Test
    void personAndDogWithInlineValues() {
        Handle person = h.keep(t.newClass("Person"));
        Handle dog = h.keep(t.newClass("Dog"));
        try (Handle p = t.call(person); Handle d = t.call(dog)) {
            t.setattr(p, "pet", d);
            t.setattr(d, "master", p);
        }
        assertEquals(2, h.collect(), "3.11 keeps attributes in inline values: no dict objects");
    }

    @Test
    void personAndDogWithMaterialisedDicts() {
        Handle person = h.keep(t.newClass("Person"));
        Handle dog = h.keep(t.newClass("Dog"));
        try (Handle p = t.call(person); Handle d = t.call(dog)) {
            t.setattr(p, "pet", d);
            t.setattr(d, "master", p);
            t.getattr(p, "__dict__").close();
            t.getattr(d, "__dict__").close();
        }
        assertEquals(4, h.collect(), "two instances and their two __dict__s");
    }

    @Test
    void aListContainingItself() {
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect());
    }

    @Test
    void aCycleWithFinalizersIsCollectedAndEachFinalizerRunsOnce() {
        Handle cls = h.keep(t.newClass("N", (thread, self) -> events.add("del " + self.id())));
        long x;
        long y;
        try (Handle a = t.call(cls); Handle b = t.call(cls)) {
            x = a.id();
            y = b.id();
            t.setattr(a, "other", b);
            t.setattr(b, "other", a);
        }
        assertEquals(2, h.collect());
        assertEquals(List.of("del " + x, "del " + y), events, "both __del__ run once, in the order x, y");
        try (Handle garbage = h.gc().garbage()) {
            assertEquals(0, t.len(garbage), "PEP 442: gc.garbage stays empty");
        }
        assertEquals(0, h.collect());
        assertEquals(2, events.size());
    }

    @Test
    void aFinalizerThatResurrectsItsObject() {
        Handle cls = h.keep(t.newClass("Phoenix", (thread, self) -> {
            events.add("del");
            thread.setGlobal("saved", self);
        }));
        long id;
        try (Handle o = t.call(cls)) {
            id = o.id();
            t.setattr(o, "me", o);
        }
        assertEquals(0, h.collect(), "the resurrected object is not counted");
        try (Handle saved = t.getGlobal("saved")) {
            assertEquals(id, saved.id());
            assertTrue(h.gc().isFinalized(saved));
            assertTrue(h.gc().isTracked(saved));
        }
        assertEquals(List.of("del"), events);
        t.delGlobal("saved");
        assertEquals(1, h.collect(), "a self-cycle again, collected without a second __del__");
        assertEquals(List.of("del"), events);
    }

    @Test
    void anExternalWeakrefWithACallbackSeesItsReferentCollected() {
        Handle cls = h.keep(t.newClass("A"));
        Handle w;
        try (Handle a = t.call(cls); Handle b = t.call(cls)) {
            t.setattr(a, "other", b);
            t.setattr(b, "other", a);
            w = h.keep(t.weakref(a, (thread, ref) -> events.add("callback")));
        }
        assertEquals(2, h.collect());
        assertEquals(List.of("callback"), events);
        try (Handle referent = t.deref(w)) {
            assertNull(t.javaValue(referent), "w() is None");
        }
    }

    @Test
    void aWeakrefWithACallbackInsideTheCycleIsCollectedWithoutItsCallback() {
        Handle cls = h.keep(t.newClass("A"));
        try (Handle a = t.call(cls); Handle b = t.call(cls); Handle w = t.weakref(b, (thread, ref) -> events.add("callback"))) {
            t.setattr(a, "other", b);
            t.setattr(b, "other", a);
            t.setattr(a, "wr", w);
        }
        assertEquals(3, h.collect(), "a, b and the weakref");
        assertEquals(List.of(), events);
    }

    @Test
    void everyGenerationIsAFullCollection() {
        for (int g = 0; g <= 2; g++) {
            try (Handle l = t.newList()) {
                t.append(l, l);
            }
            assertEquals(1, h.collect(g), "a fresh self-cycle with collect(" + g + ")");
        }
        // An object that survived a collection is "old"; collect(0) still examines it.
        Handle cls = h.keep(t.newClass("A"));
        try (Handle a = t.call(cls); Handle b = t.call(cls)) {
            t.setattr(a, "other", b);
            t.setattr(b, "other", a);
            assertEquals(0, h.collect(2));
            assertEquals(0, h.collect(0));
        }
        assertEquals(2, h.collect(0), "collect(0) collects objects that survived earlier collections");
    }

    @Test
    void saveAllMovesTheGarbageToGcGarbageAndFreesNothing() {
        h.gc().setDebug(PyGc.DEBUG_SAVEALL);
        long a;
        long b;
        try (Handle la = t.newList(); Handle lb = t.newList()) {
            a = la.id();
            b = lb.id();
            t.append(la, lb);
            t.append(lb, la);
        }
        long lists = h.countByType("list");
        assertEquals(2, h.collect());
        assertEquals(lists, h.countByType("list"), "nothing was freed");
        try (Handle garbage = h.gc().garbage()) {
            assertEquals(2, t.len(garbage));
            try (Handle first = t.getitem(garbage, 0); Handle second = t.getitem(garbage, 1)) {
                assertEquals(List.of(a, b), List.of(first.id(), second.id()));
            }
            assertEquals(0, h.collect(), "gc.garbage is a root");
            h.gc().setDebug(0);
            t.clear(garbage);
        }
        assertEquals(2, h.collect());
        assertEquals(lists - 2, h.countByType("list"));
    }

    @Test
    void aWeakrefFreedByItsOwnCallbackIsCounted() {
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
    void statisticsHaveOneGenerationCountingEveryCollection() {
        assertEquals(List.of(new GenerationStatistics(1, 0, 0)), h.gc().getStats(), "the clean collection");
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect(0));
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
        }
        assertEquals(2, h.collect(1));
        assertEquals(List.of(new GenerationStatistics(3, 3, 0)), h.gc().getStats());
    }
}

package dev.pyheap.runtime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finalizers (PEP 442) and weak references at refcount death, facts §5.3 and §8. */
final class FinalizerWeakrefTest extends HeapTest {
    private final List<String> events = new ArrayList<>();
    private final List<String> unraisable = new ArrayList<>();

    @BeforeEach
    void setUp() {
        f.heap.setUnraisableHook((message, error, id) -> unraisable.add(message + " / " + error.getMessage()));
    }

    @Test
    void refcountDeathRunsTheFinalizerThenClearsWeakrefsThenCallbacksNewestFirst() {
        Handle[] self = new Handle[1];
        try (Handle cls = t.newClass("A", (thread, me) -> {
            try (Handle r = thread.deref(self[0])) {
                events.add("__del__ sees its weakref alive: " + thread.is(r, me));
            }
        })) {
            Handle a = t.call(cls);
            self[0] = t.weakref(a);
            Handle w1 = t.weakref(a, (thread, ref) -> events.add("callback 1"));
            Handle w2 = t.weakref(a, (thread, ref) -> {
                try (Handle r = thread.deref(ref)) {
                    events.add("callback 2, referent is None: " + (thread.javaValue(r) == null));
                }
            });
            a.close();
            assertEquals(List.of("__del__ sees its weakref alive: true", "callback 2, referent is None: true", "callback 1"), events);
            try (Handle dead = t.deref(self[0])) {
                assertEquals(null, t.javaValue(dead));
            }
            self[0].close();
            w1.close();
            w2.close();
        }
    }

    @Test
    void refsWithoutCallbackAreSharedRefsWithCallbacksAreNot() {
        try (Handle cls = t.newClass("A"); Handle a = t.call(cls);
             Handle r1 = t.weakref(a); Handle r2 = t.weakref(a);
             Handle c1 = t.weakref(a, (x, y) -> { }); Handle c2 = t.weakref(a, (x, y) -> { })) {
            assertTrue(t.is(r1, r2));
            assertFalse(t.is(c1, c2));
            assertTrue(t.eq(c1, c2), "live refs compare like their referents");
            assertEquals(t.hash(a), t.hash(r1));
            assertEquals(1, f.sys().getrefcount(a), "four weakrefs to a, and only the handle counts");
        }
    }

    @Test
    void aFinalizerRunsOnceAndMayResurrect() {
        int[] calls = {0};
        try (Handle keeper = t.newList();
             Handle cls = t.newClass("Phoenix", (thread, self) -> {
                 calls[0]++;
                 thread.append(keeper, self);
             })) {
            Handle p = t.call(cls);
            long id = p.id();
            p.close();
            assertEquals(1, calls[0]);
            assertEquals(1, t.len(keeper), "resurrected into the list");
            try (Handle back = t.getitem(keeper, 0)) {
                assertEquals(id, back.id());
                assertTrue(f.gc().isFinalized(back));
                assertTrue(f.gc().isTracked(back), "a resurrected object is tracked again");
            }
            t.clear(keeper);
            assertEquals(1, calls[0], "the finalizer never runs twice");
        }
    }

    @Test
    void anExceptionInAFinalizerIsReportedAndDoesNotPropagate() {
        try (Handle cls = t.newClass("Bad", (thread, self) -> {
            throw new PyException("ValueError", "boom");
        })) {
            t.call(cls).close();
            assertEquals(List.of("Exception ignored in: <function Bad.__del__> / ValueError: boom"), unraisable);
        }
    }

    @Test
    void aNewInstanceIsNotFinalized() {
        try (Handle cls = t.newClass("A"); Handle a = t.call(cls)) {
            assertFalse(f.gc().isFinalized(a));
        }
    }

    @Test
    void weakrefsToClassesAndDeadRefsCompareByIdentity() {
        Handle w;
        Handle w2;
        try (Handle cls = t.newClass("Gone"); Handle a = t.call(cls)) {
            w = t.weakref(cls);
            w2 = t.weakref(a, (x, y) -> { });
            assertNotEquals(0, w.id());
        }
        try (Handle alive = t.deref(w); Handle dead2 = t.deref(w2)) {
            assertEquals("<class '__main__.Gone'>", t.repr(alive), "a class lives on in its cycle with __mro__");
            assertEquals(null, t.javaValue(dead2));
        }
        assertTrue(t.repr(w2).endsWith("; dead>"));
        assertFalse(t.eq(w, w2));
        w.close();
        w2.close();
    }

    @Test
    void aFinalizerAtRefcountDeathRunsWithItsObjectTracked() {
        try (Handle cls = t.newClass("A", (thread, self) -> events.add("tracked " + thread.heap().gc().isTracked(self)))) {
            t.call(cls).close();
        }
        assertEquals(List.of("tracked true"), events, "CPython 3.11's subtype_dealloc tracks it for __del__");
    }
}

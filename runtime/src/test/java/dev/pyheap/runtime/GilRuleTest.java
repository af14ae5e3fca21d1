package dev.pyheap.runtime;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.runtime.gil.Gil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One GIL rule for every entry point (issue 12 item 5): a call without the GIL is refused with an
 * IllegalStateException saying what needs it, changes nothing, and the scoped form takes the GIL
 * for a block and gives back only what it took. The public API hands out no mutable part of the
 * heap (allocator, collector, lock): the figures come from {@link PyHeap#metrics()}.
 */
final class GilRuleTest {

    private static PyHeap open() {
        java.util.HashMap<String, String> settings = new java.util.HashMap<>();
        TestMemory.choose(settings);
        return TestCollector.open(Configuration.of(settings));
    }

    @Test
    void everyEntryPointNeedsTheGil() {
        try (PyHeap heap = open(); PyThreadState t = heap.attach()) {
            Handle list;
            try (GilScope gil = t.gil()) {
                list = t.newList();
            }
            assertFalse(t.holdsGil());
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("sys.getrefcount", () -> heap.sys().getrefcount(list));
            calls.put("sys.getallocatedblocks", () -> heap.sys().getallocatedblocks());
            calls.put("sys.getswitchinterval", () -> heap.sys().getswitchinterval());
            calls.put("sys.getrecursionlimit", () -> heap.sys().getrecursionlimit());
            calls.put("sys._debugmallocstats", () -> heap.sys().debugmallocstats());
            calls.put("gc.collect", () -> heap.gc().collect());
            calls.put("gc.callbacks", () -> heap.gc().callbacks());
            calls.put("gc.get_debug", () -> heap.gc().getDebug());
            calls.put("tracemalloc.start", () -> heap.tracemalloc().start(1));
            calls.put("tracemalloc.is_tracing", () -> heap.tracemalloc().isTracing());
            calls.put("objgraph.count", () -> heap.objgraph().count("list"));
            calls.put("checkSanity", heap::checkSanity);
            calls.put("metrics.allocator", () -> heap.metrics().allocator());
            calls.put("metrics.collector", () -> heap.metrics().collector());
            calls.put("metrics.mappedBytes", () -> heap.metrics().mappedBytes());
            calls.put("setUnraisableHook", () -> heap.setUnraisableHook((m, e, o) -> { }));
            calls.put("attributeNamesMade", heap::attributeNamesMade);
            calls.put("t.newList", t::newList);
            calls.put("t.capi().newList", () -> t.capi().newList());
            calls.put("handle.close", list::close);
            List<String> refused = TestThreads.outcomes(calls);
            for (String outcome : refused) {
                assertTrue(outcome.matches("[\\w. ()]+: IllegalStateException: .*(needs the GIL|does not hold the GIL).*"), outcome);
            }
            assertEquals(calls.size(), refused.size());
            assertEquals("tracemalloc needs the GIL, which the calling thread does not hold",
                    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                            () -> heap.tracemalloc().isTracing()).getMessage());
            assertTrue(heap.metrics().gil().acquisitions() > 0, "the lock's own counters need no GIL");
            try (GilScope gil = t.gil()) {
                assertTrue(list.isOpen(), "nothing was changed by the refused calls");
                assertFalse(heap.tracemalloc().isTracing());
                list.close();
            }
        }
    }

    @Test
    void aScopeTakesTheGilOnlyWhenNotHeldAndGivesBackOnlyWhatItTook() {
        try (PyHeap heap = open(); PyThreadState t = heap.attach()) {
            try (GilScope outer = t.gil()) {
                assertTrue(outer.acquired());
                assertTrue(t.holdsGil());
                try (GilScope inner = t.gil()) {
                    assertFalse(inner.acquired(), "already held");
                }
                assertTrue(t.holdsGil(), "the inner scope kept the GIL it did not take");
                outer.close();
                assertFalse(t.holdsGil());
                outer.close(); // twice: nothing
            }
            t.acquireGil();
            try (GilScope scope = t.gil()) {
                assertFalse(scope.acquired());
            }
            assertTrue(t.holdsGil(), "a scope inside acquireGil/releaseGil leaves the GIL held");
            t.releaseGil();
        }
    }

    /**
     * The C API tests a copy of the thread state's GIL holder: every way the thread state stops
     * holding the GIL (released, given up by a scope, the thread state closed) reaches that copy,
     * and taking the GIL again makes the calls work again.
     */
    @Test
    void theCApiFollowsEveryChangeOfTheGilHolder() {
        try (PyHeap heap = open(); PyThreadState t = heap.attach()) {
            t.acquireGil();
            CApi c = t.capi();
            AttributeCache x = c.attributeCache("x");
            Handle cls = t.newClass("C");
            long o = c.call(c.address(cls));
            long one = c.newInt(1);
            c.setattr(o, x, one);
            long count = c.refcount(one);
            String noGil = "the calling thread does not hold the GIL: call acquireGil() first";

            t.releaseGil();
            assertEquals(noGil, assertThrows(IllegalStateException.class, () -> c.getattr(o, x)).getMessage());
            assertEquals(noGil, assertThrows(IllegalStateException.class, () -> c.setattr(o, x, one)).getMessage());
            assertEquals(noGil, assertThrows(IllegalStateException.class, () -> c.decref(o)).getMessage());
            try (GilScope scope = t.gil()) {
                assertEquals(count, c.refcount(one), "the refused calls changed no count");
                c.decref(c.getattr(o, x));
            }
            assertEquals(noGil, assertThrows(IllegalStateException.class, c::newList).getMessage(), "the scope gave the GIL back");

            t.acquireGil();
            c.decref(o);
            c.decref(one);
            cls.close();
            t.close();
            assertEquals("the thread state is closed", assertThrows(IllegalStateException.class, c::newList).getMessage());
        }
    }

    /** The public API hands out no part of the heap that could change it: its figures are read-only. */
    @Test
    void theHeapHandsOutNoAllocatorCollectorOrLock() {
        Set<Class<?>> mutable = Set.of(Allocator.class, Collector.class, Gil.class);
        List<String> handedOut = new ArrayList<>();
        for (Class<?> api : List.of(PyHeap.class, PyThreadState.class, HeapMetrics.class, CollectorMetrics.class, PyGc.class,
                PySys.class)) {
            for (Method m : api.getMethods()) {
                if (mutable.contains(m.getReturnType())) {
                    handedOut.add(api.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), handedOut);
    }
}

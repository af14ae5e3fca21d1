package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The gc facade with the refcount collector: CPython's counts, callbacks and referents (facts §5). */
final class GcModuleTest extends HeapTest {
    /** GC objects a class made from the embedding API brings: see recycledListsMoveNoCountInstancesDo. */
    private static final int CLASS_GC_OBJECTS = 9;


    private long count0() {
        return f.gc().getCount().get(0);
    }

    @Test
    void recycledListsMoveNoCountInstancesDo() {
        f.gc().collect(); // empties the free lists, as a full collection does
        List<Handle> lists = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            lists.add(t.newList());
        }
        long before = count0();
        lists.forEach(Handle::close); // 11 lists go to the free list: count unchanged
        assertEquals(before, count0());
        try (Handle cls = t.newClass("C")) {
            List<Handle> objs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                objs.add(t.call(cls));
            }
            long withInstances = count0();
            objs.forEach(Handle::close);
            assertEquals(withInstances - 5, count0(), "deleting 5 instances: -5");
        }
        assertEquals(before + CLASS_GC_OBJECTS, count0(), "the class lives on in its cycle with __mro__: its GC objects "
                + "(type object, namespace, __bases__, __mro__, two getset descriptors, the weakref in object's tp_subclasses) and the two dicts type_new copies the "
                + "namespace into (kept on the dict free list) still count");
        try (Handle l = t.newList()) {
            assertEquals(before + CLASS_GC_OBJECTS, count0(), "a list from the free list does not count");
        }
    }

    @Test
    void collectRunsCallbacksAndReturnsZero() {
        List<String> seen = new ArrayList<>();
        f.gc().callbacks().add((phase, gen, collected, uncollectable) ->
                seen.add(phase + " " + gen + " " + collected + " " + uncollectable));
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
        }
        assertEquals(0, f.gc().collect());
        assertEquals(0, f.gc().collect(0));
        assertEquals(List.of("start 2 0 0", "stop 2 0 0", "start 0 0 0", "stop 0 0 0"), seen);
        assertEquals("ValueError: invalid generation", assertThrows(PyException.class, () -> f.gc().collect(3)).getMessage());
        assertEquals(List.of(0L, 1L, 0L), f.gc().getCount(), "collect(0): counts[0] = 0, counts[1] += 1");
    }

    @Test
    void referentsFollowTraverseOrderAndReferrersScanTrackedObjects() {
        try (Handle one = t.newInt(1); Handle two = t.literal("two"); Handle three = t.newInt(3);
             Handle tuple = t.newTuple(three); Handle list = t.newList(one, two, tuple)) {
            List<Handle> referents = f.gc().getReferents(list);
            assertEquals(List.of(tuple.id(), two.id(), one.id()), referents.stream().map(Handle::id).toList(),
                    "gc.get_referents([1, 'two', (3,)]) -> [(3,), 'two', 1]");
            referents.forEach(Handle::close);
            List<Handle> referrers = f.gc().getReferrers(tuple);
            assertEquals(List.of(list.id()), referrers.stream().map(Handle::id).toList());
            referrers.forEach(Handle::close);
            assertEquals(List.of(), f.gc().getReferents(one), "non-GC objects have no referents");
            try (Handle d = t.newDict(); Handle a = t.literal("a")) {
                t.setitem(d, a, one);
                List<Handle> dictReferents = f.gc().getReferents(d);
                assertEquals(List.of(one.id()), dictReferents.stream().map(Handle::id).toList(),
                        "gc.get_referents({'a': 1}) -> [1]: a str-keyed dict's traverse skips its keys");
                dictReferents.forEach(Handle::close);
            }
        }
    }

    @Test
    void collectUntracksAtomTuples() {
        try (Handle a = t.newInt(1); Handle tuple = t.newTuple(a); Handle l = t.newList(); Handle holder = t.newTuple(l)) {
            assertEquals(true, f.gc().isTracked(tuple));
            f.gc().collect();
            assertEquals(false, f.gc().isTracked(tuple), "a tuple of atoms is untracked by a collection");
            assertEquals(true, f.gc().isTracked(holder), "a tuple holding a list stays tracked");
        }
    }

    @Test
    void builtinTypeObjectsAreNotTrackedClassesAre() {
        try (Handle l = t.newList(); Handle cls = t.newClass("C"); Handle obj = t.call(cls)) {
            List<Handle> referents = f.gc().getReferents(obj);
            Handle classOfObj = referents.get(referents.size() - 1);
            assertEquals(cls.id(), classOfObj.id());
            assertEquals(true, f.gc().isTracked(classOfObj));
            referents.forEach(Handle::close);
        }
        try (Handle l = t.newList(); Handle listType = t.type(l); Handle cls = t.newClass("D"); Handle d = t.call(cls);
             Handle dType = t.type(d)) {
            assertEquals(false, f.gc().isTracked(listType), "gc.is_tracked(list): a static type has no GC header");
            assertEquals(false, f.gc().isFinalized(listType));
            assertEquals(true, f.gc().isTracked(dType), "a class statement makes a tracked heap type");
            assertEquals(cls.id(), dType.id());
            assertEquals(424, f.sys().getsizeof(listType), "sys.getsizeof(list) in CPython 3.11");
        }
    }

    @Test
    void badThresholdsRaiseCPythonsExceptions() {
        PyException tooMany = assertThrows(PyException.class, () -> f.gc().setThreshold(1, 2, 3, 4));
        assertEquals("TypeError: set_threshold() takes at most 3 arguments (4 given)", tooMany.getMessage());
        PyException none = assertThrows(PyException.class, () -> f.gc().setThreshold());
        assertEquals("TypeError: set_threshold() takes at least 1 argument (0 given)", none.getMessage());
        PyException big = assertThrows(PyException.class, () -> f.gc().setThreshold(1L << 31));
        assertEquals("OverflowError: signed integer is greater than maximum", big.getMessage());
        PyException small = assertThrows(PyException.class, () -> f.gc().setThreshold(700, -(1L << 31) - 1));
        assertEquals("OverflowError: signed integer is less than minimum", small.getMessage());
        assertEquals(List.of(700L, 10L, 10L), f.gc().getThreshold(), "a rejected call changes nothing");
    }

    @Test
    void thresholdsAndDebugFlagsAreStored() {
        assertEquals(List.of(700L, 10L, 10L), f.gc().getThreshold());
        f.gc().setThreshold(500);
        assertEquals(List.of(500L, 10L, 10L), f.gc().getThreshold());
        f.gc().disable();
        assertEquals(false, f.gc().isenabled());
        f.gc().enable();
        f.gc().setDebug(PyGc.DEBUG_STATS);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        f.heap.setGcDebugOutput(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        f.gc().collect();
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
        assertEquals("gc: collecting generation 2...", lines[0]);
        assertEquals(true, lines[1].startsWith("gc: objects in each generation: "));
        assertEquals("gc: objects in permanent generation: 0", lines[2]);
        assertEquals(true, lines[3].matches("gc: done, 0 unreachable, 0 uncollectable, \\d+\\.\\d{4}s elapsed"), lines[3]);
    }
}

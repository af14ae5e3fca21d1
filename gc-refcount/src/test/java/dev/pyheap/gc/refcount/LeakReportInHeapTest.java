package dev.pyheap.gc.refcount;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leak report in a real heap: the seed articles' cycles (the five articles the project implements, kept beside the repository), which reference
 * counting never frees, are reported on request and when the heap closes; and the report is safe
 * to take while the trashcan defers a teardown. (These lived in the runtime's tests, when those
 * could use this collector.)
 */
final class LeakReportInHeapTest {

    @Test
    void seed002TwoListsAppendedToEachOtherStayAliveUnderRefcount() {
        try (HeapFixture f = new HeapFixture("refcount")) {
            PyThreadState t = f.t;
            long lists = f.countByType("list"); // gc.garbage is one
            try (Handle a = t.newStr("a"); Handle b = t.newStr("b"); Handle x = t.newStr("x"); Handle y = t.newStr("y");
                 Handle l1 = t.newList(a, b); Handle l2 = t.newList(x, y)) {
                t.append(l1, l2);
                try (Handle item = t.getitem(l1, 2)) {
                    assertEquals(l2.id(), item.id());
                }
                t.append(l2, l1);
                assertEquals("['a', 'b', ['x', 'y', [...]]]", t.repr(l1));
                assertEquals("['x', 'y', ['a', 'b', [...]]]", t.repr(l2));
            }
            assertEquals(0, f.gc().collect(), "refcount never reclaims cycles");
            // the two lists, and the thread state's repr list that the first repr made (Py_ReprEnter's, as in CPython)
            assertEquals(lists + 3, f.countByType("list"));
            assertEquals("1 cycle of 2 objects: list 2", f.heap.metrics().collector().leakReport().orElseThrow().format());
        }
    }

    @Test
    void seed004PersonAndDogCycleSurvivesUnderRefcount() {
        HeapFixture f = new HeapFixture("refcount");
        try (f) {
            PyThreadState t = f.t;
            try (Handle person = t.newClass("Person"); Handle dog = t.newClass("Dog");
                 Handle p = t.call(person); Handle d = t.call(dog)) {
                t.setGlobal("Person", person); // class statements bind module globals
                t.setGlobal("Dog", dog);
                t.setattr(p, "pet", d);
                t.setattr(d, "master", p);
            }
            assertEquals(0, f.gc().collect());
            assertEquals(1, f.countByType("Person"));
            assertEquals(1, f.countByType("Dog"));
            assertEquals("1 cycle of 2 objects: Dog 1, Person 1", f.heap.metrics().collector().leakReport().orElseThrow().format());
        }
        List<String> report = f.closeReport();
        assertTrue(report.stream().anyMatch(l -> l.contains("could never free 1 cycle of 2 objects: Dog 1, Person 1")),
                report.toString());
    }

    @Test
    void objectsTheTrashcanDefersAreUntrackedWhileTheyWait() {
        List<String> events = new ArrayList<>();
        List<String> unraisable = new ArrayList<>();
        try (HeapFixture f = new HeapFixture("refcount")) {
            PyThreadState t = f.t;
            f.heap.setUnraisableHook((message, error, id) -> unraisable.add(message + " / " + error.getMessage()));
            // [a, [[[...60 deep...]]]]: items go last to first, so the chain's deepest lists wait on the
            // deferred stack, at refcount 0, while a's finalizer examines the tracked objects.
            try (Handle cls = t.newClass("A", (thread, self) ->
                    events.add("leaks " + thread.heap().metrics().collector().leakReport().orElseThrow().objects()))) {
                Handle a = t.call(cls);
                HeapFixture.NestedLists chain = f.nestedLists(60);
                chain.innermost().close();
                Handle head = chain.outermost();
                Handle outer = t.newList(a, head);
                a.close();
                head.close();
                outer.close();
            }
        }
        assertEquals(List.of("leaks 0"), events);
        assertEquals(List.of(), unraisable);
    }
}

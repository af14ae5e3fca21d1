package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed articles' examples (../shared/seeds/), as module-level code under the refcount collector. */
final class SeedExamplesTest extends HeapTest {

    private long countByType(String type) {
        long n = 0;
        for (Handle h : f.gc().getObjects()) {
            if (h.typeName().equals(type)) {
                n++;
            }
            h.close();
        }
        return n;
    }

    @Test
    void seed000AssignmentSharesAndPlusEqualsRebinds() {
        try (Handle ten = t.newInt(10)) {
            t.setGlobal("x", ten);
        }
        try (Handle x = t.getGlobal("x")) {
            t.setGlobal("y", x);
        }
        try (Handle x = t.getGlobal("x"); Handle y = t.getGlobal("y")) {
            assertEquals(x.id(), y.id(), "x and y refer to the same object");
            try (Handle eleven = t.newInt((Long) t.javaValue(x) + 1)) {
                t.setGlobal("x", eleven);
            }
        }
        try (Handle x = t.getGlobal("x"); Handle y = t.getGlobal("y")) {
            assertFalse(t.is(x, y), "x and y do not refer to the same object");
            assertEquals(11L, t.javaValue(x));
            assertEquals(10L, t.javaValue(y));
        }
    }

    @Test
    void seed004RefcountsOfPersonAre2Then3Then2() {
        try (Handle person = t.newClass("Person"); Handle p = t.call(person)) {
            t.setGlobal("Person", person);
            t.setGlobal("p1", p);
        }
        try (Handle p1 = t.getGlobal("p1")) {
            assertEquals(2, f.sys().getrefcount(p1));
            t.setGlobal("p2", p1);
            assertEquals(3, f.sys().getrefcount(p1));
            t.delGlobal("p2");
            assertEquals(2, f.sys().getrefcount(p1));
        }
        t.delGlobal("p1");
        assertEquals(0, countByType("Person"), "del p1 destroyed it");
    }

    @Test
    void seed002TwoListsAppendedToEachOtherStayAliveUnderRefcount() {
        long lists = countByType("list"); // gc.garbage is one
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
        assertEquals(lists + 2, countByType("list"));
        assertEquals("1 cycle of 2 objects: list 2", f.heap.metrics().collector().leakReport().orElseThrow().format());
    }

    @Test
    void seed004PersonAndDogCycleSurvivesUnderRefcount() {
        try (Handle person = t.newClass("Person"); Handle dog = t.newClass("Dog");
             Handle p = t.call(person); Handle d = t.call(dog)) {
            t.setGlobal("Person", person); // class statements bind module globals
            t.setGlobal("Dog", dog);
            t.setattr(p, "pet", d);
            t.setattr(d, "master", p);
        }
        assertEquals(0, f.gc().collect());
        assertEquals(1, countByType("Person"));
        assertEquals(1, countByType("Dog"));
        assertEquals("1 cycle of 2 objects: Dog 1, Person 1", f.heap.metrics().collector().leakReport().orElseThrow().format());
        List<String> report = f.closeHeapChecked();
        assertTrue(report.stream().anyMatch(l -> l.contains("could never free 1 cycle of 2 objects: Dog 1, Person 1")), report.toString());
    }
}

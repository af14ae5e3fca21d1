package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The seed articles' examples (the five articles the project implements, kept beside the repository), as module-level code. The two whose cycles
 * reference counting leaks are tested with the {@code refcount} collector's leak report, in
 * gc-refcount's LeakReportInHeapTest.
 */
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
}

package dev.pyheap.api.gc;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LeakReportTest {

    private static LeakReport report(long objects, long groups, Map<String, Long> byType) {
        return new LeakReport(objects, groups, new TreeMap<>(byType));
    }

    @Test
    void typesByCountDescendingThenByName() {
        assertEquals("3 objects in 2 cycles: list 2, Person 1",
                report(3, 2, Map.of("Person", 1L, "list", 2L)).format());
        assertEquals("6 objects in 1 cycle: Dog 2, Person 2, dict 1, list 1",
                report(6, 1, Map.of("list", 1L, "dict", 1L, "Person", 2L, "Dog", 2L)).format());
    }

    @Test
    void singularForms() {
        assertEquals("1 object in 1 cycle: list 1", report(1, 1, Map.of("list", 1L)).format());
        assertEquals("2 objects in 1 cycle: list 2", report(2, 1, Map.of("list", 2L)).format());
    }

    @Test
    void nothingLeaked() {
        assertEquals("no unreclaimable objects", LeakReport.empty().format());
        assertEquals(LeakReport.empty(), report(0, 0, Map.of()));
    }

    @Test
    void theMapIsAnUnmodifiableCopy() {
        TreeMap<String, Long> types = new TreeMap<>(Map.of("list", 2L));
        LeakReport r = new LeakReport(2, 1, types);
        types.put("dict", 5L);
        assertEquals(Map.of("list", 2L), r.byType());
        assertThrows(UnsupportedOperationException.class, () -> r.byType().put("x", 1L));
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertEquals("the counts by type add up to 2, not 3",
                assertThrows(IllegalArgumentException.class, () -> report(3, 1, Map.of("list", 2L))).getMessage());
        assertEquals("2 objects cannot form 3 groups",
                assertThrows(IllegalArgumentException.class, () -> report(2, 3, Map.of("list", 2L))).getMessage());
        assertEquals("2 objects cannot form 0 groups",
                assertThrows(IllegalArgumentException.class, () -> report(2, 0, Map.of("list", 2L))).getMessage());
        assertEquals("type list has count 0; types with no object are left out",
                assertThrows(IllegalArgumentException.class, () -> report(0, 0, Map.of("list", 0L))).getMessage());
    }

    @Test
    void destroyResultTotalAddsTheFreedCallbackWeakrefs() {
        assertEquals(3, new DestroyResult(2, 1, 1).totalCollected());
        assertThrows(IllegalArgumentException.class, () -> new DestroyResult(-1, 0, 0));
    }
}

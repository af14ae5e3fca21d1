package dev.pyheap.api.gc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeakReportTest {

    private static LeakReport.Shape shape(long cycles, Map<String, Long> byType) {
        return new LeakReport.Shape(cycles, new TreeMap<>(byType));
    }

    private static LeakReport report(Map<String, Long> shared, LeakReport.Shape... shapes) {
        return LeakReport.of(List.of(shapes), new TreeMap<>(shared));
    }

    @Test
    void oneShapeIsTheWholeLine() {
        assertEquals("100,000 cycles of 2 objects: Dog 1, Person 1",
                report(Map.of(), shape(100_000, Map.of("Person", 1L, "Dog", 1L))).format());
        LeakReport r = report(Map.of(), shape(100_000, Map.of("Person", 1L, "Dog", 1L)));
        assertEquals(200_000, r.objects());
        assertEquals(100_000, r.groups());
        assertEquals(Map.of("Dog", 100_000L, "Person", 100_000L), r.byType());
    }

    @Test
    void typesByCountDescendingThenByNameAndShapesBiggestFirst() {
        assertEquals("6 objects in 2 cycles: 1 cycle of 4 objects: Dog 2, Person 2; 1 cycle of 2 objects: dict 1, list 1",
                report(Map.of(), shape(1, Map.of("list", 1L, "dict", 1L)),
                        shape(1, Map.of("Person", 2L, "Dog", 2L))).format());
        assertEquals("1,002 objects in 1,000 cycles: 1,000 cycles of 1 object: list 1; 2 objects shared by several"
                        + " cycles: type 2",
                report(Map.of("type", 2L), shape(1000, Map.of("list", 1L))).format());
    }

    @Test
    void singularForms() {
        assertEquals("1 cycle of 1 object: list 1", report(Map.of(), shape(1, Map.of("list", 1L))).format());
        assertEquals("1 cycle of 2 objects: list 2", report(Map.of(), shape(1, Map.of("list", 2L))).format());
        assertEquals("2 objects in 1 cycle: 1 cycle of 1 object: list 1; 1 object shared by several cycles: dict 1",
                report(Map.of("dict", 1L), shape(1, Map.of("list", 1L))).format());
    }

    @Test
    void pastTenShapesTheRestIsSummedUp() {
        List<LeakReport.Shape> shapes = new ArrayList<>();
        for (int size = 1; size <= 13; size++) {
            shapes.add(shape(1, Map.of("Node", (long) size)));
        }
        String line = LeakReport.of(shapes, new TreeMap<>()).format();
        assertTrue(line.startsWith("91 objects in 13 cycles: 1 cycle of 13 objects: Node 13; 1 cycle of 12 objects:"), line);
        assertEquals("; 1 cycle of 4 objects: Node 4; and 3 more shapes (3 cycles, 6 objects)",
                line.substring(line.indexOf("; 1 cycle of 4 objects")));
    }

    @Test
    void nothingLeaked() {
        assertEquals("no unreclaimable objects", LeakReport.empty().format());
        assertEquals(LeakReport.empty(), report(Map.of()));
        assertEquals(0, LeakReport.empty().groups());
    }

    @Test
    void theMapsAreUnmodifiableCopies() {
        TreeMap<String, Long> types = new TreeMap<>(Map.of("list", 2L));
        LeakReport.Shape s = new LeakReport.Shape(1, types);
        types.put("dict", 5L);
        assertEquals(Map.of("list", 2L), s.byType());
        assertThrows(UnsupportedOperationException.class, () -> s.byType().put("x", 1L));
        LeakReport r = LeakReport.of(List.of(s), new TreeMap<>());
        assertThrows(UnsupportedOperationException.class, () -> r.byType().put("x", 1L));
        assertThrows(UnsupportedOperationException.class, () -> r.shapes().add(s));
    }

    @Test
    void inconsistentCountsAreRefused() {
        List<LeakReport.Shape> one = List.of(shape(1, Map.of("list", 2L)));
        TreeMap<String, Long> none = new TreeMap<>();
        assertEquals("the counts by type add up to 2, not 3", assertThrows(IllegalArgumentException.class,
                () -> new LeakReport(3, 1, new TreeMap<>(Map.of("list", 2L)), one, none)).getMessage());
        assertEquals("the shapes hold 1 cycles, not 3", assertThrows(IllegalArgumentException.class,
                () -> new LeakReport(2, 3, new TreeMap<>(Map.of("list", 2L)), one, none)).getMessage());
        assertEquals("the shapes and the shared objects add up to {list=2}, not {dict=2}",
                assertThrows(IllegalArgumentException.class,
                        () -> new LeakReport(2, 1, new TreeMap<>(Map.of("dict", 2L)), one, none)).getMessage());
        assertEquals("2 objects hang from no cycle", assertThrows(IllegalArgumentException.class,
                () -> LeakReport.of(List.of(), new TreeMap<>(Map.of("list", 2L)))).getMessage());
        assertEquals("type list has count 0; types with no object are left out",
                assertThrows(IllegalArgumentException.class, () -> shape(1, Map.of("list", 0L))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> shape(0, Map.of("list", 1L)));
    }

    @Test
    void destroyResultTotalAddsTheFreedCallbackWeakrefs() {
        assertEquals(3, new DestroyResult(2, 1, 1).totalCollected());
        assertThrows(IllegalArgumentException.class, () -> new DestroyResult(-1, 0, 0));
    }
}

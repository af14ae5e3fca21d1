package dev.pyheap.api.gc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a collector can never free, e.g. the cyclic garbage reference counting leaks, counted in
 * independent cycles.
 *
 * <h2>What an independent cycle is</h2>
 * Take the leaked objects and the references between them. A <em>cycle</em> is a strongly connected
 * component of that graph that contains a cycle (two or more objects that reach one another, or one
 * object that refers to itself): its objects can only be freed together, by breaking one of its
 * references, and breaking another component never frees it. So each is counted apart, even when
 * one cycle refers to another. The leaked objects on no cycle hang from cycles: an object that
 * hangs from one cycle only (through other such objects or directly), such as the payload of a node
 * in a ring, is counted with that cycle, since it is freed with it; one that hangs from several,
 * such as the class of the instances of 100,000 Person-Dog pairs once the class itself is garbage,
 * is counted apart as <em>shared</em>. (Counting weakly connected groups instead would make those
 * 100,000 pairs one group through their shared class.)
 *
 * <h2>Shapes</h2>
 * Cycles with the same number of objects of each type have the same {@link Shape}; the report keeps
 * one entry per shape with its number of cycles, biggest first, so a million leaked pairs read as
 * {@code 1,000,000 cycles of 2 objects: Dog 1, Person 1}.
 *
 * @param objects the objects that can never be freed
 * @param groups  the independent cycles among them
 * @param byType  objects by type name ({@link HeapBinding#typeName}); the counts add up to {@code objects}
 * @param shapes  the cycles by shape, biggest total first; their cycles add up to {@code groups}
 * @param shared  by type, the objects on no cycle that hang from several cycles
 */
public record LeakReport(long objects, long groups, SortedMap<String, Long> byType, List<Shape> shapes,
                         SortedMap<String, Long> shared) {

    /** Shapes listed by {@link #format()}; the rest are summed up in one clause. */
    public static final int LISTED_SHAPES = 10;

    /**
     * Cycles alike: how many there are, and the objects of one of them (with what hangs from it
     * alone) by type.
     */
    public record Shape(long cycles, SortedMap<String, Long> byType) {
        public Shape {
            if (cycles < 1 || byType.isEmpty()) {
                throw new IllegalArgumentException("a shape needs at least one cycle of at least one object");
            }
            byType = checkedCounts(byType);
        }

        /** The objects in one such cycle. */
        public long objectsPerCycle() {
            return sum(byType);
        }

        /** The objects in all such cycles. */
        public long objects() {
            return cycles * objectsPerCycle();
        }

        /** {@code 100,000 cycles of 2 objects: Dog 1, Person 1}; {@code 1 cycle of 1 object: list 1}. */
        public String format() {
            return count(cycles, "cycle") + " of " + count(objectsPerCycle(), "object") + ": " + types(byType);
        }
    }

    public LeakReport {
        byType = checkedCounts(byType);
        shared = checkedCounts(shared);
        List<Shape> sorted = new ArrayList<>(shapes);
        sorted.sort(Comparator.comparingLong(Shape::objects).reversed()
                .thenComparing(Comparator.comparingLong(Shape::cycles).reversed())
                .thenComparing(Shape::format));
        shapes = List.copyOf(sorted);
        if (objects != sum(byType)) {
            throw new IllegalArgumentException("the counts by type add up to " + sum(byType) + ", not " + objects);
        }
        long cycles = 0;
        TreeMap<String, Long> total = new TreeMap<>(shared);
        for (Shape s : shapes) {
            cycles += s.cycles();
            s.byType().forEach((type, n) -> total.merge(type, s.cycles() * n, Long::sum));
        }
        if (cycles != groups) {
            throw new IllegalArgumentException("the shapes hold " + cycles + " cycles, not " + groups);
        }
        if (!total.equals(byType)) {
            throw new IllegalArgumentException("the shapes and the shared objects add up to " + total + ", not "
                    + byType);
        }
        if (objects > 0 && groups == 0) {
            throw new IllegalArgumentException(objects + " objects hang from no cycle");
        }
    }

    /** The report of {@code shapes} and {@code shared}, with the totals computed. */
    public static LeakReport of(List<Shape> shapes, SortedMap<String, Long> shared) {
        TreeMap<String, Long> byType = new TreeMap<>(shared);
        long groups = 0;
        for (Shape s : shapes) {
            groups += s.cycles();
            s.byType().forEach((type, n) -> byType.merge(type, s.cycles() * n, Long::sum));
        }
        return new LeakReport(sum(byType), groups, byType, shapes, shared);
    }

    /** The report of a heap with nothing unreclaimable. */
    public static LeakReport empty() {
        return of(List.of(), new TreeMap<>());
    }

    /**
     * One line. One shape and nothing shared: the shape alone,
     * {@code 100,000 cycles of 2 objects: Dog 1, Person 1}. Otherwise the totals, then each shape
     * and the shared objects: {@code 200,002 objects in 100,000 cycles: 100,000 cycles of 2 objects:
     * Dog 1, Person 1; 2 objects shared by several cycles: type 2}. Types by count descending, then
     * by name; at most {@link #LISTED_SHAPES} shapes, then {@code and 3 more shapes (7 cycles, 40
     * objects)}. Empty: {@code no unreclaimable objects}.
     */
    public String format() {
        if (objects == 0) {
            return "no unreclaimable objects";
        }
        if (shapes.size() == 1 && shared.isEmpty()) {
            return shapes.get(0).format();
        }
        StringBuilder line = new StringBuilder();
        line.append(count(objects, "object")).append(" in ").append(count(groups, "cycle")).append(": ");
        String separator = "";
        for (Shape s : shapes.subList(0, Math.min(LISTED_SHAPES, shapes.size()))) {
            line.append(separator).append(s.format());
            separator = "; ";
        }
        if (shapes.size() > LISTED_SHAPES) {
            List<Shape> rest = shapes.subList(LISTED_SHAPES, shapes.size());
            long cycles = rest.stream().mapToLong(Shape::cycles).sum();
            long restObjects = rest.stream().mapToLong(Shape::objects).sum();
            line.append("; and ").append(count(rest.size(), "more shape")).append(" (").append(count(cycles, "cycle"))
                    .append(", ").append(count(restObjects, "object")).append(')');
        }
        if (!shared.isEmpty()) {
            line.append(separator).append(count(sum(shared), "object")).append(" shared by several cycles: ")
                    .append(types(shared));
        }
        return line.toString();
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String types(SortedMap<String, Long> byType) {
        List<Map.Entry<String, Long>> types = new ArrayList<>(byType.entrySet());
        types.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> type : types) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(type.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", type.getValue()));
        }
        return out.toString();
    }

    private static long sum(Map<String, Long> counts) {
        long sum = 0;
        for (long n : counts.values()) {
            sum += n;
        }
        return sum;
    }

    private static SortedMap<String, Long> checkedCounts(SortedMap<String, Long> counts) {
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() <= 0) {
                throw new IllegalArgumentException("type " + e.getKey() + " has count " + e.getValue()
                        + "; types with no object are left out");
            }
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}

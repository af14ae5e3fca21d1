package dev.pyheap.api.gc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a collector can never free, e.g. the cyclic garbage reference counting leaks: the objects,
 * how many groups of objects referring to one another they form, and how many there are of each
 * type.
 *
 * @param objects the objects that can never be freed
 * @param groups  connected groups among them (a cycle, with whatever hangs only from it)
 * @param byType  objects by type name ({@link HeapBinding#typeName}); the counts add up to
 *                {@code objects}. Stored as an unmodifiable copy.
 */
public record LeakReport(long objects, long groups, SortedMap<String, Long> byType) {

    public LeakReport {
        if (objects < 0 || groups < 0 || groups > objects || (objects > 0) != (groups > 0)) {
            throw new IllegalArgumentException(objects + " objects cannot form " + groups + " groups");
        }
        long sum = 0;
        for (Map.Entry<String, Long> e : byType.entrySet()) {
            if (e.getValue() == null || e.getValue() <= 0) {
                throw new IllegalArgumentException("type " + e.getKey() + " has count " + e.getValue()
                        + "; types with no object are left out");
            }
            sum += e.getValue();
        }
        if (sum != objects) {
            throw new IllegalArgumentException("the counts by type add up to " + sum + ", not " + objects);
        }
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }

    /** The report of a heap with nothing unreclaimable. */
    public static LeakReport empty() {
        return new LeakReport(0, 0, new TreeMap<>());
    }

    /**
     * One line: {@code 3 objects in 2 cycles: list 2, Person 1}, types by count descending, then
     * by name; {@code 1 object in 1 cycle: list 1}; {@code no unreclaimable objects} when empty.
     */
    public String format() {
        if (objects == 0) {
            return "no unreclaimable objects";
        }
        List<Map.Entry<String, Long>> types = new ArrayList<>(byType.entrySet());
        types.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder line = new StringBuilder();
        line.append(objects).append(objects == 1 ? " object" : " objects")
                .append(" in ").append(groups).append(groups == 1 ? " cycle" : " cycles").append(':');
        String separator = " ";
        for (Map.Entry<String, Long> type : types) {
            line.append(separator).append(type.getKey()).append(' ').append(type.getValue());
            separator = ", ";
        }
        return line.toString();
    }
}

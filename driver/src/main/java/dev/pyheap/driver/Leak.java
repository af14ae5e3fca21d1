package dev.pyheap.driver;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a workload leaves behind in a heap whose collector does not reclaim cycles ({@code refcount}):
 * the objects of the cyclic garbage it built, by type, and the allocator blocks they hold. The leak
 * check (ARCHITECTURE §8.6) compares the heap after the run with its baseline plus this; a cycle
 * collector must leave nothing.
 *
 * <p>Counts are of objects the {@code gc} module tracks ({@code gc.get_objects()}), by type name; the
 * blocks are every block they hold (an instance is two: the object and its values array; a non-empty
 * list two: the object and its item array).
 *
 * @param objectsByType tracked objects by type name; types with no object are left out
 * @param blocks        allocator blocks held by those objects and everything only they hold
 */
public record Leak(SortedMap<String, Long> objectsByType, long blocks) {

    /** Nothing left behind. */
    public static final Leak NONE = new Leak(new TreeMap<>(), 0);

    public Leak {
        TreeMap<String, Long> copy = new TreeMap<>();
        objectsByType.forEach((type, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("type " + type + " has count " + n);
            }
            if (n > 0) {
                copy.put(type, n);
            }
        });
        if (blocks < 0) {
            throw new IllegalArgumentException("negative blocks: " + blocks);
        }
        objectsByType = Collections.unmodifiableSortedMap(copy);
    }

    /** {@code count} objects of {@code type} holding {@code blocks} blocks in all. */
    public static Leak of(String type, long count, long blocks) {
        return new Leak(new TreeMap<>(Map.of(type, count)), blocks);
    }

    /** The objects, all types together. */
    public long objects() {
        return objectsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** This and {@code other} together. */
    public Leak plus(Leak other) {
        if (other.objects() == 0 && other.blocks == 0) {
            return this;
        }
        TreeMap<String, Long> sum = new TreeMap<>(objectsByType);
        other.objectsByType.forEach((type, n) -> sum.merge(type, n, Long::sum));
        return new Leak(sum, blocks + other.blocks);
    }
}

package dev.pyheap.driver;

import dev.pyheap.api.UserText;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The header key a Python program declares what it leaves behind with (see {@link #declaredIn}). */
    public static final String DECLARATION = "pyheap: leaks-without-cycle-collector";

    /**
     * What a Python program declares it leaves behind without a cycle collector, from its header
     * (the run of comment lines at its top), or empty when it declares nothing. The form:
     * <pre>
     * # pyheap: leaks-without-cycle-collector = 1 Person, 1 Dog
     * # pyheap: leaks-without-cycle-collector = 2 list
     * # pyheap: leaks-without-cycle-collector = none
     * </pre>
     * each item a count and a type name as {@code type(o).__name__} gives it, counting the objects
     * {@code gc.get_objects()} would list. The program's modules and classes are not garbage (CPython
     * too keeps them until the interpreter ends), so they are never declared. Blocks are not declared.
     *
     * @throws IllegalArgumentException naming the line when the declaration is malformed or repeated
     */
    public static Optional<Leak> declaredIn(List<String> lines) {
        Leak found = null;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (!body.startsWith(DECLARATION)) {
                continue;
            }
            String rest = body.substring(DECLARATION.length()).strip();
            if (!rest.startsWith("=") || found != null) {
                throw new IllegalArgumentException((found != null ? "a second declaration: " : "expected '= COUNT TYPE, ...': ")
                        + line.strip());
            }
            found = parseItems(rest.substring(1).strip(), line.strip());
        }
        return Optional.ofNullable(found);
    }

    private static Leak parseItems(String items, String line) {
        if (items.equals("none")) {
            return NONE;
        }
        TreeMap<String, Long> byType = new TreeMap<>();
        for (String item : items.split(",")) {
            String[] words = item.strip().split("\\s+");
            long count;
            try {
                count = words.length == 2 ? Long.parseLong(words[0]) : -1;
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || !words[1].matches("[A-Za-z_][A-Za-z0-9_.]*") || byType.containsKey(words[1])) {
                throw new IllegalArgumentException("expected 'COUNT TYPE' items separated by commas (or 'none'),"
                        + " each type once, got " + UserText.quote(item.strip()) + " in: " + line);
            }
            byType.put(words[1], count);
        }
        return new Leak(byType, 0);
    }

    /** The objects, all types together. */
    public long objects() {
        return objectsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** This {@code n} times over (a program's declaration for {@code n} calls of its {@code main()}). */
    public Leak times(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative multiplier: " + n);
        }
        TreeMap<String, Long> product = new TreeMap<>();
        objectsByType.forEach((type, count) -> product.put(type, Math.multiplyExact(count, n)));
        return new Leak(product, Math.multiplyExact(blocks, n));
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

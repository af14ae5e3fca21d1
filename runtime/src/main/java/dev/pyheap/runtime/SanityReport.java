package dev.pyheap.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link PyHeap#checkSanity()} found: whether the heap keeps the invariants of ARCHITECTURE §8,
 * how many individual checks ran, and each problem as one line naming the object, what was expected
 * and what was found, e.g. {@code refcount of <list 0x100030> is 3, expected 2 (referrers: <list
 * 0x100070> item [0], a handle)}.
 *
 * @param ok       true when no problem was found
 * @param checks   the individual checks made (one per block, reference, refcount, list link, ...): the
 *                 same heap always gives the same number
 * @param problems one line per problem, in the order found; past the first
 *                 {@value #MAX_LISTED} a last line says how many more there were
 * @param liveObjectsByType the census: every live object the checker found (reachable from a root
 *                 or in a collector list, builtin type objects and caches included), counted by
 *                 {@code type(o).__name__}, sorted by name; the leak check compares two of them
 */
public record SanityReport(boolean ok, long checks, List<String> problems, Map<String, Long> liveObjectsByType) {

    /** The most problems listed one by one. */
    public static final int MAX_LISTED = 100;

    public SanityReport {
        problems = List.copyOf(problems);
        liveObjectsByType = Collections.unmodifiableMap(new TreeMap<>(liveObjectsByType));
        if (ok != problems.isEmpty()) {
            throw new IllegalArgumentException("ok must be true exactly when there is no problem");
        }
    }

    /** The live objects the census counted, all types together. */
    public long liveObjects() {
        return liveObjectsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The report as text: one problem a line, or a line saying the heap is sane. */
    public String format() {
        if (ok) {
            return "heap is sane (" + checks + " checks)";
        }
        return "heap is not sane (" + checks + " checks):\n  " + String.join("\n  ", problems);
    }
}

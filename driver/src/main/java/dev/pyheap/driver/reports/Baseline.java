package dev.pyheap.driver.reports;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The heap as a run found it, after the program's load and a full collection: the tracked objects
 * ({@code gc.get_objects()}) by type name, their ids, and {@code sys.getallocatedblocks()}.
 *
 * <p>Ids are addresses, which the allocator reuses: an object made during the run at the address
 * of a baseline object that was freed looks like a baseline object to {@link #contains}. The counts
 * by type are exact; {@link RetentionReport} uses the counts for its numbers and the ids only to pick
 * objects to explain.
 *
 * @param byType tracked objects by type name
 * @param ids    the ids of those objects
 * @param blocks allocated blocks
 */
public record Baseline(SortedMap<String, Long> byType, Set<Long> ids, long blocks) {
    public Baseline {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
        ids = Set.copyOf(ids);
    }

    /** Takes the census of the heap now; the caller holds the GIL. */
    public static Baseline take(PyHeap heap) {
        TreeMap<String, Long> byType = new TreeMap<>();
        Set<Long> ids = new HashSet<>();
        for (Handle h : heap.gc().getObjects()) {
            byType.merge(h.typeName(), 1L, Long::sum);
            ids.add(h.id());
            h.close();
        }
        return new Baseline(byType, ids, heap.sys().getallocatedblocks());
    }

    /** {@code this - base} by type, types with no difference left out. */
    public SortedMap<String, Long> minus(Baseline base) {
        TreeMap<String, Long> diff = new TreeMap<>(byType);
        base.byType.forEach((type, n) -> diff.merge(type, -n, Long::sum));
        diff.values().removeIf(n -> n == 0);
        return diff;
    }

    /** Whether {@code obj}'s id was the id of a baseline object. */
    public boolean contains(Handle obj) {
        return ids.contains(obj.id());
    }
}

package dev.pyheap.driver;

import dev.pyheap.runtime.Handle;

import java.util.Set;
import java.util.SortedMap;

/**
 * The heap as a run found it, after the program's load and a full collection: the tracked objects
 * ({@code gc.get_objects()}) by type name, their ids, and {@code sys.getallocatedblocks()}.
 *
 * <p>Ids are addresses, which the allocator reuses: an object made during the run at the address
 * of a baseline object that was freed looks like a baseline object to {@link #contains}. The counts
 * by type are exact; {@link LeakReport} uses the counts for its numbers and the ids only to pick
 * objects to explain.
 *
 * @param byType tracked objects by type name
 * @param ids    the ids of those objects
 * @param blocks allocated blocks
 */
public record Baseline(SortedMap<String, Long> byType, Set<Long> ids, long blocks) {
    public Baseline {
        byType = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byType));
        ids = Set.copyOf(ids);
    }

    /** Whether {@code obj}'s id was the id of a baseline object. */
    public boolean contains(Handle obj) {
        return ids.contains(obj.id());
    }
}

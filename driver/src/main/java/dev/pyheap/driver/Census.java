package dev.pyheap.driver;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;

import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the leak check compares: the objects the {@code gc} module tracks, by type name, and the
 * blocks allocated ({@code sys.getallocatedblocks()}). Untracked objects (ints, floats, str) are
 * counted only in the blocks; the sanity checker's refcount check finds an untracked object
 * wrongly kept alive.
 *
 * @param byType tracked objects by type name
 * @param ids    the tracked objects' ids
 * @param blocks allocated blocks
 */
record Census(SortedMap<String, Long> byType, Set<Long> ids, long blocks) {

    /** Takes the census; the caller holds the GIL. */
    static Census take(PyHeap heap) {
        TreeMap<String, Long> byType = new TreeMap<>();
        Set<Long> ids = new HashSet<>();
        for (Handle h : heap.gc().getObjects()) {
            byType.merge(h.typeName(), 1L, Long::sum);
            ids.add(h.id());
            h.close();
        }
        return new Census(byType, ids, heap.sys().getallocatedblocks());
    }

    /** The public view an observer gets. */
    Baseline baseline() {
        return new Baseline(byType, ids, blocks);
    }

    /** {@code this - base} by type, types with no difference left out. */
    SortedMap<String, Long> minus(Census base) {
        TreeMap<String, Long> diff = new TreeMap<>(byType);
        base.byType.forEach((type, n) -> diff.merge(type, -n, Long::sum));
        diff.values().removeIf(n -> n == 0);
        return diff;
    }
}

package dev.pyheap.gc.refcount;

import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the objects of a leaked set by type and splits them into groups of objects that refer to
 * one another: the "N objects in M cycles" of the {@code refcount} collector's report.
 *
 * <h2>Groups</h2>
 * A group is a connected component of the set's reference graph with directions ignored: a cycle
 * together with whatever hangs only from it (say, a dict only the cycle holds) is one
 * group, and so are two cycles joined by a reference. Components are found with a union-find
 * (disjoint-set forest) over array indices:
 * <pre>
 *   members  long[n]  the objects' addresses, sorted: index = position (binary search)
 *   parent   int[n]   parent[i] == i for a group's root; otherwise a step towards it
 *   size     int[n]   objects under a root, so the smaller tree hangs under the larger
 * </pre>
 * <ol>
 * <li>Every object starts as its own group.
 * <li>Each object is traversed once; each referent inside the set (it still carries COLLECTING,
 *     which only members of the set have here, and it is found in {@code members}) is united with
 *     the object: both roots are found, halving the path on the way, and the smaller tree is hung
 *     under the larger one.
 * <li>The groups are the roots left; types are counted with {@link HeapBinding#typeName}.
 * </ol>
 * Union by size with path halving keeps each find near-constant, so a census of n objects and e
 * references costs O((n + e) log n), the log n for the binary searches. No recursion, and no memory
 * beyond the three arrays: the headers are only read.
 *
 * <p>Runs on an ordinary list whose objects carry COLLECTING (as
 * {@link dev.pyheap.api.gc.mechanism.InternalReferences#deduceUnreachable} leaves its unreachable
 * list); it changes nothing in the heap.
 */
final class LeakCensus {
    private final HeapBinding binding;
    private final Memory memory;
    private final long[] members;
    private final int[] parent;
    private final int[] size;

    LeakCensus(HeapBinding binding, GcList leaked) {
        this.binding = binding;
        this.memory = binding.memory();
        this.members = leaked.objects();
        Arrays.sort(members);
        this.parent = new int[members.length];
        this.size = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    LeakReport report() {
        UniteVisitor visitor = new UniteVisitor();
        for (int i = 0; i < members.length; i++) {
            visitor.from = i;
            binding.traverse(members[i], visitor);
        }
        long groups = 0;
        SortedMap<String, Long> byType = new TreeMap<>();
        for (int i = 0; i < members.length; i++) {
            if (parent[i] == i) {
                groups++;
            }
            byType.merge(binding.typeName(members[i]), 1L, Long::sum);
        }
        return new LeakReport(members.length, groups, byType);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void unite(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return;
        }
        if (size[rootA] < size[rootB]) {
            int t = rootA;
            rootA = rootB;
            rootB = t;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
    }

    /** Unites the object being traversed with each referent inside the set. */
    private final class UniteVisitor implements ReferentVisitor {
        int from;

        @Override
        public void visit(long referent) {
            if (!GcHeader.isCollecting(memory, referent)) {
                return; // reachable, frozen or untracked: outside the set
            }
            int to = Arrays.binarySearch(members, referent);
            if (to >= 0) {
                unite(from, to);
            }
        }
    }
}

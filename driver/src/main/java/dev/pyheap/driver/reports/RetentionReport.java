package dev.pyheap.driver.reports;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objgraph.Chain;
import dev.pyheap.runtime.objgraph.GraphOptions;
import dev.pyheap.runtime.objgraph.RootNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a run left alive: after a full collection, the tracked objects beyond the {@link Baseline},
 * grouped by type, each group with one back-reference chain from a root to one of its objects
 * (objgraph's {@code find_backref_chain}), so the report says not only what stayed but who holds it:
 * the objects a run retained and their retention paths. (Not the collector's own leak report, the
 * cycles counted by a collector that never reclaims them.)
 * Plain values; the CLI prints them ({@code pyheap run --leaks}).
 *
 * <h2>Taking it</h2>
 * <ol>
 * <li>A full collection ({@code gc.collect()}): what a cycle collector can free is gone.
 * <li>One pass over {@code gc.get_objects()}: counts by type; for each type, the first object whose
 *     id is not a baseline id is kept as the group's example.
 * <li>Groups: the types whose count exceeds the baseline's, biggest excess first (then by name);
 *     the count is that excess (exact; ids only choose the example, see {@link Baseline}).
 * <li>For each group, the shortest back-reference chain from a root (a global, a frame's local, a
 *     handle, ...) to the example, at most {@code maxDepth} references long. No chain means no root
 *     reaches the example: garbage a collector that never reclaims cycles keeps
 *     ({@code unreachable cycle (refcount never frees it)}).
 * <li>With a graph asked for, the DOT text of the back references of the biggest group's example.
 * </ol>
 * Each search is O(heap); the report makes one per group. Call with the GIL held.
 *
 * @param groups   biggest first
 * @param graphDot the back-reference graph of the biggest group's example (DOT), or null when not
 *                 asked for or there is no group
 */
public record RetentionReport(List<Group> groups, String graphDot) {

    /** The longest chain looked for. */
    public static final int MAX_DEPTH = 50;

    public RetentionReport {
        groups = List.copyOf(groups);
    }

    /**
     * One type's objects beyond the baseline.
     *
     * @param type  the type's short name
     * @param count how many more than in the baseline
     * @param chain the chain from a root to an example, or null when none was found
     * @param why   when there is no chain, why: {@code unreachable cycle (refcount never frees it)} or
     *              {@code no root within 50 references}
     */
    public record Group(String type, long count, String chain, String why) {
        public Group {
            Objects.requireNonNull(type, "type");
            if ((chain == null) == (why == null)) {
                throw new IllegalArgumentException("a group has a chain or a reason, not both");
            }
        }

        /** The chain, or the reason there is none. */
        public String explanation() {
            return chain != null ? chain : why;
        }
    }

    /** Takes the report (see the class comment); {@code graph} asks for the DOT text too. */
    public static RetentionReport take(PyHeap heap, Baseline baseline, boolean graph) {
        heap.gc().collect();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Handle> examples = new LinkedHashMap<>();
        Map<String, Handle> fallbacks = new LinkedHashMap<>();
        for (Handle h : heap.gc().getObjects()) {
            String type = h.typeName();
            counts.merge(type, 1L, Long::sum);
            Map<String, Handle> into = baseline.contains(h) ? fallbacks : examples;
            if (into.putIfAbsent(type, h) != null) {
                h.close();
            }
        }
        List<Map.Entry<String, Long>> excess = new ArrayList<>();
        counts.forEach((type, n) -> {
            long more = n - baseline.byType().getOrDefault(type, 0L);
            if (more > 0) {
                excess.add(Map.entry(type, more));
            }
        });
        excess.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        List<Handle> held = new ArrayList<>(examples.values());
        held.addAll(fallbacks.values());
        try {
            List<Group> groups = new ArrayList<>();
            String dot = null;
            boolean keepsCycles = heap.metrics().collector().leakReport().isPresent();
            for (Map.Entry<String, Long> e : excess) {
                Handle example = examples.getOrDefault(e.getKey(), fallbacks.get(e.getKey()));
                List<Handle> others = held.stream().filter(h -> h != example).toList();
                Chain chain = heap.objgraph().findBackrefChain(example, n -> n instanceof RootNode, MAX_DEPTH, others);
                String why = null;
                if (!chain.found()) {
                    why = keepsCycles
                            ? "unreachable cycle (" + heap.metrics().collector().name() + " never frees it)"
                            : String.format(Locale.ROOT, "no root within %d references", MAX_DEPTH);
                }
                groups.add(new Group(e.getKey(), e.getValue(), chain.found() ? chain.format() : null, why));
                if (graph && dot == null) {
                    dot = heap.objgraph().backrefsGraph(List.of(example), GraphOptions.DEFAULT.withMaxDepth(6));
                }
            }
            return new RetentionReport(groups, dot);
        } finally {
            held.forEach(Handle::close);
        }
    }

    /** The objects in all groups. */
    public long objects() {
        return groups.stream().mapToLong(Group::count).sum();
    }
}

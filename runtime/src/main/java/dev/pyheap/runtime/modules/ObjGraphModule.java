package dev.pyheap.runtime.modules;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.RootKind;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objgraph.Chain;
import dev.pyheap.runtime.objgraph.DotWriter;
import dev.pyheap.runtime.objgraph.GraphOptions;
import dev.pyheap.runtime.objgraph.Growth;
import dev.pyheap.runtime.objgraph.Node;
import dev.pyheap.runtime.objgraph.ObjGraph;
import dev.pyheap.runtime.objgraph.ObjectNode;
import dev.pyheap.runtime.objgraph.RootNode;
import dev.pyheap.runtime.objgraph.TypeCount;
import dev.pyheap.runtime.gc.Binding;
import dev.pyheap.runtime.state.InterpreterState;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * objgraph for one heap. The counting functions walk the collector's lists, as objgraph walks
 * {@code gc.get_objects()}; chains and graphs search a {@link ReferenceGraph} built for the call.
 *
 * <h2>Chains (breadth first, as objgraph's {@code _find_chain})</h2>
 * <pre>
 *   queue = [obj]; depth[obj] = 0
 *   while queue: n = pop
 *       predicate(n)?            -> the chain is n, parent(n), ..., obj
 *       n a root or depth = max  -> next
 *       each root holding n, then each object referring to n (backward) / referred to by n
 *       (forward), not seen yet: depth + 1, parent n, queue it
 *   nothing found                -> [obj], found = false
 * </pre>
 * Roots are offered before objects, so of equally short chains one ending at a root wins. A
 * back-reference chain that starts at the globals dict names the global instead
 * ({@code global 'registry' -> list[3]} rather than {@code globals -> dict['registry'] -> list[3]}).
 *
 * <p>{@link #peakStats} is objgraph's module-level {@code peak_stats} dict, one per heap.
 */
public final class ObjGraphModule implements ObjGraph {
    private static final int REPR_LIMIT = 40;

    private final InterpreterState heap;
    private final ObjectSpace space;
    private final Binding binding;
    private final GcModule gc;
    private final Map<String, Long> peakStats = new HashMap<>();

    public ObjGraphModule(InterpreterState heap, Binding binding, GcModule gc) {
        this.heap = heap;
        this.space = heap.space();
        this.binding = binding;
        this.gc = gc;
    }

    private void requireQuietGil() {
        heap.requireQuietPoint("objgraph");
    }

    // ------------------------------------------------------------------ names

    /** {@code type(o).__name__}: a static type's {@code tp_name} after its last dot. */
    private String shortName(long o) {
        PyType t = space.typeOf(o);
        return t.hasFlag(PyType.HEAPTYPE) ? t.name : t.name.substring(t.name.lastIndexOf('.') + 1);
    }

    /**
     * objgraph's {@code module.name}: a static type's dotted {@code tp_name} as it is (its module
     * is the part before the last dot), else {@code builtins.}; a class's {@code __module__}, or
     * {@code __main__} for a class made without one ({@code newClass}).
     */
    private String longName(long o) {
        PyType t = space.typeOf(o);
        if (!t.hasFlag(PyType.HEAPTYPE)) {
            return t.name.indexOf('.') >= 0 ? t.name : "builtins." + t.name;
        }
        long module = t.dict() == 0 ? 0 : space.dictType.getItemString(t.dict(), "__module__");
        return (module != 0 && space.strType.check(module) ? space.strType.value(module) : "__main__") + "." + t.name;
    }

    private String typeName(long o, String wanted) {
        return wanted.indexOf('.') >= 0 ? longName(o) : shortName(o);
    }

    /**
     * objgraph's {@code _short_repr}: a class's name, the length of a list, tuple, dict or set
     * ({@code isinstance(obj, (list, tuple, dict, set))}), else the repr cut to 40.
     */
    private String summary(long o) {
        if (space.typeType.check(o)) {
            PyType described = space.typeType.described(o);
            return described == null ? "?" : described.name;
        }
        if (space.listType.check(o) || space.tupleType.check(o) || space.dictType.check(o) || space.setType.check(o)) {
            return Abstract.length(space, o) + " items";
        }
        String r = Abstract.repr(space, o);
        return r.length() > REPR_LIMIT ? r.substring(0, REPR_LIMIT) : r;
    }

    private ObjectNode node(long o) {
        return new ObjectNode(o, shortName(o), summary(o));
    }

    // ------------------------------------------------------------------ counting

    /** {@code gc.get_objects()}: tracked objects outside the permanent generation, in the collector's order. */
    private long[] trackedObjects() {
        long[][] out = {new long[256]};
        int[] n = {0};
        heap.gcState().forEachObject(-1, o -> {
            if (n[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], n[0] * 2);
            }
            out[0][n[0]++] = o;
        });
        return Arrays.copyOf(out[0], n[0]);
    }

    @Override
    public long count(String typename) {
        requireQuietGil();
        long n = 0;
        for (long o : trackedObjects()) {
            if (typeName(o, typename).equals(typename)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Map<String, Long> typestats(boolean shortnames) {
        requireQuietGil();
        Map<String, Long> stats = new LinkedHashMap<>();
        for (long o : trackedObjects()) {
            stats.merge(shortnames ? shortName(o) : longName(o), 1L, Long::sum);
        }
        return stats;
    }

    @Override
    public List<TypeCount> mostCommonTypes(int limit) {
        List<TypeCount> stats = new ArrayList<>();
        typestats(true).forEach((name, n) -> stats.add(new TypeCount(name, n)));
        stats.sort((a, b) -> Long.compare(b.count(), a.count())); // stable: ties stay in first-met order
        return limit > 0 && stats.size() > limit ? List.copyOf(stats.subList(0, limit)) : stats;
    }

    @Override
    public String showMostCommonTypes(int limit) {
        List<TypeCount> stats = mostCommonTypes(limit);
        int width = stats.stream().mapToInt(s -> s.typeName().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (TypeCount s : stats) {
            out.append(pad(s.typeName(), width)).append(' ').append(s.count()).append('\n');
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    @Override
    public List<Growth> growth(int limit) {
        requireQuietGil();
        gc.collect();
        Map<String, Long> stats = typestats(true);
        List<Growth> deltas = new ArrayList<>();
        stats.forEach((name, n) -> {
            long old = peakStats.getOrDefault(name, 0L);
            if (n > old) {
                deltas.add(new Growth(name, n, n - old));
                peakStats.put(name, n);
            }
        });
        deltas.sort((a, b) -> Long.compare(b.delta(), a.delta()));
        return limit > 0 && deltas.size() > limit ? List.copyOf(deltas.subList(0, limit)) : deltas;
    }

    @Override
    public String showGrowth(int limit) {
        List<Growth> result = growth(limit);
        int width = result.stream().mapToInt(g -> g.typeName().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Growth g : result) {
            out.append(pad(g.typeName(), width)).append(String.format("%9d %+9d", g.count(), g.delta())).append('\n');
        }
        return out.toString();
    }

    @Override
    public List<Handle> byType(String typename) {
        requireQuietGil();
        List<Handle> result = new ArrayList<>();
        for (long o : trackedObjects()) {
            if (typeName(o, typename).equals(typename)) {
                result.add(heap.wrap(space.newRef(o)));
            }
        }
        return result;
    }

    @Override
    public List<Handle> getLeakingObjects() {
        requireQuietGil();
        gc.collect();
        ReferenceGraph graph = new ReferenceGraph(heap, binding);
        List<Long> leaking = new ArrayList<>();
        for (long o : trackedObjects()) {
            int i = graph.indexOf(o);
            if (i >= 0 && !graph.referenced(i)) {
                leaking.add(o);
            }
        }
        List<Handle> result = new ArrayList<>(leaking.size());
        for (long o : leaking) {
            result.add(heap.wrap(space.newRef(o)));
        }
        return result;
    }

    // ------------------------------------------------------------------ chains

    /** Node ids of a search: object index {@code i >= 0}, root {@code k} as {@code -1 - k}. */
    private Node nodeOf(ReferenceGraph g, int id) {
        if (id >= 0) {
            return node(g.object(id));
        }
        ReferenceGraph.Root r = g.roots.get(-1 - id);
        return new RootNode(r.kind(), r.description());
    }

    @Override
    public Chain findBackrefChain(Handle obj, Predicate<Node> predicate, int maxDepth, Collection<Handle> extraIgnore) {
        return findChain(obj, predicate, maxDepth, true, extraIgnore);
    }

    @Override
    public Chain findRefChain(Handle obj, Predicate<Node> predicate, int maxDepth) {
        return findChain(obj, predicate, maxDepth, false, List.of());
    }

    /** The handles a call was given: their references are the call's own, not roots (objgraph's extra_ignore). */
    private static Set<Object> ignored(Collection<? extends Handle> handles) {
        Set<Object> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(handles);
        return set;
    }

    private Chain findChain(Handle obj, Predicate<Node> predicate, int maxDepth, boolean backward,
                            Collection<Handle> extraIgnore) {
        requireQuietGil();
        List<Handle> own = new ArrayList<>(extraIgnore);
        own.add(obj);
        Set<Object> ignore = ignored(own);
        long start = heap.addressOf(obj);
        ReferenceGraph g = new ReferenceGraph(heap, binding);
        int s = g.indexOf(start);
        if (s < 0) {
            // Not reachable from a root or a tracked object: nothing refers to it that anyone can see.
            return new Chain(List.of(node(start)), List.of(), false);
        }
        int n = g.size();
        int roots = g.roots.size();
        // Per node: the neighbour towards obj and the forward position of the edge (-1 from a root).
        int[] parent = new int[n + roots];
        int[] edgePos = new int[n + roots];
        int[] depth = new int[n + roots];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        depth[slot(s, n)] = 0;
        parent[slot(s, n)] = Integer.MIN_VALUE;
        queue.add(s);
        while (!queue.isEmpty()) {
            int id = queue.poll();
            Node here = nodeOf(g, id);
            if (predicate.test(here)) {
                return backward ? backwardChain(g, id, parent, edgePos, n) : forwardChain(g, id, parent, edgePos, n);
            }
            int d = depth[slot(id, n)];
            if (id < 0 || d >= maxDepth) {
                continue;
            }
            if (backward) {
                for (int at = g.rootStart(id); at < g.rootEnd(id); at++) {
                    int r = -1 - g.rootId(at);
                    if (ignore.contains(g.roots.get(g.rootId(at)).holder())) {
                        continue;
                    }
                    if (depth[slot(r, n)] < 0) {
                        depth[slot(r, n)] = d + 1;
                        parent[slot(r, n)] = id;
                        edgePos[slot(r, n)] = -1;
                        queue.add(r);
                    }
                }
                for (int at = g.backStart(id); at < g.backEnd(id); at++) {
                    int src = g.backSource(at);
                    if (depth[src] < 0) {
                        depth[src] = d + 1;
                        parent[src] = id;
                        edgePos[src] = g.backPosition(at);
                        queue.add(src);
                    }
                }
            } else {
                for (int p = g.refStart(id); p < g.refEnd(id); p++) {
                    int dst = g.ref(p);
                    if (depth[dst] < 0) {
                        depth[dst] = d + 1;
                        parent[dst] = id;
                        edgePos[dst] = p;
                        queue.add(dst);
                    }
                }
            }
        }
        return new Chain(List.of(node(start)), List.of(), false);
    }

    private static int slot(int id, int objects) {
        return id >= 0 ? id : objects + (-1 - id);
    }

    /** From the node found back to obj: each node refers to the next. */
    private Chain backwardChain(ReferenceGraph g, int found, int[] parent, int[] edgePos, int n) {
        List<Node> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        int id = found;
        nodes.add(nodeOf(g, id));
        while (parent[slot(id, n)] != Integer.MIN_VALUE) {
            int pos = edgePos[slot(id, n)];
            edges.add(pos < 0 ? "" : g.edgeName(id, pos));
            id = parent[slot(id, n)];
            nodes.add(nodeOf(g, id));
        }
        // global 'x' -> ... rather than globals -> dict['x'] -> ...
        if (nodes.size() >= 3 && nodes.get(0) instanceof RootNode r && r.kind() == RootKind.GLOBALS
                && edges.get(1).startsWith("[")) {
            String key = edges.get(1).substring(1, edges.get(1).length() - 1);
            nodes.subList(0, 2).clear();
            nodes.add(0, new RootNode(RootKind.GLOBAL, "global " + key));
            edges.subList(0, 2).clear();
            edges.add(0, "");
        }
        return new Chain(nodes, edges, true);
    }

    /** From obj forward to the node found: parents point back towards obj, so the path is reversed. */
    private Chain forwardChain(ReferenceGraph g, int found, int[] parent, int[] edgePos, int n) {
        List<Node> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        int id = found;
        nodes.add(nodeOf(g, id));
        while (parent[slot(id, n)] != Integer.MIN_VALUE) {
            int from = parent[slot(id, n)];
            edges.add(g.edgeName(from, edgePos[slot(id, n)]));
            id = from;
            nodes.add(nodeOf(g, id));
        }
        java.util.Collections.reverse(nodes);
        java.util.Collections.reverse(edges);
        return new Chain(nodes, edges, true);
    }

    // ------------------------------------------------------------------ graphs

    @Override
    public String backrefsGraph(List<Handle> objs, GraphOptions options) {
        return graph(objs, options, true);
    }

    @Override
    public String refsGraph(List<Handle> objs, GraphOptions options) {
        return graph(objs, options, false);
    }

    /**
     * objgraph's {@code _show_graph}: breadth first from {@code objs} to {@code maxDepth}, each
     * node with its type and summary and depth, each edge named, at most {@code tooMany} edges per
     * node (the rest counted); roots are drawn and not followed. {@link DotWriter} writes the text.
     */
    private String graph(List<Handle> objs, GraphOptions options, boolean backward) {
        requireQuietGil();
        Set<Object> ignore = ignored(objs);
        long[] starts = new long[objs.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = heap.addressOf(objs.get(i));
        }
        ReferenceGraph g = new ReferenceGraph(heap, binding);
        int n = g.size();
        int[] depth = new int[n + g.roots.size()];
        Arrays.fill(depth, -1);
        List<DotWriter.Element> drawing = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Map<Long, Boolean> unreachable = new HashMap<>();
        for (long o : starts) {
            int i = g.indexOf(o);
            drawing.add(new DotWriter.Start(id(o)));
            if (i < 0) {
                if (unreachable.put(o, true) == null) {
                    ObjectNode node = node(o);
                    drawing.add(new DotWriter.Vertex(id(o), node, 0, options.highlight().test(node)));
                }
            } else if (depth[i] < 0) {
                depth[i] = 0;
                queue.add(i);
            }
        }
        int max = options.maxDepth();
        while (!queue.isEmpty()) {
            int here = queue.poll();
            int d = depth[slot(here, n)];
            Node node = nodeOf(g, here);
            drawing.add(new DotWriter.Vertex(nodeId(g, here), node, d, options.highlight().test(node)));
            if (d >= max || here < 0) {
                continue;
            }
            int drawn = 0;
            int skipped = 0;
            List<int[]> neighbours = new ArrayList<>(); // {node id, forward position or -1}
            if (backward) {
                for (int at = g.rootStart(here); at < g.rootEnd(here); at++) {
                    if (!ignore.contains(g.roots.get(g.rootId(at)).holder())) {
                        neighbours.add(new int[]{-1 - g.rootId(at), -1});
                    }
                }
                for (int at = g.backStart(here); at < g.backEnd(here); at++) {
                    neighbours.add(new int[]{g.backSource(at), g.backPosition(at)});
                }
            } else {
                for (int p = g.refStart(here); p < g.refEnd(here); p++) {
                    neighbours.add(new int[]{g.ref(p), p});
                }
            }
            for (int[] nb : neighbours) {
                int other = nb[0];
                if (other >= 0 && !options.filter().test(nodeOf(g, other))) {
                    continue;
                }
                if (drawn >= options.tooMany()) {
                    skipped++;
                    continue;
                }
                int src = backward ? other : here;
                int dst = backward ? here : other;
                drawing.add(new DotWriter.Edge(nodeId(g, src), nodeId(g, dst), nb[1] >= 0 ? g.edgeName(src, nb[1]) : null));
                if (depth[slot(other, n)] < 0) {
                    depth[slot(other, n)] = d + 1;
                    queue.add(other);
                }
                drawn++;
            }
            if (skipped > 0) {
                drawing.add(new DotWriter.TooMany(nodeId(g, here), skipped, d, backward));
            }
        }
        return DotWriter.write(drawing, max);
    }

    private static String id(long object) {
        return "o" + object;
    }

    private static String nodeId(ReferenceGraph g, int id) {
        return id >= 0 ? id(g.object(id)) : "root" + (-1 - id);
    }
}

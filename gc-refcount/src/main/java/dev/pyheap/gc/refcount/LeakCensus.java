package dev.pyheap.gc.refcount;

import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts a leaked set in independent cycles ({@link LeakReport} says what those are): the strongly
 * connected components of the set's reference graph that hold a cycle, each with the objects that
 * hang from it alone; objects that hang from several cycles are counted as shared. Cycles of the
 * same shape are counted together.
 *
 * <h2>Data (n objects, e references between them)</h2>
 * <pre>
 *   members     long[n]     the objects, in list order: an object is its position here
 *   index       open addressing from address to position (linear probing, 2n..4n slots)
 *   edgeStart   int[n + 1]  the references of object v are edges[edgeStart[v] .. edgeStart[v + 1])
 *   edges       int[e]      their targets, inside the set only
 *   component   int[n]      each object's strongly connected component, numbered as Tarjan emits them
 *   owner       int[c]      each component's cycle: itself if it holds a cycle, else the one cycle it
 *                           hangs from, or SHARED
 * </pre>
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>Each object is traversed once; each referent that carries COLLECTING (only the set's members
 *     do here) and is found in {@code index} becomes an edge. A reference to itself marks its object.
 * <li>Tarjan's algorithm, iteratively: an explicit call stack of objects with a cursor into each
 *     one's edges replaces recursion, so a chain of a million objects costs arrays, not Java stack.
 *     It emits the components sinks first: a reference between two components always goes from a
 *     higher number to a lower one.
 * <li>The components from the highest number down (so every referrer before its referents): one
 *     with two or more objects, or one object that refers to itself, is a cycle and owns itself.
 *     Any other has one object, whose referrers' owners were all decided: one owner in common, and
 *     it hangs from that cycle; several (or a shared referrer), and it is SHARED. Each component then
 *     passes its owner along its outgoing edges. (An object no other leaked object refers to and
 *     that is on no cycle cannot be garbage; should a damaged refcount produce one, it counts as a
 *     group of its own rather than vanish.)
 * <li>The objects are sorted by owner (a counting sort); each cycle's objects are counted by type
 *     ({@link HeapBinding#typeName}) into its shape, and equal shapes are counted together.
 * </ol>
 * Every step is linear in n + e (the index's expected constant lookups), and the work is done on
 * int arrays: no recursion and no object per reference. Runs on a list whose objects carry
 * COLLECTING, as {@link dev.pyheap.api.gc.mechanism.InternalReferences#deduceUnreachable} leaves its
 * unreachable list; it only reads the heap.
 */
final class LeakCensus {
    private static final int UNSET = -1;
    private static final int SHARED = -2;

    private final HeapBinding binding;
    private final Memory memory;
    private final long[] members;
    private final AddressIndex index;
    private int[] edgeStart;
    private int[] edges;
    private boolean[] selfReference;

    LeakCensus(HeapBinding binding, GcList leaked) {
        this.binding = binding;
        this.memory = binding.memory();
        this.members = leaked.objects();
        this.index = new AddressIndex(members);
    }

    LeakReport report() {
        int n = members.length;
        if (n == 0) {
            return LeakReport.empty();
        }
        collectEdges();
        int[] component = new int[n];
        int components = stronglyConnectedComponents(component);
        int[] owner = owners(component, components);
        return shapes(component, owner);
    }

    // ------------------------------------------------------------------ 1. edges

    private void collectEdges() {
        int n = members.length;
        edgeStart = new int[n + 1];
        selfReference = new boolean[n];
        EdgeVisitor visitor = new EdgeVisitor();
        for (int v = 0; v < n; v++) {
            edgeStart[v] = visitor.count;
            visitor.from = v;
            binding.traverse(members[v], visitor);
        }
        edgeStart[n] = visitor.count;
        edges = visitor.targets;
    }

    /** Appends each referent inside the set to the edges of the object being traversed. */
    private final class EdgeVisitor implements ReferentVisitor {
        int from;
        int count;
        int[] targets = new int[Math.max(16, members.length)];

        @Override
        public void visit(long referent) {
            if (!GcHeader.isCollecting(memory, referent)) {
                return; // reachable, frozen or untracked: outside the set
            }
            int to = index.positionOf(referent);
            if (to < 0) {
                return;
            }
            if (to == from) {
                selfReference[from] = true;
            }
            if (count == targets.length) {
                targets = Arrays.copyOf(targets, Math.max(count + 16, count + (count >> 1)));
            }
            targets[count++] = to;
        }
    }

    // ------------------------------------------------------------------ 2. Tarjan, without recursion

    /** Fills {@code component} with each object's component number (sinks first); returns how many there are. */
    private int stronglyConnectedComponents(int[] component) {
        int n = members.length;
        int[] order = new int[n];          // discovery number + 1; 0: not yet discovered
        int[] low = new int[n];
        int[] cursor = new int[n];         // the next edge of each object on the call stack
        int[] calls = new int[n];          // the call stack
        int[] stack = new int[n];          // Tarjan's stack of objects not yet given a component
        boolean[] onStack = new boolean[n];
        int discovered = 0;
        int components = 0;
        int sp = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] != 0) {
                continue;
            }
            int top = 0;
            calls[0] = root;
            order[root] = low[root] = ++discovered;
            cursor[root] = edgeStart[root];
            stack[sp++] = root;
            onStack[root] = true;
            while (top >= 0) {
                int v = calls[top];
                if (cursor[v] < edgeStart[v + 1]) {
                    int w = edges[cursor[v]++];
                    if (order[w] == 0) {
                        order[w] = low[w] = ++discovered;
                        cursor[w] = edgeStart[w];
                        stack[sp++] = w;
                        onStack[w] = true;
                        calls[++top] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                top--;
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                if (top >= 0) {
                    int u = calls[top];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        return components;
    }

    // ------------------------------------------------------------------ 3. owners

    /** Each component's owning cycle (a component number) or {@link #SHARED}. */
    private int[] owners(int[] component, int components) {
        int n = members.length;
        int[] size = new int[components];
        for (int v = 0; v < n; v++) {
            size[component[v]]++;
        }
        int[] start = new int[components + 1];
        for (int c = 0; c < components; c++) {
            start[c + 1] = start[c] + size[c];
        }
        int[] byComponent = new int[n];
        int[] fill = Arrays.copyOf(start, components);
        for (int v = 0; v < n; v++) {
            byComponent[fill[component[v]]++] = v;
        }
        int[] owner = new int[components];
        Arrays.fill(owner, UNSET);
        // Referrers first: references go from higher component numbers to lower ones.
        for (int c = components - 1; c >= 0; c--) {
            boolean cycle = size[c] > 1 || selfReference[byComponent[start[c]]];
            if (cycle || owner[c] == UNSET) {
                owner[c] = c;
            }
            for (int i = start[c]; i < start[c + 1]; i++) {
                int v = byComponent[i];
                for (int e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
                    int d = component[edges[e]];
                    if (d != c) {
                        owner[d] = owner[d] == UNSET || owner[d] == owner[c] ? owner[c] : SHARED;
                    }
                }
            }
        }
        return owner;
    }

    // ------------------------------------------------------------------ 4. shapes

    private LeakReport shapes(int[] component, int[] owner) {
        int n = members.length;
        int components = owner.length;
        // Counting sort of the objects by owner; SHARED goes to the extra bucket at the end.
        int[] count = new int[components + 1];
        for (int v = 0; v < n; v++) {
            count[bucket(owner[component[v]], components)]++;
        }
        int[] start = new int[components + 2];
        for (int b = 0; b <= components; b++) {
            start[b + 1] = start[b] + count[b];
        }
        int[] sorted = new int[n];
        int[] fill = Arrays.copyOf(start, components + 1);
        for (int v = 0; v < n; v++) {
            sorted[fill[bucket(owner[component[v]], components)]++] = v;
        }
        Map<SortedMap<String, Long>, long[]> cyclesByShape = new HashMap<>();
        for (int b = 0; b < components; b++) {
            if (start[b] == start[b + 1]) {
                continue; // a component that hangs from a cycle, counted there
            }
            SortedMap<String, Long> shape = countTypes(sorted, start[b], start[b + 1]);
            cyclesByShape.computeIfAbsent(shape, k -> new long[1])[0]++;
        }
        List<LeakReport.Shape> shapes = new ArrayList<>(cyclesByShape.size());
        cyclesByShape.forEach((shape, cycles) -> shapes.add(new LeakReport.Shape(cycles[0], shape)));
        return LeakReport.of(shapes, countTypes(sorted, start[components], start[components + 1]));
    }

    private static int bucket(int owner, int components) {
        return owner == SHARED ? components : owner;
    }

    private SortedMap<String, Long> countTypes(int[] sorted, int from, int to) {
        SortedMap<String, Long> byType = new TreeMap<>();
        for (int i = from; i < to; i++) {
            byType.merge(binding.typeName(members[sorted[i]]), 1L, Long::sum);
        }
        return byType;
    }

    /** Positions of the members by address: open addressing with linear probing (0 is never an object). */
    private static final class AddressIndex {
        private final long[] keys;
        private final int[] positions;
        private final int mask;

        AddressIndex(long[] members) {
            int capacity = Integer.highestOneBit(Math.max(4, members.length * 2 - 1)) << 1;
            keys = new long[capacity];
            positions = new int[capacity];
            mask = capacity - 1;
            for (int i = 0; i < members.length; i++) {
                int slot = slot(members[i]);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = members[i];
                positions[slot] = i;
            }
        }

        /** The position of {@code address}, or -1 when it is not a member. */
        int positionOf(long address) {
            for (int slot = slot(address); keys[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[slot] == address) {
                    return positions[slot];
                }
            }
            return -1;
        }

        private int slot(long address) {
            // Objects are 16-byte aligned: drop the constant low bits, then Fibonacci hashing.
            return (int) (((address >>> 4) * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }
}

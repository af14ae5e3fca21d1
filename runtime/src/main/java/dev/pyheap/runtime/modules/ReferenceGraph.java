package dev.pyheap.runtime.modules;

import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.runtime.RootKind;
import dev.pyheap.runtime.gc.Binding;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.InterpreterState;
import dev.pyheap.runtime.state.LongIntMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heap's references at one quiet moment, both ways, for objgraph's chains and graphs. Built
 * in O(objects + references) Java memory; allocates nothing in the heap.
 *
 * <h2>Layout</h2>
 * Objects get dense indices; references are kept in compressed rows (CSR), forward in
 * {@code tp_traverse}-like order ({@link dev.pyheap.runtime.objects.PyType#forEachReferent}, so position {@code p - refStart[i]}
 * is the ordinal {@link dev.pyheap.runtime.objects.PyType#referentName} names), and backward, sorted by referrer index:
 * <pre>
 *   objects   [ globals-dict, list, Leaky, bytes, ... ]
 *   refStart  [ 0, 2, 3, 5, ...]      refs [ 1, k, 2, 3, c, ...]   (object i refers to refs[refStart[i] .. refStart[i+1]))
 *   backStart [ ... ]                 backSrc / backPos             (who refers to i, and at which forward position)
 *   roots     [ (GLOBALS, "globals", 0), (HANDLE, "handle", 2), ... ]  rootStart/rootIds: the roots per object
 * </pre>
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>Visit the roots ({@link InterpreterState#forEachRoot(InterpreterState.RootVisitor)}); each root's object gets
 *     an index.
 * <li>Add every object of every collector list (tracked objects, frozen ones included), so garbage
 *     not yet collected is in the graph too.
 * <li>In index order, list each object's referents, giving new objects an index as they appear
 *     (a breadth-first closure): every object reachable from a root or a tracked object.
 * <li>Count the referrers of each object and fill the backward rows; then the same for roots.
 * </ol>
 * Objects no root and no tracked object reaches (leaked references held nowhere visible) are not
 * in the graph, as they are invisible to CPython's {@code gc} too.
 */
final class ReferenceGraph {
    /** A root reference; {@code holder} is the frame or handle holding it (null for the others). */
    record Root(RootKind kind, String description, int target, Object holder) {
    }

    private final ObjectSpace space;
    private final LongIntMap index = new LongIntMap(1024);
    private long[] objects = new long[1024];
    private int count;
    private int[] refStart = new int[1025];
    private int[] refs = new int[4096];
    private int refCount;
    private int[] backStart;
    private int[] backSrc;
    private int[] backPos;
    final List<Root> roots = new ArrayList<>();
    private int[] rootStart;
    private int[] rootIds;

    ReferenceGraph(InterpreterState heap, Binding binding) {
        this.space = heap.space();
        heap.forEachRoot((o, kind, holder) -> roots.add(new Root(kind, InterpreterState.describeRoot(o, kind, holder), add(o), holder)));
        for (GcList list : binding.lists()) {
            list.forEach(this::add);
        }
        for (int i = 0; i < count; i++) {
            if (refStart.length < i + 2) {
                refStart = Arrays.copyOf(refStart, refStart.length * 2);
            }
            refStart[i] = refCount;
            space.typeOf(objects[i]).forEachReferent(objects[i], r -> {
                int target = add(r);
                if (refCount == refs.length) {
                    refs = Arrays.copyOf(refs, refCount * 2);
                }
                refs[refCount++] = target;
            });
        }
        if (refStart.length < count + 1) {
            refStart = Arrays.copyOf(refStart, count + 1);
        }
        refStart[count] = refCount;
        buildBackward();
        buildRootRows();
    }

    private int add(long o) {
        int i = index.putIfAbsent(o, count);
        if (i >= 0) {
            return i;
        }
        if (count == objects.length) {
            objects = Arrays.copyOf(objects, count * 2);
        }
        objects[count] = o;
        return count++;
    }

    private void buildBackward() {
        backStart = new int[count + 1];
        for (int p = 0; p < refCount; p++) {
            backStart[refs[p] + 1]++;
        }
        for (int i = 0; i < count; i++) {
            backStart[i + 1] += backStart[i];
        }
        backSrc = new int[refCount];
        backPos = new int[refCount];
        int[] fill = Arrays.copyOf(backStart, count);
        for (int src = 0; src < count; src++) {
            for (int p = refStart[src]; p < refStart[src + 1]; p++) {
                int at = fill[refs[p]]++;
                backSrc[at] = src;
                backPos[at] = p;
            }
        }
    }

    private void buildRootRows() {
        rootStart = new int[count + 1];
        for (Root r : roots) {
            rootStart[r.target + 1]++;
        }
        for (int i = 0; i < count; i++) {
            rootStart[i + 1] += rootStart[i];
        }
        rootIds = new int[roots.size()];
        int[] fill = Arrays.copyOf(rootStart, count);
        for (int k = 0; k < roots.size(); k++) {
            rootIds[fill[roots.get(k).target]++] = k;
        }
    }

    int size() {
        return count;
    }

    long object(int i) {
        return objects[i];
    }

    /** The index of the object at {@code address}, or -1 when it is not in the graph. */
    int indexOf(long address) {
        return index.get(address);
    }

    int refStart(int i) {
        return refStart[i];
    }

    int refEnd(int i) {
        return refStart[i + 1];
    }

    int ref(int position) {
        return refs[position];
    }

    int backStart(int i) {
        return backStart[i];
    }

    int backEnd(int i) {
        return backStart[i + 1];
    }

    int backSource(int at) {
        return backSrc[at];
    }

    int backPosition(int at) {
        return backPos[at];
    }

    int rootStart(int i) {
        return rootStart[i];
    }

    int rootEnd(int i) {
        return rootStart[i + 1];
    }

    int rootId(int at) {
        return rootIds[at];
    }

    /** Whether anything, object or root, refers to object {@code i}. */
    boolean referenced(int i) {
        return backStart[i + 1] > backStart[i] || rootStart[i + 1] > rootStart[i];
    }

    /**
     * The name of the reference at forward position {@code position} of object {@code src}, as a
     * chain prints it after the referrer: {@code [3]}, {@code ['key']}, {@code .name}.
     */
    String edgeName(int src, int position) {
        long o = objects[src];
        String name = space.typeOf(o).referentName(o, position - refStart[src], r -> Abstract.repr(space, r));
        if (name.startsWith("item ")) {
            return name.substring("item ".length());
        } else if (name.startsWith("attribute ")) {
            return name.substring("attribute ".length());
        } else if (name.startsWith("value ")) {
            return name.substring("value ".length());
        } else if (name.startsWith("__")) {
            return "." + name;
        }
        return "(" + name + ")";
    }
}

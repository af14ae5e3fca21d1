package dev.pyheap.driver.workloads;

import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.WorkloadError;
import dev.pyheap.runtime.AttributeCache;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;

import java.util.Arrays;

/**
 * Boehm's GCBench (Ellis, Kovac, Boehm) in the shape of {@code bench/anchors/py/gcbench.py}:
 * a stretch tree of depth 18 built and dropped; a long-lived tree of depth 16 and a list of
 * 500,000 slots (half of them floats) kept for the whole run; then for depths 4, 6, .., 16,
 * {@code 2 * tree_size(18) / tree_size(d)} trees built top-down ({@code populate}) and as many
 * bottom-up ({@code make_tree}), each dropped at once. Nodes are instances of a class {@code Node}
 * with {@code left} and {@code right}, set to None by {@code __init__} as in the Python.
 *
 * <h2>Operations</h2>
 * One operation is one Python-level call or statement that allocates or drops:
 * <ul>
 * <li>{@code make_tree(d)}: one operation per node (a leaf, or a node over its two finished subtrees);
 * <li>{@code populate(d, node)} with {@code d > 0}: one operation (it makes both children);
 * <li>{@code t = Node()}, {@code t = None} (dropping a whole tree), {@code array = [0.0] * 500000},
 *     each {@code array[i] = 1.0 / i}, and the final check: one each.
 * </ul>
 * {@link #defaultOps()} is one pass, exactly the anchor's work; a longer run starts the depth loop
 * over (the long-lived data stays). The recursion's intermediate results live in a Python list (the
 * value stack) held by the mutator's handle, so that every collector, tracing ones included, sees
 * them; Java arrays mirror it by address, and frames of the recursion are Java ints, so an
 * operation makes no Java object. The list keeps its length, as a frame's value stack has a fixed
 * size: a push stores into the slot above the top and a pop stores None there (dropping a tree
 * when it held the last reference), so the list is never resized, as the anchor's recursion
 * allocates and frees nothing but its nodes.
 *
 * <p>Builds no cycle: nothing is left behind under any collector.
 */
public final class GcBench implements Workload {
    static final int STRETCH_DEPTH = 18;
    static final int LONG_LIVED_DEPTH = 16;
    static final int ARRAY_SIZE = 500_000;
    static final int MIN_DEPTH = 4;
    static final int MAX_DEPTH = 16;

    static long treeSize(int depth) {
        return (1L << (depth + 1)) - 1;
    }

    static long numIters(int depth) {
        return 2 * treeSize(STRETCH_DEPTH) / treeSize(depth);
    }

    /** The operations of one depth of the construction loop: numIters top-down trees, then as many bottom-up. */
    static long depthOps(int depth) {
        long topDown = 1 + ((1L << depth) - 1) + 1;
        long bottomUp = treeSize(depth) + 1;
        return numIters(depth) * (topDown + bottomUp);
    }

    /** One pass: stretch, long-lived tree, array, every depth, the check. */
    static long passOps() {
        long ops = treeSize(STRETCH_DEPTH) + 1;
        ops += 1 + (1L << LONG_LIVED_DEPTH) - 1;
        ops += 1 + (ARRAY_SIZE / 2 - 1);
        for (int d = MIN_DEPTH; d <= MAX_DEPTH; d += 2) {
            ops += depthOps(d);
        }
        return ops + 1;
    }

    @Override
    public String name() {
        return "gcbench";
    }

    @Override
    public String description() {
        return "Boehm's GCBench: binary trees top-down and bottom-up, a long-lived tree and a 500,000-slot list";
    }

    @Override
    public long defaultOps() {
        return passOps();
    }

    @Override
    public Program load(LoadContext context) {
        Handle node = Classes.define(context.thread(), "Node", "left", "right");
        return new Program() {
            @Override
            public Mutator mutator(MutatorContext c) {
                return new Bench(c.thread(), node);
            }

            @Override
            public void unload(PyThreadState t) {
                node.close();
                t.delGlobal("Node");
            }
        };
    }

    private enum Phase { STRETCH, DROP_STRETCH, LONG_LIVED_NODE, LONG_LIVED, ARRAY, ARRAY_FILL, TOP_DOWN_NODE,
        TOP_DOWN, DROP_TOP_DOWN, BOTTOM_UP, DROP_BOTTOM_UP, CHECK }

    /** One thread's GCBench: a state machine, one operation per {@link #step()}. */
    static final class Bench implements Mutator {
        private final PyThreadState t;
        private final CApi c;
        private final PyFrame frame;
        private final long nodeClass;
        private final long none;
        /**
         * The stores of {@code left} and {@code right}, through attribute caches as CPython's
         * specialized {@code STORE_ATTR_INSTANCE_VALUE} runs them in {@code gcbench.py}.
         */
        private final AttributeCache left;
        private final AttributeCache right;
        /**
         * The value stack: a list holding every tree under construction (top-down roots and make_tree
         * results) in its first {@link #resultTop} slots, None in the others.
         */
        private final Handle stackHandle;
        private final long stack;
        private long stackSlots;
        private Handle array;

        // Mirror of the value stack, by address (borrowed: the list holds them).
        private long[] results = new long[64];
        private int resultTop;
        // make_tree frames: depth and how many children were started.
        private final int[] frameDepth = new int[64];
        private final int[] frameChildren = new int[64];
        private int frameTop;
        // populate calls still to make: node (borrowed: reachable from the root on the stack) and depth.
        private long[] pendingNode = new long[64];
        private int[] pendingDepth = new int[64];
        private int pendingTop;

        private Phase phase = Phase.STRETCH;
        private int depth = MIN_DEPTH;
        private long iteration;
        private int arrayIndex = 1;

        Bench(PyThreadState t, Handle nodeClassHandle) {
            this.t = t;
            this.c = t.capi();
            this.frame = t.pushFrame("main", "gcbench.py", 1);
            this.nodeClass = c.address(nodeClassHandle);
            try (Handle n = t.none()) {
                this.none = c.address(n); // None is immortal in practice: the interpreter holds it
            }
            this.stackHandle = c.toHandle(c.newList());
            this.stack = c.address(stackHandle);
            addStackSlots(results.length);
            this.left = c.attributeCache("left");
            this.right = c.attributeCache("right");
            startMakeTree(STRETCH_DEPTH);
        }

        @Override
        public boolean step() {
            switch (phase) {
                case STRETCH -> {
                    if (makeTreeStep()) {
                        phase = Phase.DROP_STRETCH;
                    }
                }
                case DROP_STRETCH -> {
                    dropTop();
                    phase = Phase.LONG_LIVED_NODE;
                }
                case LONG_LIVED_NODE -> {
                    long n = newNode();
                    try (Handle h = c.toHandle(n)) {
                        frame.setLocal("long_lived", h);
                    }
                    startPopulate(n, LONG_LIVED_DEPTH);
                    phase = Phase.LONG_LIVED;
                }
                case LONG_LIVED -> {
                    if (populateStep()) {
                        phase = Phase.ARRAY;
                    }
                }
                case ARRAY -> {
                    try (Handle zero = t.newFloat(0.0)) {
                        Handle[] fill = new Handle[ARRAY_SIZE];
                        Arrays.fill(fill, zero);
                        array = t.newList(fill);
                    }
                    frame.setLocal("array", array);
                    phase = Phase.ARRAY_FILL;
                }
                case ARRAY_FILL -> {
                    try (Handle f = t.newFloat(1.0 / arrayIndex)) {
                        t.setitem(array, arrayIndex, f);
                    }
                    if (++arrayIndex >= ARRAY_SIZE / 2) {
                        startDepth(MIN_DEPTH);
                    }
                }
                case TOP_DOWN_NODE -> {
                    long root = newNode();
                    push(root);
                    c.decref(root); // the value stack holds it: t = Node()
                    startPopulate(root, depth);
                    phase = pendingTop > 0 ? Phase.TOP_DOWN : Phase.DROP_TOP_DOWN;
                }
                case TOP_DOWN -> {
                    if (populateStep()) {
                        phase = Phase.DROP_TOP_DOWN;
                    }
                }
                case DROP_TOP_DOWN -> {
                    dropTop();
                    if (++iteration < numIters(depth)) {
                        phase = Phase.TOP_DOWN_NODE;
                    } else {
                        iteration = 0;
                        startMakeTree(depth);
                        phase = Phase.BOTTOM_UP;
                    }
                }
                case BOTTOM_UP -> {
                    if (makeTreeStep()) {
                        phase = Phase.DROP_BOTTOM_UP;
                    }
                }
                case DROP_BOTTOM_UP -> {
                    dropTop();
                    if (++iteration < numIters(depth)) {
                        startMakeTree(depth);
                        phase = Phase.BOTTOM_UP;
                    } else if (depth + 2 <= MAX_DEPTH) {
                        startDepth(depth + 2);
                    } else {
                        phase = Phase.CHECK;
                    }
                }
                case CHECK -> {
                    check();
                    startDepth(MIN_DEPTH);
                }
            }
            return true;
        }

        private void startDepth(int d) {
            depth = d;
            iteration = 0;
            phase = Phase.TOP_DOWN_NODE;
        }

        /** {@code if long_lived is None or array[1000] != 1.0 / 1000: raise SystemExit("failed")}. */
        private void check() {
            try (Handle longLived = frame.getLocal("long_lived"); Handle item = t.getitem(array, 1000)) {
                if (!"Node".equals(longLived.typeName()) || !Double.valueOf(1.0 / 1000).equals(t.javaValue(item))) {
                    throw new WorkloadError("gcbench: failed (long_lived is " + longLived.typeName()
                            + ", array[1000] is " + t.repr(item) + ")");
                }
            }
        }

        /** {@code Node()}: left and right set to None. A new reference. */
        private long newNode() {
            long n = c.call(nodeClass);
            c.setattr(n, left, none);
            c.setattr(n, right, none);
            return n;
        }

        /** Pushes onto the value stack (the list takes its own reference). */
        private void push(long o) {
            if (resultTop == results.length) {
                results = Arrays.copyOf(results, resultTop * 2);
                addStackSlots(results.length - stackSlots);
            }
            c.listSetItem(stack, resultTop, o);
            results[resultTop++] = o;
        }

        private void addStackSlots(long n) {
            for (long i = 0; i < n; i++) {
                c.listAppend(stack, none);
            }
            stackSlots += n;
        }

        /** Pops the top of the value stack, releasing the stack's reference: {@code t = None}. */
        private void dropTop() {
            c.listSetItem(stack, --resultTop, none);
        }

        // ------------------------------------------------------------ populate (top-down)

        private void startPopulate(long node, int d) {
            pendingTop = 0;
            if (d > 0) {
                pendingNode[0] = node;
                pendingDepth[0] = d;
                pendingTop = 1;
            }
        }

        /** One call of populate with depth > 0; true when the tree is complete. */
        private boolean populateStep() {
            int i = --pendingTop;
            long node = pendingNode[i];
            int d = pendingDepth[i] - 1;
            long left = newNode();
            c.setattr(node, this.left, left);
            c.decref(left);
            long right = newNode();
            c.setattr(node, this.right, right);
            c.decref(right);
            if (d > 0) {
                if (pendingTop + 2 > pendingNode.length) {
                    pendingNode = Arrays.copyOf(pendingNode, pendingNode.length * 2);
                    pendingDepth = Arrays.copyOf(pendingDepth, pendingDepth.length * 2);
                }
                pendingNode[pendingTop] = right;
                pendingDepth[pendingTop++] = d;
                pendingNode[pendingTop] = left;
                pendingDepth[pendingTop++] = d;
            }
            return pendingTop == 0;
        }

        // ------------------------------------------------------------ make_tree (bottom-up)

        private void startMakeTree(int d) {
            frameTop = 1;
            frameDepth[0] = d;
            frameChildren[0] = 0;
        }

        /** Runs make_tree until it makes one node; true when the whole tree is on the value stack. */
        private boolean makeTreeStep() {
            while (true) {
                int f = frameTop - 1;
                int d = frameDepth[f];
                if (d <= 0) {
                    long leaf = newNode();
                    push(leaf);
                    c.decref(leaf);
                    break;
                }
                if (frameChildren[f] < 2) {
                    frameChildren[f]++;
                    frameDepth[frameTop] = d - 1;
                    frameChildren[frameTop] = 0;
                    frameTop++;
                    continue;
                }
                // Node(make_tree(d - 1), make_tree(d - 1)): both subtrees are on the value stack.
                long right = results[resultTop - 1];
                long left = results[resultTop - 2];
                long n = c.call(nodeClass);
                c.setattr(n, this.left, left);
                c.setattr(n, this.right, right);
                dropTop();
                dropTop();
                push(n);
                c.decref(n);
                break;
            }
            frameTop--;
            return frameTop == 0;
        }

        @Override
        public void finish() {
            if (array != null) {
                array.close();
            }
            stackHandle.close();
            t.popFrame();
        }
    }
}

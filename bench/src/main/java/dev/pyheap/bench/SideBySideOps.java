package dev.pyheap.bench;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.patterns.AllocatorPattern;
import dev.pyheap.driver.patterns.Churn;
import dev.pyheap.driver.scheduling.MutatorDriver;
import dev.pyheap.driver.scheduling.RunObserver;
import dev.pyheap.driver.scheduling.RunSpec;
import dev.pyheap.interpreter.run.Session;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

/**
 * One side of {@link SideBySide}: a heap opened by the build this class was loaded from (each side
 * has its own class loader, so its own copy of this class and of every pyheap class), and the
 * operations timed on it. Public, with a public constructor and {@link #batch}: {@link SideBySide}
 * reaches it by reflection across the class loaders.
 */
public final class SideBySideOps {
    private final PyHeap heap;
    private final PyThreadState thread;
    private final CApi capi;
    private final Handle cls;
    private final long classObject;
    private final long instance;
    private final long two;

    /** Opens a heap ({@code collector} null: the defaults; else that collector with automatic collection off). */
    public SideBySideOps(String collector) {
        heap = PyHeap.open(collector == null ? Configuration.defaults()
                : Configuration.of(Map.of("collector", collector, "gc.enabled", "false")));
        thread = heap.attach();
        thread.acquireGil();
        capi = thread.capi();
        cls = thread.newClass("C");
        classObject = cls.id();
        instance = capi.call(classObject);
        long one = capi.newInt(1);
        capi.setattr(instance, "x", one);
        capi.decref(one);
        two = capi.newInt(2);
        setGlobal("young", capi.newList());
        heap.gc().collect(); // the runtime's own objects move to the oldest generation, as CollectorBench's
    }

    private long person;
    private long dog;

    /** A new class kept in the globals; its address. */
    private long newClass(String name) {
        try (Handle c = thread.newClass(name)) {
            thread.setGlobal(name, c);
            return capi.address(c);
        }
    }

    private void setGlobal(String name, long object) {
        try (Handle h = capi.toHandle(object)) {
            thread.setGlobal(name, h);
        }
    }

    /**
     * Runs {@code n} operations {@code op} and returns the nanoseconds they took (for {@code young},
     * {@code n} fresh lists are made untimed and one {@code gc.collect(0)} is timed by this thread's
     * CPU time, for
     * {@code youngOld} the same beside 1,000,000 lists in the oldest generation; for
     * {@code youngOldPromoted} the same beside 1,000,000 lists in generation 1, moved there by a
     * young collection: the same heap as youngOld's, but no full collection has run over it; for
     * {@code reachable}, one full collection over {@code n} one-int lists built at the first batch,
     * also by CPU time ({@code reachableTuples}: each list in a tuple of its own); for {@code cycles}, one full collection freeing {@code n} instances in
     * Person/Dog pairs made untimed before it; for
     * {@code gcbench}, one pass of the workload on a heap of its own, {@code n} unused, and the
     * mutator thread's CPU time rather than the elapsed time; for {@code free32} and {@code churn},
     * {@code n} pairs or steps of {@link AllocatorBench}'s patterns on a pymalloc allocator of this side's
     * build, apart from the heap).
     */
    public long batch(String op, int n) {
        long start;
        switch (op) {
            case "newList" -> {
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    capi.decref(capi.newList());
                }
            }
            case "newInstance" -> {
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    capi.decref(capi.call(classObject));
                }
            }
            case "getattr" -> {
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    capi.decref(capi.getattr(instance, "x"));
                }
            }
            case "setattr" -> {
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    capi.setattr(instance, "x", two);
                }
            }
            case "getattrCached" -> {
                CachedSite site = cachedSite();
                start = System.nanoTime();
                site.get(n);
            }
            case "setattrCached" -> {
                CachedSite site = cachedSite();
                start = System.nanoTime();
                site.set(n);
            }
            case "young" -> {
                thread.delGlobal("young"); // the previous lists die by refcount
                setGlobal("young", CollectorBench.listOfLists(capi, n));
                return collectionCpuTime(0);
            }
            case "youngOld" -> {
                if (!built) { // once: 1,000,000 empty lists in the oldest generation, as CollectorBench's old=1000000
                    setGlobal("old", CollectorBench.listOfLists(capi, 1_000_000));
                    heap.gc().collect();
                    built = true;
                }
                thread.delGlobal("young");
                setGlobal("young", CollectorBench.listOfLists(capi, n));
                return collectionCpuTime(0);
            }
            case "youngOldPromoted" -> {
                if (!built) { // once: youngOld's 1,000,000 lists, promoted by a young collection rather than a full one
                    setGlobal("old", CollectorBench.listOfLists(capi, 1_000_000));
                    heap.gc().collect(0);
                    built = true;
                }
                thread.delGlobal("young");
                setGlobal("young", CollectorBench.listOfLists(capi, n));
                return collectionCpuTime(0);
            }
            case "reachable", "reachableTuples" -> {
                if (!built) { // once: root = [[i] for i in range(n)], as CollectorBench.reachable's lists, or [([i],) ...]
                    long root = capi.newList();
                    for (int i = 0; i < n; i++) {
                        long item = capi.newList();
                        long value = capi.newInt(i);
                        capi.listAppend(item, value);
                        capi.decref(value);
                        if (op.equals("reachableTuples")) { // a tuple holding a list: tracked after every collection
                            long tuple = capi.newTuple(item);
                            capi.decref(item);
                            item = tuple;
                        }
                        capi.listAppend(root, item);
                        capi.decref(item);
                    }
                    setGlobal("root", root);
                    heap.gc().collect();
                    built = true;
                }
                return collectionCpuTime(2);
            }
            case "cycles" -> {
                if (!built) { // once: the two classes of CollectorBench.cycles
                    person = newClass("Person");
                    dog = newClass("Dog");
                    heap.gc().collect();
                    built = true;
                }
                for (int i = 0; i < n / 2; i++) { // n/2 Person<->Dog pairs, dropped: a full collection frees n instances
                    long p = capi.call(person);
                    long d = capi.call(dog);
                    capi.setattr(p, "dog", d);
                    capi.setattr(d, "owner", p);
                    capi.decref(p);
                    capi.decref(d);
                }
                return collectionCpuTime(2);
            }
            case "gcbench" -> {
                // CPU time of the mutator thread, which also runs the collections, from its first
                // check point to its last (every 4,096 operations): on a loaded machine a 10 s pass
                // waits for a CPU for seconds, which CPU time leaves out, and the process's CPU time
                // would add the JIT's compiler threads and the JVM's GC, which differ run to run.
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long[] cpu = {-1, 0};
                RunObserver clock = new RunObserver() {
                    @Override
                    public void checkPoint(PyThreadState t, long opsDone) {
                        if (cpu[0] < 0 || (opsDone & 4095) == 0) {
                            long now = threads.getCurrentThreadCpuTime();
                            if (cpu[0] < 0) {
                                cpu[0] = now;
                            }
                            cpu[1] = now;
                        }
                    }
                };
                MutatorDriver.run(Configuration.defaults(), RunSpec.of("gcbench").withObserver(clock));
                return cpu[1] - cpu[0];
            }
            case "free32" -> {
                Allocator a = pymalloc();
                start = System.nanoTime();
                AllocatorPattern.free32(a, n);
            }
            case "churn" -> {
                Allocator a = pymalloc();
                if (churn == null) { // once: the C anchor's 100,000 live blocks; every batch continues its stream
                    churn = new Churn(AllocatorPattern.CHURN_LIVE, AllocatorPattern.SIZE_SEED);
                    churn.fill(a);
                }
                start = System.nanoTime();
                churn.steps(a, n);
            }
            case "pyLoop", "pyCall", "pyClassCall", "pyAttr", "pyGlobal", "pyTopdown" -> {
                Session.Compiled loop = python(op, n);
                start = System.nanoTime();
                loop.run();
            }
            default -> throw new IllegalArgumentException("unknown operation " + op
                    + " (newList, newInstance, getattr, setattr, getattrCached, setattrCached, young, youngOld, youngOldPromoted,"
                    + " reachable, reachableTuples, cycles, gcbench, free32, churn, pyLoop, pyCall, pyClassCall, pyAttr, pyGlobal, pyTopdown)");
        }
        return System.nanoTime() - start;
    }

    /**
     * The interpreter's operations, each a Python function running {@code n} iterations of one
     * statement, {@link InterpreterBench}'s: {@code pyLoop} the loop alone ({@code for i in range(n): pass}),
     * {@code pyCall} a call of a one-parameter Python function, {@code pyClassCall} gcbench's {@code Node()}
     * (a Python {@code __init__} with two defaults), {@code pyAttr} an instance attribute's load,
     * {@code pyGlobal} a global's load, {@code pyTopdown} one of gcbench's depth-4 trees built top-down
     * ({@code Node()} and {@code populate(4, node)}: 31 instances, 31 calls) and dropped. Subtract
     * {@code pyLoop} for the statement alone.
     */
    private Session.Compiled python(String op, int n) {
        if (session == null) {
            session = new Session(heap, new PrintWriter(Writer.nullWriter()));
            session.exec(String.join("\n",
                    "def f(a):",
                    "    return a",
                    "class Node:",
                    "    def __init__(self, left=None, right=None):",
                    "        self.left = left",
                    "        self.right = right",
                    "def populate(depth, node):",
                    "    if depth <= 0:",
                    "        return",
                    "    depth -= 1",
                    "    node.left = Node()",
                    "    node.right = Node()",
                    "    populate(depth, node.left)",
                    "    populate(depth, node.right)",
                    "o = Node()",
                    "g = 7",
                    "def pyLoop(n):",
                    "    for i in range(n):",
                    "        pass",
                    "def pyCall(n):",
                    "    for i in range(n):",
                    "        f(i)",
                    "def pyClassCall(n):",
                    "    for i in range(n):",
                    "        Node()",
                    "def pyAttr(n, o=o):",
                    "    for i in range(n):",
                    "        o.left",
                    "def pyGlobal(n):",
                    "    for i in range(n):",
                    "        g",
                    "def pyTopdown(n):",
                    "    for i in range(n):",
                    "        t = Node()",
                    "        populate(4, t)",
                    "        t = None",
                    ""));
        }
        return pythonLoops.computeIfAbsent(op + " " + n, k -> session.compile(op + "(" + n + ")"));
    }

    private Session session;
    private final Map<String, Session.Compiled> pythonLoops = new java.util.HashMap<>();

    /**
     * One {@code gc.collect(generation)}, timed by the CPU time of this thread: on a machine with
     * more runnable threads than CPUs a collection's elapsed time mostly measures the waits for a
     * CPU, which its CPU time leaves out (what is left is the collection and the cache misses the
     * other processes cause it).
     */
    private long collectionCpuTime(int generation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        heap.gc().collect(generation);
        return threads.getCurrentThreadCpuTime() - start;
    }

    private CachedSite cachedSite;
    /** free32's and churn's allocator: pymalloc on native memory, apart from the heap's, as AllocatorBench's. */
    private Allocator pymalloc;
    private Churn churn;

    private Allocator pymalloc() {
        if (pymalloc == null) {
            pymalloc = Allocators.create("pymalloc", "native");
            pymalloc.allocate(32); // the resident 32-byte block of AllocatorBench.free32's resident=true
        }
        return pymalloc;
    }
    /** Whether the graph of {@code reachable} or the old lists of {@code youngOld} exist. */
    private boolean built;

    /** Made at first use, so that a build without {@code CApi.attributeCache} still runs the other operations. */
    private CachedSite cachedSite() {
        if (cachedSite == null) {
            cachedSite = new CachedSite(capi, instance, two);
        }
        return cachedSite;
    }

    /** {@code c.x} and {@code c.x = 2} through one call site's attribute cache, as the interpreter's specialized bytecode. */
    private static final class CachedSite {
        private final CApi capi;
        private final long instance;
        private final long two;
        private final dev.pyheap.runtime.AttributeCache x;

        CachedSite(CApi capi, long instance, long two) {
            this.capi = capi;
            this.instance = instance;
            this.two = two;
            this.x = capi.attributeCache("x");
        }

        void get(int n) {
            for (int i = 0; i < n; i++) {
                capi.decref(capi.getattr(instance, x));
            }
        }

        void set(int n) {
            for (int i = 0; i < n; i++) {
                capi.setattr(instance, x, two);
            }
        }
    }
}

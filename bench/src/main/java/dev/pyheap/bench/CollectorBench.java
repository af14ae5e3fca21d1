package dev.pyheap.bench;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cycle collectors' collections (issue 4, item 7), each the Java side of one case of
 * {@code bench/anchors/py/gc_anchors.py}, which {@code bench/cpython-gc.sh} runs in the same
 * session. Each trial opens a heap with the collector under test, automatic collection disabled
 * (as the anchor does with {@code gc.disable()}); one operation is one {@code gc.collect()}, timed
 * alone: the graph it examines is built outside the measurement.
 *
 * <table>
 *   <tr><th>benchmark</th><th>the collection</th><th>anchor case</th></tr>
 *   <tr><td>{@code reachable}</td><td>full, over {@code root = [[i] for i in range(N)]}: nothing to free</td><td>{@code reachable N}</td></tr>
 *   <tr><td>{@code chain}</td><td>full, over a chain of N instances of {@code Link(next)}: nothing to free</td><td>{@code chain N}</td></tr>
 *   <tr><td>{@code cycles}</td><td>full, after N/2 {@code Person}↔{@code Dog} pairs were built and dropped: frees N instances</td><td>{@code cycles N}</td></tr>
 *   <tr><td>{@code young}</td><td>{@code gc.collect(0)} over {@value #YOUNG} fresh lists, with {@code old} objects in the
 *       oldest generation: a young collection must not scan them</td><td>(ratio old=N / old=0)</td></tr>
 * </table>
 *
 * <p>{@code marksweep} runs the same cases: each of its collections is a full one, so its
 * {@code young} shows what a non-generational collector pays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class CollectorBench {
    static final int YOUNG = 700;

    /** A heap with one attached thread holding the GIL and automatic collection off. */
    @State(Scope.Thread)
    public abstract static class HeapState {
        @Param({"generational", "marksweep"})
        public String collector;

        @Param({"1000000"})
        public int n;

        PyHeap heap;
        PyThreadState thread;
        CApi capi;

        void openHeap() {
            heap = PyHeap.open(Configuration.of(Map.of("collector", collector, "gc.enabled", "false")));
            thread = heap.attach();
            thread.acquireGil();
            capi = thread.capi();
        }

        /** {@code globals()[name] = object}, taking over the reference the caller owns. */
        void setGlobal(String name, long object) {
            try (Handle h = capi.toHandle(object)) {
                thread.setGlobal(name, h);
            }
        }

        /** A new class kept in the globals; its address. */
        long newClass(String name) {
            try (Handle cls = thread.newClass(name)) {
                thread.setGlobal(name, cls);
                return capi.address(cls);
            }
        }

        void closeHeap() {
            heap.gc().collect();
            thread.close();
            heap.close();
        }
    }

    /** {@code root = [[i] for i in range(n)]}, or a chain of n {@code Link}s, promoted to the oldest generation. */
    @State(Scope.Thread)
    public static class ReachableGraph extends HeapState {
        @Param({"lists", "chain"})
        public String shape;

        long root;

        @Setup(Level.Trial)
        public void build() {
            openHeap();
            if (shape.equals("lists")) {
                root = capi.newList();
                for (int i = 0; i < n; i++) {
                    long item = capi.newList();
                    long value = capi.newInt(i);
                    capi.listAppend(item, value);
                    capi.decref(value);
                    capi.listAppend(root, item);
                    capi.decref(item);
                }
            } else {
                long cls = newClass("Link");
                long next;
                try (Handle none = thread.none()) {
                    next = capi.address(none);
                    capi.incref(next);
                }
                for (int i = 0; i < n; i++) {
                    long link = capi.call(cls);
                    capi.setattr(link, "next", next);
                    capi.decref(next);
                    next = link;
                }
                root = next;
            }
            setGlobal("root", root);
            heap.gc().collect();
            heap.gc().collect();
        }

        @TearDown(Level.Trial)
        public void close() {
            thread.delGlobal("root");
            closeHeap();
        }
    }

    /** n/2 Person↔Dog pairs, rebuilt before each collection and dropped. */
    @State(Scope.Thread)
    public static class Cycles extends HeapState {
        long person;
        long dog;

        @Setup(Level.Trial)
        public void open() {
            openHeap();
            person = newClass("Person");
            dog = newClass("Dog");
            heap.gc().collect();
        }

        @Setup(Level.Invocation)
        public void buildAndDrop() {
            for (int i = 0; i < n / 2; i++) {
                long p = capi.call(person);
                long d = capi.call(dog);
                capi.setattr(p, "dog", d);
                capi.setattr(d, "owner", p);
                capi.decref(p);
                capi.decref(d);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            closeHeap();
        }
    }

    /** {@code old} lists in the oldest generation; {@value #YOUNG} fresh lists made before each young collection. */
    @State(Scope.Thread)
    public static class Young extends HeapState {
        @Param({"0", "1000000"})
        public int old;

        long young;

        @Setup(Level.Trial)
        public void build() {
            openHeap();
            setGlobal("old", listOfLists(capi, old));
            young = capi.newList();
            setGlobal("young", young);
            heap.gc().collect();
        }

        @Setup(Level.Invocation)
        public void makeYoung() {
            // The previous young lists (now in generation 1) die by refcount; fresh ones take their place.
            thread.delGlobal("young");
            young = listOfLists(capi, YOUNG);
            setGlobal("young", young);
        }

        @TearDown(Level.Trial)
        public void close() {
            thread.delGlobal("young");
            thread.delGlobal("old");
            closeHeap();
        }
    }

    /** {@code [[] for _ in range(n)]}: a new reference. */
    static long listOfLists(CApi capi, int n) {
        long list = capi.newList();
        for (int i = 0; i < n; i++) {
            long item = capi.newList();
            capi.listAppend(list, item);
            capi.decref(item);
        }
        return list;
    }

    @Benchmark
    public long reachable(ReachableGraph state) {
        return state.heap.gc().collect();
    }

    @Benchmark
    public long cycles(Cycles state) {
        long freed = state.heap.gc().collect();
        if (freed != state.n) {
            throw new IllegalStateException("expected " + state.n + " instances freed, gc.collect() returned " + freed);
        }
        return freed;
    }

    /**
     * Many collections per iteration (about 10⁴ per second), unlike the full collections: a single
     * shot of a 0.1 ms operation would time interpreted code. The per-invocation setup is outside
     * the measurement, so JMH times each collection on its own anyway; sampling them reports their
     * distribution as well as the mean. Quote the median ({@code p0.50}) next to the anchor's
     * median of 200 collections: on a shared machine the mean also holds the collections during
     * which the thread was descheduled (one run at a load of 7 on 2 CPUs: mean 72 µs, median
     * 17.5 µs, one collection in a thousand above 14 ms).
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public long young(Young state) {
        return state.heap.gc().collect(0);
    }
}

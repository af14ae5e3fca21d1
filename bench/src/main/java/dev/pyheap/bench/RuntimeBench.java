package dev.pyheap.bench;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.AttributeCache;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The runtime's hot paths (issue 3, item 15), each the Java side of one CPython {@code timeit}
 * statement that {@code bench/cpython-runtime.sh} runs in the same session. A heap with the default
 * configuration (pymalloc, the refcount collector) is opened per trial on the benchmark thread,
 * which attaches and holds the GIL for the whole trial, as a C extension's hot loop would.
 *
 * <table>
 *   <tr><th>benchmark</th><th>one operation</th><th>CPython</th></tr>
 *   <tr><td>{@code increfDecref}</td><td>{@code Py_INCREF} + {@code Py_DECREF} of a live list</td><td>(target: 2 ns)</td></tr>
 *   <tr><td>{@code increfDecref1024}</td><td>the same over {@value #OBJECTS} distinct lists, so nothing can be hoisted</td><td></td></tr>
 *   <tr><td>{@code newListAndDrop}</td><td>{@code PyList_New(0)} + decref (free list in, free list out)</td><td>{@code "[]"}</td></tr>
 *   <tr><td>{@code newInstanceAndDrop}</td><td>{@code C()} + decref, {@code C} an empty class</td><td>{@code -s "class C: pass" "C()"}</td></tr>
 *   <tr><td>{@code newListHandle}, {@code newInstanceHandle}</td><td>the same two through the safe API: a {@link Handle} opened and closed</td><td>(the handle's cost)</td></tr>
 *   <tr><td>{@code getattr}</td><td>{@code c.x}: a new reference to the value, then dropped (LOAD_ATTR + POP_TOP)</td><td>{@code ... "c.x"}</td></tr>
 *   <tr><td>{@code setattr}</td><td>{@code c.x = 2}: the new value counted, the old one released</td><td>{@code ... "c.x = 2"}</td></tr>
 *   <tr><td>{@code getattrCached}, {@code setattrCached}</td><td>the same two through one call site's {@link AttributeCache}: what CPython's
 *       timeit runs ({@code LOAD_ATTR_INSTANCE_VALUE}, {@code STORE_ATTR_INSTANCE_VALUE} after the first loops)</td><td>{@code ... "c.x"}, {@code "c.x = 2"}</td></tr>
 *   <tr><td>{@code setattrCachedReplacing}</td><td>{@code c.x = 1; c.x = 2} through the cache, per store: each replaces another object</td><td>{@code ... "c.x = 1; c.x = 2"} (halved)</td></tr>
 * </table>
 *
 * <p>Every operation leaves the heap as it found it (the free lists and pools return to the same
 * state), so each invocation is the steady state. The trial teardown checks the allocator and
 * fails if the heap reports a handle, thread state or object left behind.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=4m", "--enable-native-access=ALL-UNNAMED"})
public class RuntimeBench {
    static final int OBJECTS = 1024;

    PyHeap heap;
    PyThreadState thread;
    CApi capi;
    /** {@code class C: pass}. */
    Handle cls;
    long classObject;
    /** The list kept alive for {@code increfDecref}. */
    long list;
    long[] lists;
    /** {@code c = C(); c.x = 1}. */
    long instance;
    /** The call site's cache of {@code getattrCached} and {@code setattrCached}. */
    AttributeCache x;
    /** The small int 2, which {@code setattr} stores (cached: storing it allocates nothing, as in CPython). */
    long two;
    /** The small int 1, which {@code setattrCachedReplacing} stores in turn with {@link #two}. */
    long one;

    @Setup(Level.Trial)
    public void open() {
        heap = PyHeap.open(Configuration.defaults());
        thread = heap.attach();
        thread.acquireGil();
        capi = thread.capi();
        cls = thread.newClass("C");
        classObject = cls.id();
        list = capi.newList();
        lists = new long[OBJECTS];
        for (int i = 0; i < OBJECTS; i++) {
            lists[i] = capi.newList();
        }
        instance = capi.call(classObject);
        one = capi.newInt(1);
        capi.setattr(instance, "x", one);
        two = capi.newInt(2);
        x = capi.attributeCache("x");
    }

    @TearDown(Level.Trial)
    public void close() {
        capi.decref(two);
        capi.decref(one);
        capi.decref(instance);
        for (long l : lists) {
            capi.decref(l);
        }
        capi.decref(list);
        cls.close();
        // Outside timing: a benchmark that corrupted the heap or leaked must fail, not report a number.
        SanityReport sanity = heap.checkSanity();
        if (!sanity.ok()) {
            throw new IllegalStateException("RuntimeBench damaged the heap: " + sanity.format());
        }
        thread.close();
        heap.close();
        if (!heap.closeReport().isEmpty()) {
            throw new IllegalStateException("RuntimeBench left objects behind: " + heap.closeReport());
        }
    }

    // ---------------------------------------------------------------- reference counting

    @Benchmark
    public void increfDecref() {
        capi.incref(list);
        capi.decref(list);
    }

    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public void increfDecref1024() {
        long[] objects = lists;
        for (long o : objects) {
            capi.incref(o);
            capi.decref(o);
        }
    }

    // ---------------------------------------------------------------- create and drop

    @Benchmark
    public void newListAndDrop() {
        long l = capi.newList();
        capi.decref(l);
    }

    @Benchmark
    public void newInstanceAndDrop() {
        long c = capi.call(classObject);
        capi.decref(c);
    }

    @Benchmark
    @SuppressWarnings("try") // the handle is only opened and closed: that is what is measured
    public void newListHandle() {
        try (Handle h = thread.newList()) {
        }
    }

    @Benchmark
    @SuppressWarnings("try")
    public void newInstanceHandle() {
        try (Handle h = thread.call(cls)) {
        }
    }

    // ---------------------------------------------------------------- attributes

    @Benchmark
    public void getattr() {
        long v = capi.getattr(instance, "x");
        capi.decref(v);
    }

    @Benchmark
    public void setattr() {
        capi.setattr(instance, "x", two);
    }

    @Benchmark
    public void getattrCached() {
        long v = capi.getattr(instance, x);
        capi.decref(v);
    }

    @Benchmark
    public void setattrCached() {
        capi.setattr(instance, x, two);
    }

    /**
     * {@code c.x = 1; c.x = 2}: each store replaces another object, so the new value is counted and
     * the old one released ({@code setattrCached} stores the object the slot holds already).
     */
    @Benchmark
    @OperationsPerInvocation(2)
    public void setattrCachedReplacing() {
        capi.setattr(instance, x, one);
        capi.setattr(instance, x, two);
    }
}

package dev.pyheap.bench;

import dev.pyheap.api.config.Configuration;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The allocation path with tracemalloc off and on (issue 6, item 1: "tracing off costs nothing;
 * tracing on is reported as a ratio"). Each operation allocates and frees through the runtime,
 * never from a free list: {@code newInt} is {@code int} 10**6 (one 28-byte block) and
 * {@code newInstance} is {@code C()} (one instance block) then a decref. Tracing modes:
 *
 * <table>
 *   <tr><th>{@code tracing}</th><th>what the allocation pays</th></tr>
 *   <tr><td>{@code off}</td><td>one field read and a branch never taken (compare with
 *       {@link RuntimeBench#newInstanceAndDrop} measured before tracemalloc existed)</td></tr>
 *   <tr><td>{@code frames}</td><td>a trace put and removed; the site is the mutator's frame,
 *       cached on it (the thread pushed one frame, as a workload does)</td></tr>
 *   <tr><td>{@code frames5}</td><td>the same with {@code start(5)} under five pushed frames</td></tr>
 *   <tr><td>{@code javastack}</td><td>no frame pushed: each allocation walks the Java stack
 *       (the embedder case; expect microseconds)</td></tr>
 * </table>
 * The ratio on/off of the same benchmark is the number to quote. Heap as in {@link RuntimeBench}:
 * pymalloc, the refcount collector, the GIL held for the trial.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=4m", "--enable-native-access=ALL-UNNAMED"})
public class TracemallocBench {

    @Param({"off", "frames", "frames5", "javastack"})
    String tracing;

    PyHeap heap;
    PyThreadState thread;
    CApi capi;
    Handle cls;
    long classObject;

    @Setup(Level.Trial)
    public void open() {
        heap = PyHeap.open(Configuration.defaults());
        thread = heap.attach();
        thread.acquireGil();
        capi = thread.capi();
        cls = thread.newClass("C");
        classObject = cls.id();
        switch (tracing) {
            case "off" -> {
            }
            case "frames" -> {
                thread.pushFrame("bench", "bench.py", 10);
                heap.tracemalloc().start(1);
            }
            case "frames5" -> {
                for (int i = 1; i <= 5; i++) {
                    thread.pushFrame("f" + i, "bench.py", 10 * i);
                }
                heap.tracemalloc().start(5);
            }
            case "javastack" -> heap.tracemalloc().start(1);
            default -> throw new IllegalArgumentException("tracing=" + tracing);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        boolean traced = heap.tracemalloc().isTracing();
        long leftover = heap.tracemalloc().getTracedMemory().current();
        heap.tracemalloc().stop();
        while (thread.depth() > 0) {
            thread.popFrame();
        }
        cls.close();
        SanityReport sanity = heap.checkSanity();
        if (!sanity.ok()) {
            throw new IllegalStateException("TracemallocBench damaged the heap: " + sanity.format());
        }
        thread.close();
        heap.close();
        if (traced != !tracing.equals("off") || leftover != 0 && !tracing.equals("off")) {
            // every benchmark frees what it allocates: a trace left over means the hooks missed a free
            throw new IllegalStateException("tracing=" + tracing + ": tracing " + traced + ", " + leftover
                    + " traced bytes left at the end");
        }
        if (!heap.closeReport().isEmpty()) {
            throw new IllegalStateException("TracemallocBench left objects behind: " + heap.closeReport());
        }
    }

    @Benchmark
    public void newInt() {
        long i = capi.newInt(1_000_000);
        capi.decref(i);
    }

    @Benchmark
    public void newInstance() {
        long c = capi.call(classObject);
        capi.decref(c);
    }
}

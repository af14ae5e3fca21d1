package dev.pyheap.bench;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.driver.patterns.AllocatorPattern;
import dev.pyheap.driver.patterns.Batch;
import dev.pyheap.driver.patterns.Churn;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The four patterns of the C anchor ({@code bench/anchors/c/allocbench.c}), run through the
 * shared pattern code of {@code dev.pyheap.driver.patterns}, so the sizes and orders are the C
 * program's. Every score is nanoseconds per alloc+free pair, like the anchor's {@code ns_per_op}.
 *
 * <ul>
 *   <li>{@code free32}: {@value #FREE32_PAIRS} pairs of allocate(32), write a word, free, per
 *       invocation; the C loop minus its 20M count.</li>
 *   <li>{@code lifo} / {@code shuffle}: one invocation allocates the whole {@value #BATCH_BLOCKS}-block
 *       batch and frees it (reverse / shuffled order): the C program's per-batch time. The size and
 *       order arrays are drawn once per trial, outside timing, as the C program draws them before its
 *       clock starts. After warm-up every invocation is a "warm" batch in the C sense (batches 2..5).</li>
 *   <li>{@code churn}: the 100,000-block live set is filled once per trial; each invocation runs
 *       {@value #CHURN_STEPS} free+allocate steps continuing the same random stream, so the trial
 *       measures the steady state.</li>
 * </ul>
 *
 * <p>Each state owns its allocator, and JMH forks a JVM per benchmark and parameter, so every
 * pattern starts from a fresh allocator whose call sites have seen one allocator kind only
 * ({@link MegamorphicBench} measures the other case).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=4m", "--enable-native-access=ALL-UNNAMED"})
public class AllocatorBench {
    static final int FREE32_PAIRS = 1_000_000;
    static final int BATCH_BLOCKS = 1_000_000;
    static final int CHURN_STEPS = 1_000_000;

    /** One allocator of the kind named by the {@code allocator} parameter, for one trial. */
    @State(Scope.Thread)
    public abstract static class AllocatorState {
        @Param({"pymalloc", "malloc"})
        public String allocator;

        /** {@code native} (the default) or {@code checked}. */
        @Param({"native"})
        public String memory;

        Allocator heap;

        @Setup(Level.Trial)
        public final void open() {
            heap = Allocators.create(allocator, memory);
            prepare();
        }

        /** Pattern-specific setup, after the allocator exists and before any timing. */
        void prepare() {
        }

        @TearDown(Level.Trial)
        public final void close() {
            // Outside timing: a benchmark that corrupted the allocator must fail, not report a number.
            heap.verify();
            heap.close();
        }
    }

    /**
     * {@code resident = true} reproduces the C anchor's state: after {@code Py_Initialize} the
     * interpreter's own 32-byte objects keep a pool of that class in use, so each pair pops and
     * pushes one free-list entry. With {@code false} the class is otherwise empty, so every free
     * empties the pool and every allocation takes it back from the arena (pymalloc's slow path).
     */
    @State(Scope.Thread)
    public static class Free32State extends AllocatorState {
        @Param({"true", "false"})
        public boolean resident;

        @Override
        void prepare() {
            if (resident) {
                heap.allocate(32);
            }
        }
    }

    @State(Scope.Thread)
    public static class LifoState extends AllocatorState {
        Batch batch;

        @Override
        void prepare() {
            batch = new Batch(BATCH_BLOCKS, AllocatorPattern.SIZE_SEED, false);
        }
    }

    @State(Scope.Thread)
    public static class ShuffleState extends AllocatorState {
        Batch batch;

        @Override
        void prepare() {
            batch = new Batch(BATCH_BLOCKS, AllocatorPattern.SIZE_SEED, true);
        }
    }

    @State(Scope.Thread)
    public static class ChurnState extends AllocatorState {
        Churn churn;

        @Override
        void prepare() {
            churn = new Churn(AllocatorPattern.CHURN_LIVE, AllocatorPattern.SIZE_SEED);
            churn.fill(heap);
        }
    }

    /**
     * The benchmark thread's minor page faults ({@code minflt} of {@code /proc/thread-self/stat}),
     * counted around each invocation, outside its timing: JMH reports {@code minorFaults} and
     * {@code pairs} summed over each iteration, and their ratio is the faults per alloc+free pair. On
     * native memory pymalloc unmaps each arena a batch empties, as CPython does, so the next batch
     * faults its pages in again (the C anchor's lifo/shuffle caveat); checked memory's arrays come
     * from the already-committed Java heap.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PageFaults {
        private static final Path STAT = Path.of("/proc/thread-self/stat");
        public long minorFaults;
        public long pairs;
        private long before;

        @Setup(Level.Iteration)
        public void reset() {
            minorFaults = 0;
            pairs = 0;
        }

        @Setup(Level.Invocation)
        public void start() {
            before = minorFaults();
        }

        @TearDown(Level.Invocation)
        public void stop() {
            minorFaults += minorFaults() - before;
            pairs += BATCH_BLOCKS;
        }

        static long minorFaults() {
            try {
                String stat = Files.readString(STAT);
                // Fields after the command name (which may hold spaces) start at ")"; minflt is field 10.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[10 - 3]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(FREE32_PAIRS)
    public long free32(Free32State s) {
        return AllocatorPattern.free32(s.heap, FREE32_PAIRS);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH_BLOCKS)
    public long lifo(LifoState s, PageFaults faults) {
        s.batch.allocateAll(s.heap);
        return s.batch.freeAll(s.heap);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH_BLOCKS)
    public long shuffle(ShuffleState s, PageFaults faults) {
        s.batch.allocateAll(s.heap);
        return s.batch.freeAll(s.heap);
    }

    @Benchmark
    @OperationsPerInvocation(CHURN_STEPS)
    public long churn(ChurnState s) {
        return s.churn.steps(s.heap, CHURN_STEPS);
    }
}

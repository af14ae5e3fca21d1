package dev.pyheap.bench;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.driver.patterns.AllocatorPattern;
import dev.pyheap.driver.patterns.Churn;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several heaps with allocators of different kinds in one JVM, driven through the same call sites
 * (ARCHITECTURE §10: an interface call whose receiver differs per heap). The call sites are those of
 * the shared pattern code ({@link AllocatorPattern#free32}, {@link Churn#steps}), whose type profile
 * is per method, whoever calls it.
 *
 * <ul>
 *   <li>{@code alternatingFree32}: each invocation runs {@value #ALTERNATING_PAIRS} free32 pairs
 *       in {@value #ALTERNATING_ROUNDS} rounds; a round gives each heap ({@code allocator}, then each of
 *       {@code others}) an equal chunk (60,000 pairs for two kinds), all through the same
 *       {@code free32} loop. Score = ns per pair over all heaps; compare with the mean of the
 *       {@link AllocatorBench#free32} scores of the same kinds.</li>
 *   <li>{@code pollutedFree32} / {@code pollutedChurn}: time only the {@code allocator} heap, in a
 *       JVM whose call sites have also seen the {@code others} kinds: before every iteration
 *       (warm-up included, so before C2 compiles) each {@code others} heap runs the same pattern,
 *       untimed. Compare with {@link AllocatorBench#free32} / {@link AllocatorBench#churn} of the
 *       same {@code allocator}: the difference is what the polluted profile costs.</li>
 * </ul>
 *
 * <p>{@code others} is a comma-separated list of allocator names, each optionally with its memory
 * ({@code pymalloc@checked}; the default is native): one kind makes the sites bimorphic (C2 still
 * inlines both behind a type check), three or more make them megamorphic (a virtual call per
 * operation), e.g. {@code -p others=malloc,pymalloc_debug,malloc_debug}. {@code others=pymalloc@checked}
 * puts the same allocator class on two memories: the allocator's own sites stay monomorphic and its
 * {@code Memory} sites see two classes ({@code NativeMemory} and the checked {@code AddressSpace}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=4m", "--enable-native-access=ALL-UNNAMED"})
public class MegamorphicBench {
    /** Pairs per invocation of {@code alternatingFree32}: divisible by ROUNDS x (2..6 kinds). */
    static final int ALTERNATING_PAIRS = 600_000;
    static final int ALTERNATING_ROUNDS = 5;
    static final int FREE32_PAIRS = 1_000_000;
    static final int CHURN_STEPS = 1_000_000;
    /** Untimed operations per iteration on each polluting heap: enough to reach C1's profiling tier. */
    private static final int POLLUTE_OPS = 100_000;

    /** The kind that is timed. */
    @Param({"pymalloc"})
    public String allocator;

    /** The other kinds that share the call sites (comma-separated). */
    @Param({"malloc"})
    public String others;

    private Allocator heap;
    private Churn churn;
    private List<Allocator> otherHeaps;
    private List<Churn> otherChurns;
    private Allocator[] all;
    private int chunk;

    @Setup(Level.Trial)
    public void open() {
        String[] otherNames = others.split(",");
        int kinds = otherNames.length + 1;
        if (ALTERNATING_PAIRS % (ALTERNATING_ROUNDS * kinds) != 0) {
            throw new IllegalArgumentException("MegamorphicBench takes 2 to 6 allocator kinds in all; got " + kinds
                    + ": " + allocator + "," + others);
        }
        chunk = ALTERNATING_PAIRS / (ALTERNATING_ROUNDS * kinds);
        heap = Allocators.createFromSpec(allocator);
        churn = new Churn(AllocatorPattern.CHURN_LIVE, AllocatorPattern.SIZE_SEED);
        churn.fill(heap);
        otherHeaps = new ArrayList<>();
        otherChurns = new ArrayList<>();
        for (String name : otherNames) {
            Allocator other = Allocators.createFromSpec(name.strip());
            Churn c = new Churn(AllocatorPattern.CHURN_LIVE, AllocatorPattern.SIZE_SEED);
            c.fill(other);
            otherHeaps.add(other);
            otherChurns.add(c);
        }
        all = new Allocator[kinds];
        all[0] = heap;
        for (int i = 0; i < otherHeaps.size(); i++) {
            all[i + 1] = otherHeaps.get(i);
        }
        // Interleave every kind a few times before the first iteration, so that the profiling tiers
        // record all receivers whichever kind happens to trigger a compilation.
        for (int r = 0; r < 3; r++) {
            exercise(heap, churn);
            pollute();
        }
    }

    @Setup(Level.Iteration)
    public void pollute() {
        for (int i = 0; i < otherHeaps.size(); i++) {
            exercise(otherHeaps.get(i), otherChurns.get(i));
        }
    }

    private static void exercise(Allocator allocator, Churn churn) {
        AllocatorPattern.free32(allocator, POLLUTE_OPS);
        churn.steps(allocator, POLLUTE_OPS);
    }

    @TearDown(Level.Trial)
    public void close() {
        for (Allocator a : all) {
            a.verify();
            a.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(ALTERNATING_PAIRS)
    public long alternatingFree32() {
        long checksum = 0;
        for (int r = 0; r < ALTERNATING_ROUNDS; r++) {
            for (Allocator a : all) {
                checksum += AllocatorPattern.free32(a, chunk);
            }
        }
        return checksum;
    }

    @Benchmark
    @OperationsPerInvocation(FREE32_PAIRS)
    public long pollutedFree32() {
        return AllocatorPattern.free32(heap, FREE32_PAIRS);
    }

    @Benchmark
    @OperationsPerInvocation(CHURN_STEPS)
    public long pollutedChurn() {
        return churn.steps(heap, CHURN_STEPS);
    }
}

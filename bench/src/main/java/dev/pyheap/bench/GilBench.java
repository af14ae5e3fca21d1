package dev.pyheap.bench;

import dev.pyheap.runtime.gil.Gil;
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
 * The GIL's forced switch, as two Python threads that never block see it (the {@code s08_gil}
 * races): one operation is a round trip of the GIL between the benchmark thread and a partner
 * thread, both running nothing but check points. The benchmark thread runs check points until the
 * partner has had a turn: the partner, queued, rings the doorbell after one switch interval; the
 * benchmark thread drops the GIL at its next check point and waits until the partner has it; then
 * it queues in its turn, rings after an interval, and the partner drops the GIL back. So an
 * operation is two forced switches and two switch intervals of waiting (at 1 µs the wake-ups and
 * the timed waits' own overhead are all there is).
 *
 * <p>{@code checkpointUncontended} is the check point alone, with no other thread: a volatile read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class GilBench {

    /** The benchmark thread and a partner thread sharing one GIL, held by the benchmark thread between operations. */
    @State(Scope.Thread)
    public static class Pair {
        /** {@code sys.setswitchinterval} in microseconds. */
        @Param({"1", "100"})
        long intervalMicros;

        Gil gil;
        Thread partner;
        volatile boolean stop;
        /** Bumped by the partner at each of its check points: it only moves while the partner holds the GIL. */
        volatile long partnerCheckpoints;

        @Setup(Level.Trial)
        public void setUp() {
            gil = Gil.create(intervalMicros * 1e-6, "bench");
            gil.acquire();
            partner = Thread.ofPlatform().name("gil-partner").start(() -> {
                gil.acquire();
                while (!stop) {
                    partnerCheckpoints++;
                    gil.checkpoint();
                }
                gil.release();
            });
        }

        @TearDown(Level.Trial)
        public void tearDown() throws InterruptedException {
            stop = true;
            gil.release(); // the partner, queued or woken, takes the GIL, sees stop and lets it go
            partner.join();
        }
    }

    @Benchmark
    public long roundTrip(Pair pair) {
        long seen = pair.partnerCheckpoints;
        long own = 0;
        while (pair.partnerCheckpoints == seen) {
            pair.gil.checkpoint();
            own++;
        }
        return own;
    }

    /** No partner thread: the GIL held alone. */
    @State(Scope.Thread)
    public static class Alone {
        Gil gil;

        @Setup(Level.Trial)
        public void setUp() {
            gil = Gil.create();
            gil.acquire();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            gil.release();
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void checkpointUncontended(Alone alone) {
        alone.gil.checkpoint();
    }
}

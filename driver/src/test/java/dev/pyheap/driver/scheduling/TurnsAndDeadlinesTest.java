package dev.pyheap.driver.scheduling;

import dev.pyheap.driver.AllCollectors;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.PyHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver keeps its deadlines and bounds (issue 11, item 7): a turn hand-over wakes the thread
 * whose turn it is and no other, {@code --duration} holds for every yield policy with many threads,
 * and the thread count has an upper bound.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
final class TurnsAndDeadlinesTest {

    /** Seven threads wait for their turns; each hand-over wakes exactly the thread it names. */
    @Test
    void aHandOverWakesOnlyTheThreadWhoseTurnItIs() throws InterruptedException {
        int n = 8;
        TurnScheduler turns = new TurnScheduler(n); // thread 0 (this test) has the first turn
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int me = i;
            Thread t = new Thread(() -> {
                turns.awaitTurn(me);
                ran.add(me);
                turns.pass(0);
            }, "turn-" + i);
            t.start();
            workers.add(t);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> IntStream.range(1, n).allMatch(turns::waiting));
        List<Integer> order = List.of(5, 2, 7, 1, 4, 6, 3);
        for (int next : order) {
            turns.pass(next);
            turns.awaitTurn(0);
        }
        for (Thread t : workers) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertEquals(order, ran);
        assertEquals(0, turns.futileWakeUps(), "no thread woke to find another's turn");
        // Each worker woke once; this thread woke at most once per hand-over back to it.
        long wakeUps = turns.wakeUps();
        assertTrue(wakeUps >= 7 && wakeUps <= 14, "wake-ups: " + wakeUps);
        assertEquals(14, turns.handOvers());
    }

    /** In a whole run under {@code --yield always}, as many wake-ups as hand-overs at most, none futile. */
    @Test
    void aRunWithManyThreadsWakesOneThreadPerHandOver() {
        int threads = 64;
        RunSpec spec = RunSpec.of("churn").withThreads(threads).withOps(6_400).withYield(YieldPolicy.ALWAYS);
        try (PyHeap heap = PyHeap.open(AllCollectors.with("refcount"))) {
            DriverRun run = new DriverRun(heap, Workloads.named("churn"), spec);
            RunReport r = run.run();
            assertTrue(r.ok(), r::toString);
            assertEquals(6_400, r.ops());
            TurnScheduler turns = run.turns();
            // one hand-over after each operation, and one as each thread ends holding the turn
            assertTrue(turns.handOvers() >= 6_400, "hand-overs: " + turns.handOvers());
            assertEquals(0, turns.futileWakeUps(), "wake-ups: " + turns.wakeUps());
            assertTrue(turns.wakeUps() <= turns.handOvers(), "wake-ups " + turns.wakeUps());
        }
    }

    static List<YieldPolicy> policies() {
        return List.of(new YieldPolicy.SwitchInterval(), YieldPolicy.ALWAYS, new YieldPolicy.EveryN(3),
                new YieldPolicy.Random(2), new YieldPolicy.Never());
    }

    /**
     * 256 threads for half a second, under each policy: the mutators' time in the report (from the
     * start to the last thread's end) stays near the deadline. Before, {@code --yield always} looked at
     * the clock every 64 operations of each thread (16,384 operations, 47 s with every thread woken at
     * every hand-over). The bound is generous for a loaded machine.
     */
    @ParameterizedTest(name = "yield {0}")
    @MethodSource("policies")
    void theDurationHoldsWithManyThreads(YieldPolicy policy) {
        Duration duration = Duration.ofMillis(500);
        RunSpec spec = RunSpec.of("churn").withThreads(256).withDuration(duration).withYield(policy);
        RunReport r = MutatorDriver.run(AllCollectors.with("generational"), spec);
        assertTrue(r.ok(), r::toString);
        assertTrue(r.seconds() >= 0.5, "ran until the deadline: " + r.seconds());
        assertTrue(r.seconds() < 10, "the mutators ran " + r.seconds() + " s for a duration of 0.5 s");
    }

    @Test
    void theThreadCountIsBounded() {
        assertEquals(1024, RunSpec.MAX_THREADS);
        RunSpec.of("churn").withThreads(RunSpec.MAX_THREADS);
        assertEquals("threads must be from 1 to 1024, got 1025",
                assertThrows(IllegalArgumentException.class, () -> RunSpec.of("churn").withThreads(1025)).getMessage());
        assertEquals("threads must be from 1 to 1024, got 1000000000",
                assertThrows(IllegalArgumentException.class,
                        () -> RunSpec.of("churn").withThreads(1_000_000_000)).getMessage());
        assertEquals("threads must be from 1 to 1024, got 0",
                assertThrows(IllegalArgumentException.class, () -> RunSpec.of("churn").withThreads(0)).getMessage());
    }
}

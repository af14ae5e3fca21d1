package dev.pyheap.driver.scheduling;

import dev.pyheap.driver.AllCollectors;
import dev.pyheap.driver.reports.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bounded stress runs of {@code mvn verify}: every collector on the module path, one and four
 * threads, every yield policy, on {@code churn} (seeded random mutation of a live set the threads
 * share, so references cross threads), with the sanity checker sampled during the run and run at
 * the end, and the leak check. About a second per combination; the long soak is {@code -Pstress}
 * ({@code StressSoak}).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
final class StressTest {
    private static final long OPS = 50_000;
    private static final List<YieldPolicy> POLICIES = List.of(new YieldPolicy.SwitchInterval(), YieldPolicy.ALWAYS,
            new YieldPolicy.EveryN(50), new YieldPolicy.Random(8), new YieldPolicy.Never());

    static Stream<Arguments> combinations() {
        return AllCollectors.names().stream().flatMap(c -> Stream.of(1, 4)
                .flatMap(threads -> POLICIES.stream().map(p -> Arguments.of(c, threads, p))));
    }

    @ParameterizedTest(name = "{0}, {1} thread(s), yield {2}")
    @MethodSource("combinations")
    void churnStaysSaneAndLeaksOnlyWhatItDeclares(String collector, int threads, YieldPolicy policy) {
        RunSpec spec = RunSpec.of("churn").withThreads(threads).withOps(OPS).withYield(policy)
                .withSeed(0xC0FFEE + threads).withVerify(4, 5_000);
        RunReport r = MutatorDriver.run(AllCollectors.with(collector, java.util.Map.of("gc.threshold", "300,5,5")), spec);
        assertTrue(r.sanity().ok(), () -> String.join("\n", r.sanity().problems()));
        assertTrue(r.leakCheck().ok(), r.leakCheck()::toString);
        assertEquals(OPS, r.ops());
        assertEquals(threads, r.threadShares().size());
        assertEquals(1.0, r.threadShares().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        if (policy instanceof YieldPolicy.Never) {
            assertEquals(1.0, r.threadShares().get(0), "never: the first thread runs the whole budget");
        }
        if (policy.turnBased()) {
            assertEquals(0, r.gil().forcedSwitches(), "turns never make a thread wait on the GIL");
        }
        // 10 samples of 5,000 ops, plus the two checks at the end, each over a heap of thousands of objects
        assertTrue(r.sanity().checks() > 12 * 1_000, "sampled during the run: " + r.sanity().checks());
    }

    @Test
    void fourCpuBoundThreadsShareTheGilFairly() {
        RunSpec spec = RunSpec.of("lists").withThreads(4).withDuration(Duration.ofSeconds(1));
        RunReport r = MutatorDriver.run(AllCollectors.with("refcount"), spec);
        for (int i = 0; i < 4; i++) {
            assertTrue(r.threadShares().get(i) >= 0.10, "thread " + i + " got " + r.threadShares());
        }
        assertTrue(r.gil().forcedSwitches() > 0, "the switch interval forced switches: " + r.gil());
        assertTrue(r.gil().waitMillis() > 0, "threads waited for the GIL");
        assertTrue(r.ok(), r::toString);
    }
}

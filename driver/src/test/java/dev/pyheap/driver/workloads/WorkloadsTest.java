package dev.pyheap.driver.workloads;

import dev.pyheap.driver.AllCollectors;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.MutatorDriver;
import dev.pyheap.driver.scheduling.RunSpec;
import dev.pyheap.driver.scheduling.YieldPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every workload under every collector on the module path: sane, and leaking exactly what it declares. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
final class WorkloadsTest {
    /** The workloads that build cyclic garbage in any run of 20,000 operations. */
    private static final Set<String> CYCLIC = Set.of("churn", "cycles", "dicts", "leaky", "lists", "seeds");

    static Stream<Arguments> everyWorkloadUnderEveryCollector() {
        return AllCollectors.names().stream()
                .flatMap(c -> Workloads.all().stream().map(w -> Arguments.of(c, w.name())));
    }

    @Test
    void theEightWorkloadsAreServices() {
        assertEquals(List.of("churn", "cycles", "dicts", "gcbench", "leaky", "lists", "seeds", "strings"),
                Workloads.all().stream().map(Workload::name).toList());
        for (Workload w : Workloads.all()) {
            assertTrue(!w.description().isBlank() && !w.description().contains("\n"), w.name());
        }
    }

    @ParameterizedTest(name = "{1} under {0}")
    @MethodSource("everyWorkloadUnderEveryCollector")
    void aShortRunIsSaneAndLeaksExactlyWhatItDeclares(String collector, String workload) {
        RunSpec spec = RunSpec.of(workload).withOps(20_000).withThreads(2).withYield(new YieldPolicy.EveryN(97))
                .withVerify(8, 5_000);
        RunReport r = MutatorDriver.run(AllCollectors.with(collector), spec);
        assertTrue(r.sanity().ok(), () -> String.join("\n", r.sanity().problems()));
        assertTrue(r.sanity().checks() > 0);
        RunReport.LeakCheck leak = r.leakCheck();
        assertTrue(leak.ok(), leak::toString);
        if (AllCollectors.reclaimsCycles(collector)) {
            assertEquals(0, leak.leakedObjects(), leak::toString);
            assertEquals(0, leak.leakedBlocks(), leak::toString);
        } else {
            assertEquals(CYCLIC.contains(workload), leak.expectedObjects() > 0, leak::toString);
            assertEquals(leak.expectedObjects(), leak.leakedObjects());
        }
        assertEquals(collector, r.collector());
        assertEquals(workload, r.workload());
    }

    private static String seedsOutput(String collector) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RunReport r;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            r = MutatorDriver.run(AllCollectors.with(collector), RunSpec.of("seeds").withOut(out));
        }
        assertTrue(r.ok(), r::toString);
        assertEquals(32, r.ops(), "one operation per statement");
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The lines the articles print; ids are addresses, so only their equality is checked. */
    @ParameterizedTest
    @MethodSource("dev.pyheap.driver.AllCollectors#names")
    void seedsPrintsWhatTheArticlesPrint(String collector) {
        List<String> printed = seedsOutput(collector).lines().filter(l -> !l.startsWith("#")).toList();
        boolean cycles = AllCollectors.reclaimsCycles(collector);
        String left = cycles ? "0" : "1";
        assertEquals(List.of("x and y refer to the same object", "x and y do not refer to the same object"),
                printed.subList(0, 2));
        assertTrue(printed.get(2).matches("(\\d+) \\1"), "id(myname) == id(l[2]): " + printed.get(2));
        assertTrue(printed.get(3).matches("\\['a', 'b', \\['x', 'y'\\]\\] (\\d+) \\1"), printed.get(3));
        assertTrue(printed.get(4).matches("\\['x', 'y', \\['a', 'b', \\[\\.\\.\\.\\]\\]\\] (\\d+) \\1"), printed.get(4));
        assertEquals("['a', 'b', ['x', 'y', [...]]]", printed.get(5));
        assertTrue(printed.get(6).matches("(\\d+) \\1"), "id(num1) == id(num2): " + printed.get(6));
        assertEquals(List.of("2", "3", "2"), printed.subList(7, 10));
        // seed 003: tracemalloc's compare_to around Person() (statement 25) and Dog() (26), CPython's format
        assertEquals(List.of("seeds.py:26: size=312 B (+312 B), count=2 (+2), average=156 B",
                "seeds.py:25: size=304 B (+304 B), count=2 (+2), average=152 B"), printed.subList(10, 12));
        assertEquals(List.of("1", "1", left, left), printed.subList(12, 16));
        assertEquals(16, printed.size());
    }

    @Test
    void seedsUnderRefcountSaysTheCyclesStayAndTheyAreTheExpectedLeak() {
        String out = seedsOutput("refcount");
        assertTrue(out.contains("# del l1, l2; gc.collect() -> 0 (the refcount collector never reclaims cycles)\n"), out);
        RunReport r = MutatorDriver.run(AllCollectors.with("refcount"), RunSpec.of("seeds").withThreads(3));
        assertEquals(Map.of("Dog", 1L, "Person", 1L, "list", 2L), r.leakCheck().byType());
        assertEquals(8, r.leakCheck().leakedBlocks());
        assertEquals(List.of(1.0, 0.0, 0.0), r.threadShares(), "the script runs on the first thread only");
        assertTrue(r.ok(), r::toString);
    }
}

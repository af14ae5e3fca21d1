package dev.pyheap.driver.scheduling;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.AllCollectors;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long soak, outside {@code mvn verify}: {@code mvn -o -pl driver -am verify -Pstress} (see the
 * README). For every collector, 8 threads run each mixing workload for a share of
 * {@code pyheap.soak.minutes} (default 10) under the switch interval with sampled sanity checks;
 * then a chain of {@code pyheap.soak.chain} (default 10,000,000) instances is built and dropped at
 * once, which the deallocation must finish without a deep Java stack.
 */
final class StressSoak {
    private static final List<String> WORKLOADS = List.of("churn", "lists", "dicts", "leaky", "cycles", "strings");

    private static Duration perWorkload() {
        double minutes = Double.parseDouble(System.getProperty("pyheap.soak.minutes", "10"));
        return Duration.ofMillis((long) (minutes * 60_000 / WORKLOADS.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.pyheap.driver.AllCollectors#names")
    void eightThreadsForMinutesPerCollector(String collector) {
        for (String workload : WORKLOADS) {
            RunSpec spec = RunSpec.of(workload).withThreads(8).withDuration(perWorkload())
                    .withSeed(System.nanoTime()).withVerify(64, 2_000_000);
            RunReport r = MutatorDriver.run(AllCollectors.with(collector), spec);
            System.out.printf("soak %s %s: %,d ops in %.1f s, shares %s, %d sanity checks, leak %s%n", collector,
                    workload, r.ops(), r.seconds(), r.threadShares(), r.sanity().checks(), r.leakCheck());
            assertTrue(r.sanity().ok(), () -> workload + " seed " + r.seed() + ": " + String.join("\n", r.sanity().problems()));
            assertTrue(r.leakCheck().ok(), () -> workload + " seed " + r.seed() + ": " + r.leakCheck());
        }
    }

    @Test
    void aChainOfTenMillionInstancesIsDeallocatedAtOnce() {
        long length = Long.getLong("pyheap.soak.chain", 10_000_000L);
        for (String collector : AllCollectors.names()) {
            try (PyHeap heap = PyHeap.open(AllCollectors.with(collector)); PyThreadState t = heap.attach()) {
                t.acquireGil();
                CApi c = t.capi();
                long blocks;
                try (Handle link = t.newClass("Link")) {
                    t.setGlobal("Link", link);
                    try (Handle warm = t.call(link); Handle none = t.none()) {
                        t.setattr(warm, "next", none); // the name 'next' joins the class's keys before the count
                    }
                    heap.gc().collect();
                    blocks = heap.sys().getallocatedblocks();
                    long cls = c.address(link);
                    long head = c.call(cls);
                    try (Handle h = c.toHandle(head)) {
                        t.setGlobal("head", h);
                    }
                    long tail = head;
                    for (long i = 1; i < length; i++) {
                        long next = c.call(cls);
                        c.setattr(tail, "next", next);
                        c.decref(next);
                        tail = next;
                        if ((i & 0xFFFF) == 0) {
                            t.checkpoint();
                        }
                    }
                }
                t.delGlobal("head"); // the whole chain dies here, depth-first up to the trashcan's limit
                heap.gc().collect();
                assertEquals(blocks, heap.sys().getallocatedblocks(), collector + ": every block came back");
                SanityReport sanity = heap.checkSanity();
                assertTrue(sanity.ok(), sanity::format);
                t.delGlobal("Link");
                t.releaseGil();
            }
        }
    }
}

package dev.pyheap.runtime;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.gc.GenerationStatistics;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link PyHeap#metrics()}: read-only figures whose numbers reconcile (issue 12 item 5). */
final class MetricsTest {

    @Test
    void theFiguresReconcile() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            HeapMetrics m = f.heap.metrics();
            for (int i = 0; i < 3; i++) {
                f.gc().collect(i % 3);
            }
            try (Handle a = t.newList(); Handle b = t.newList(a)) {
                t.append(a, b); // a cycle the runtime tests' collector never frees (nor reports: gc-refcount's does)
            }
            f.gc().collect();
            AllocatorStatistics s = m.allocator();
            assertEquals(s.arenaBytes(), s.reconciledArenaBytes(), "arena bytes");
            assertEquals(s.arenaBytes() + s.rawBytes(), s.mappedBytes(), "mapped bytes");
            assertEquals(s.mappedBytes(), m.mappedBytes(), "the sampled mapped bytes are the snapshot's");
            assertEquals(f.sys().getallocatedblocks(), s.allocatedBlocks(), "sys.getallocatedblocks()");
            CollectorMetrics c = m.collector();
            assertEquals("test", c.name());
            assertEquals(f.gc().getStats(), c.statistics(), "gc.get_stats()");
            assertEquals(f.gc().getCount(), c.counts(), "gc.get_count()");
            long collections = c.statistics().stream().mapToLong(GenerationStatistics::collections).sum();
            assertEquals(4, collections);
            assertEquals(collections, c.pauses().count(), "each collection counts once in its list and once in the pauses");
            assertEquals(Optional.empty(), c.leakReport(), "a collector without a leak report");
            var gil = m.gil();
            assertTrue(gil.acquisitions() >= gil.switches() && gil.acquisitions() >= gil.contendedAcquisitions(), gil.toString());
            assertTrue(gil.holder().isPresent(), "this thread holds it");
            assertEquals(1, m.threadStates());
            long before = m.openHandles();
            try (Handle h = t.none()) {
                assertEquals(before + 1, m.openHandles());
            }
            assertEquals(before, m.openHandles());
        }
    }
}

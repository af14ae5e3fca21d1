package dev.pyheap.runtime;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.runtime.management.HeapBeans;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management beans, read through the platform MBean server as JConsole reads them: two heaps
 * apart, figures equal to the heap's metrics (the same source), unregistered on close.
 */
final class ManagementBeansTest {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    private Object attribute(ObjectName name, String attribute) throws Exception {
        return server.getAttribute(name, attribute);
    }

    @Test
    void eachHeapHasItsBeansUnderItsOwnNameUntilItCloses() throws Exception {
        ObjectName first;
        ObjectName firstGeneration;
        try (HeapFixture a = new HeapFixture(); HeapFixture b = new HeapFixture()) {
            assertNotEquals(a.heap.name(), b.heap.name());
            first = HeapBeans.heapName(a.heap.name());
            firstGeneration = HeapBeans.generationName(a.heap.name(), 0);
            assertEquals(ObjectName.getInstance("dev.pyheap:type=Heap,name=\"" + a.heap.name() + "\""), first);
            assertTrue(server.isRegistered(first));
            assertTrue(server.isRegistered(HeapBeans.heapName(b.heap.name())));
            int lists = a.heap.metrics().collector().statistics().size();
            Set<ObjectName> generations = server.queryNames(
                    ObjectName.getInstance("dev.pyheap:type=Generation,heap=\"" + a.heap.name() + "\",*"), null);
            assertEquals(lists, generations.size(), generations.toString());
            a.t.releaseGil();
            b.t.releaseGil();
            try {
                assertEquals(a.heap.name(), attribute(first, "Name"));
                assertEquals("test", attribute(first, "Collector"));
            } finally {
                a.t.acquireGil();
                b.t.acquireGil();
            }
        }
        assertFalse(server.isRegistered(first), "unregistered on close");
        assertFalse(server.isRegistered(firstGeneration), "unregistered on close");
    }

    @Test
    void theFiguresAreTheMetricsOfTheHeap() throws Exception {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            f.gc().collect(0);
            f.gc().collect(2);
            f.gc().collect(2);
            Handle kept = f.keep(t.newList());
            f.keep(t.newList(kept));
            HeapMetrics m = f.heap.metrics();
            AllocatorStatistics s = m.allocator();
            CollectorMetrics c = m.collector();
            List<GenerationStatistics> stats = c.statistics();
            List<Long> nanos = c.collectionNanos();
            List<Long> objects = c.objectsPerGeneration();
            var pauses = c.pauses();
            long tracked = f.gc().getObjects().stream().peek(Handle::close).count();
            long blocks = f.sys().getallocatedblocks();
            ObjectName heap = HeapBeans.heapName(f.heap.name());
            t.releaseGil();
            try {
                assertEquals(s.arenasCurrent(), attribute(heap, "Arenas"));
                assertEquals(s.mappedBytes(), attribute(heap, "MappedBytes"));
                assertEquals(s.allocatedBlockBytes() + s.rawBytes(), attribute(heap, "AllocatedBytes"));
                assertEquals(blocks, attribute(heap, "AllocatedBlocks"));
                long[] perGeneration = (long[]) attribute(heap, "ObjectsPerGeneration");
                assertArrayEquals(objects.stream().mapToLong(Long::longValue).toArray(), perGeneration);
                assertEquals(tracked, perGeneration[0] + perGeneration[1] + perGeneration[2], "gc.get_objects()");
                assertEquals(m.gil().forcedSwitches(), attribute(heap, "GilForcedSwitches"));
                long collections = 0;
                long time = 0;
                for (int g = 0; g < stats.size(); g++) {
                    ObjectName generation = HeapBeans.generationName(f.heap.name(), g);
                    assertEquals(stats.get(g).collections(), attribute(generation, "CollectionCount"), "generation " + g);
                    assertEquals(stats.get(g).collected(), attribute(generation, "Collected"));
                    assertEquals(nanos.get(g), attribute(generation, "CollectionNanos"));
                    assertEquals(nanos.get(g) / 1_000_000, attribute(generation, "CollectionTime"));
                    collections += (long) attribute(generation, "CollectionCount");
                    time += (long) attribute(generation, "CollectionNanos");
                }
                assertEquals(3, collections);
                assertEquals(pauses.count(), collections, "the generations' collections are the pauses");
                assertEquals(pauses.totalNanos(), time, "and their time the pauses' total");
            } finally {
                t.acquireGil();
            }
        }
    }

    /** A program reading its own heap's beans, holding the GIL: the read goes through its thread state. */
    @Test
    void aThreadHoldingTheGilReadsThroughItsOwnThreadState() throws Exception {
        try (HeapFixture f = new HeapFixture()) {
            f.keep(f.t.newList());
            assertEquals(f.sys().getallocatedblocks(), attribute(HeapBeans.heapName(f.heap.name()), "AllocatedBlocks"));
            assertEquals(1, f.heap.metrics().threadStates(), "no thread state attached for the read");
        }
    }

    @Test
    void aClosedHeapsBeanIsGoneAndItsNameIsNeverReused() throws Exception {
        String closed;
        try (HeapFixture f = new HeapFixture()) {
            closed = f.heap.name();
        }
        try (HeapFixture f = new HeapFixture()) {
            assertNotEquals(closed, f.heap.name());
            assertFalse(server.isRegistered(HeapBeans.heapName(closed)));
        }
    }
}

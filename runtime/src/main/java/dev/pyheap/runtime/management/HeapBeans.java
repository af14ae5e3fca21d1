package dev.pyheap.runtime.management;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.runtime.CollectorMetrics;
import dev.pyheap.runtime.HeapMetrics;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Registers a heap's beans in the platform MBean server and unregisters them ({@link #close()}).
 * A heap that cannot register them (no management in this JVM, a name taken) runs without them and
 * says so at WARN; nothing else depends on them.
 *
 * <p>Only a server that already exists gets them: a JMX agent started with the JVM
 * ({@code -Dcom.sun.management.jmxremote}, which JConsole and VisualVM connect to) or an embedder
 * that asked for {@link ManagementFactory#getPlatformMBeanServer()} before opening the heap. Making
 * the platform server registers every platform bean and describes every diagnostic command: a tenth
 * of a second or more, which a short program run would pay for beans nobody reads.
 */
public final class HeapBeans implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeapBeans.class);
    /** The domain of every pyheap bean. */
    public static final String DOMAIN = "dev.pyheap";

    private final MBeanServer server;
    private final List<ObjectName> registered = new ArrayList<>();

    private HeapBeans(MBeanServer server) {
        this.server = server;
    }

    /** The name of a heap's own bean. */
    public static ObjectName heapName(String heap) {
        return objectName("type=Heap,name=" + ObjectName.quote(heap));
    }

    /** The name of the bean of list {@code generation} of a heap's collector. */
    public static ObjectName generationName(String heap, int generation) {
        return objectName("type=Generation,heap=" + ObjectName.quote(heap) + ",name=generation" + generation);
    }

    private static ObjectName objectName(String properties) {
        try {
            return new ObjectName(DOMAIN + ":" + properties);
        } catch (JMException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Registers the beans of {@code heap}, named {@code name}, with {@code generations} lists. Called
     * by the heap as it opens, with the GIL not held.
     */
    public static HeapBeans register(PyHeap heap, String name, String collector, int generations) {
        if (MBeanServerFactory.findMBeanServer(null).isEmpty()) {
            return new HeapBeans(null);
        }
        HeapBeans beans = new HeapBeans(ManagementFactory.getPlatformMBeanServer());
        Reader reader = new Reader(heap);
        try {
            beans.add(heapName(name), new StandardMBean(new HeapBean(name, reader), HeapMXBean.class, true));
            for (int g = 0; g < generations; g++) {
                beans.add(generationName(name, g),
                        new StandardMBean(new GenerationBean(name, collector, g, reader), GenerationMXBean.class, true));
            }
        } catch (JMException | RuntimeException e) {
            LOG.warn("heap {}: its management beans are not registered: {}", name, e.toString());
            beans.close();
        }
        return beans;
    }

    private void add(ObjectName name, StandardMBean bean) throws JMException {
        server.registerMBean(bean, name);
        registered.add(name);
    }

    /** Unregisters every bean registered; doing it again does nothing. */
    @Override
    public void close() {
        if (server == null) {
            return;
        }
        for (ObjectName name : registered) {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                LOG.debug("{} was already unregistered: {}", name, e.toString());
            }
        }
        registered.clear();
    }

    /**
     * Reads the heap's metrics as an embedder does, with the GIL for the read: through the calling
     * thread's thread state when it has one (a program reading its own heap's beans), else through
     * one attached for the read (a JMX connection's thread).
     */
    private record Reader(PyHeap heap) {
        <T> T read(Function<HeapMetrics, T> figure) {
            Optional<PyThreadState> own = heap.threadStateOfThisThread();
            if (own.isPresent()) {
                try (var gil = own.get().gil()) {
                    return figure.apply(heap.metrics());
                }
            }
            try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
                return figure.apply(heap.metrics());
            }
        }

        <T> T allocator(Function<AllocatorStatistics, T> figure) {
            return read(m -> figure.apply(m.allocator()));
        }

        <T> T collector(Function<CollectorMetrics, T> figure) {
            return read(m -> figure.apply(m.collector()));
        }

        /** The GIL's counters need no GIL. */
        HeapMetrics lockFree() {
            return heap.metrics();
        }
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private record HeapBean(String name, Reader reader) implements HeapMXBean {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getAllocator() {
            return reader.allocator(AllocatorStatistics::allocator);
        }

        @Override
        public String getCollector() {
            return reader.collector(CollectorMetrics::name);
        }

        @Override
        public long getArenas() {
            return reader.allocator(AllocatorStatistics::arenasCurrent);
        }

        @Override
        public long getMappedBytes() {
            return reader.allocator(AllocatorStatistics::mappedBytes);
        }

        @Override
        public long getAllocatedBytes() {
            return reader.allocator(s -> s.allocatedBlockBytes() + s.rawBytes());
        }

        @Override
        public long getAllocatedBlocks() {
            return reader.allocator(AllocatorStatistics::allocatedBlocks);
        }

        @Override
        public long getLimitBytes() {
            return reader.allocator(AllocatorStatistics::limitBytes);
        }

        @Override
        public long[] getObjectsPerGeneration() {
            return reader.collector(c -> longs(c.objectsPerGeneration()));
        }

        @Override
        public long[] getCounts() {
            return reader.collector(c -> longs(c.counts()));
        }

        @Override
        public long getGilSwitches() {
            return reader.lockFree().gil().switches();
        }

        @Override
        public long getGilDropRequests() {
            return reader.lockFree().gil().dropRequests();
        }

        @Override
        public long getGilForcedSwitches() {
            return reader.lockFree().gil().forcedSwitches();
        }
    }

    private record GenerationBean(String heap, String collector, int generation, Reader reader)
            implements GenerationMXBean {
        @Override
        public String getName() {
            return "generation" + generation;
        }

        @Override
        public String getHeap() {
            return heap;
        }

        @Override
        public String getCollector() {
            return collector;
        }

        @Override
        public long getCollectionCount() {
            return reader.collector(c -> c.statistics().get(generation).collections());
        }

        @Override
        public long getCollectionTime() {
            return getCollectionNanos() / 1_000_000;
        }

        @Override
        public long getCollectionNanos() {
            return reader.collector(c -> c.collectionNanos().get(generation));
        }

        @Override
        public long getCollected() {
            return reader.collector(c -> c.statistics().get(generation).collected());
        }

        @Override
        public long getUncollectable() {
            return reader.collector(c -> c.statistics().get(generation).uncollectable());
        }
    }
}

package dev.pyheap.gc.refcount;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.testkit.FakeHeap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collector is found by name as a JPMS service (its class-path service file is checked by the contract test). */
class RefcountCollectorProviderTest {

    @Test
    void foundByNameAsAService() {
        CollectorProvider provider = Plugins.collector("refcount");
        assertInstanceOf(RefcountCollectorProvider.class, provider);
        assertEquals(List.of("refcount"), Plugins.collectors().stream().map(CollectorProvider::name).toList());
        assertEquals("reference counting only: cycles are never freed, they are reported", provider.description());
        assertEquals(List.of(), provider.options());
    }

    @Test
    void createsARefcountCollector() {
        GcState gc = GcState.open(new FakeHeap(), Configuration.defaults(), Plugins.collector("refcount"));
        Collector collector = gc.collector();
        assertEquals("refcount", collector.name());
        assertEquals(1, gc.generations());
        assertTrue(collector.leakReport().isPresent());
    }

    @Test
    void refcountIsChosenByNameNotByDefault() {
        assertEquals("generational", Configuration.defaults().get(dev.pyheap.api.config.Options.COLLECTOR),
                "CPython's collector is the default");
    }
}

package dev.pyheap.gc.generational;

import dev.pyheap.api.Plugins;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class GenerationalCollectorProviderTest {

    @Test
    void isFoundByNameAndMakesTheCollector() {
        var provider = Plugins.collector("generational");
        assertInstanceOf(GenerationalCollectorProvider.class, provider);
        assertEquals("generational", provider.name());
        assertEquals(List.of(), provider.options());
    }

    @Test
    void aHeapOpenedWithItUsesItWithCPythonsDefaults() {
        try (HeapFixture h = new HeapFixture("generational")) {
            assertEquals("generational", h.heap.metrics().collector().name());
            assertEquals(3, h.gc().getStats().size(), "three lists");
            assertEquals(List.of(700L, 10L, 10L), h.gc().getThreshold());
            assertEquals(true, h.gc().isenabled());
        }
    }

    @Test
    void readsTheThresholdAndEnabledOptions() {
        try (HeapFixture h = new HeapFixture("generational", java.util.Map.of("gc.threshold", "500,5", "gc.enabled", "false"))) {
            assertEquals(List.of(500L, 5L, 10L), h.gc().getThreshold());
            assertEquals(false, h.gc().isenabled());
        }
    }
}

package dev.pyheap.gc.marksweep;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The collector is found by name (a JPMS service; its service file is checked by the contract test) and declares its option. */
class MarkSweepCollectorProviderTest {

    @Test
    void foundByNameAsAService() {
        CollectorProvider provider = Plugins.collector("marksweep");
        assertInstanceOf(MarkSweepCollectorProvider.class, provider);
        assertEquals("full mark from the roots and sweep of every tracked object, triggered by heap growth",
                provider.description());
        assertEquals(List.of(MarkSweepCollectorProvider.GROWTH), provider.options());
    }

    @Test
    void theGrowthOptionIsDeclaredWithItsDefault() {
        Configuration defaults = Configuration.defaults();
        assertEquals(1.0, defaults.get(MarkSweepCollectorProvider.GROWTH));
        assertEquals("1.0", defaults.setting("gc.marksweep.growth").orElseThrow().valueText());
        assertEquals(0.25, Configuration.of(Map.of("gc.marksweep.growth", "0.25")).get(MarkSweepCollectorProvider.GROWTH));
    }

    @Test
    void theGrowthMustBePositive() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.of(Map.of("gc.marksweep.growth", "0")));
        assertEquals("invalid value '0' for option gc.marksweep.growth (from --set): expected a decimal number"
                + " greater than 0, e.g. 0.005", e.getMessage());
    }

    @Test
    void aHeapOpensWithIt() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            assertEquals("marksweep", h.heap.metrics().collector().name());
            assertEquals(1, h.gc().getStats().size(), "one list");
        }
    }
}

package dev.pyheap.api;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.config.Options;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The api module's tests run with no allocator or collector module on the module path. */
class PluginsTest {

    @Test
    void anUnknownAllocatorNamesWhatExists() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Plugins.allocator("nope"));
        assertEquals("unknown allocator 'nope'; available: none (no allocator module on the module path)",
                e.getMessage());
    }

    @Test
    void anUnknownCollectorNamesWhatExists() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Plugins.collector("generational"));
        assertEquals("unknown collector 'generational'; available: none (no collector module on the module path)",
                e.getMessage());
    }

    /** Nobody chose the collector: the message says it is the default and its module is missing. */
    @Test
    void aMissingDefaultIsSaidToBeTheDefault() {
        assertEquals("the default collector 'generational' is not on the module path (its module is"
                + " dev.pyheap.gc.generational), and no other collector module is either",
                assertThrows(ConfigurationException.class, () -> Plugins.collector(Configuration.defaults()))
                        .getMessage());
        assertEquals("the default allocator 'pymalloc' is not on the module path (its module is"
                + " dev.pyheap.allocator), and no other allocator module is either",
                assertThrows(ConfigurationException.class, () -> Plugins.allocator(Configuration.defaults()))
                        .getMessage());
        // a name someone chose is just unknown
        assertEquals("unknown collector 'generational'; available: none (no collector module on the module path)",
                assertThrows(ConfigurationException.class,
                        () -> Plugins.collector(Configuration.of(Map.of("collector", "generational")))).getMessage());
    }

    @Test
    void withoutPluginsOnlyTheCoreOptionsAreDeclared() {
        assertEquals(List.of(), Plugins.allocators());
        assertEquals(List.of(), Plugins.collectors());
        assertEquals(Options.core(), Plugins.declaredOptions());
    }
}

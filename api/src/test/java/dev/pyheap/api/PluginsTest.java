package dev.pyheap.api;

import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.config.Options;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void withoutPluginsOnlyTheCoreOptionsAreDeclared() {
        assertEquals(List.of(), Plugins.allocators());
        assertEquals(List.of(), Plugins.collectors());
        assertEquals(Options.core(), Plugins.declaredOptions());
    }
}

package dev.pyheap.allocator.impl.debug;

import dev.pyheap.allocator.impl.DebugProvider;
import dev.pyheap.allocator.impl.MallocDebugProvider;
import dev.pyheap.allocator.impl.PymallocDebugProvider;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.pyheap.allocator.impl.debug.DebugTestSupport.config;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.provider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three providers: names, options declared once, the base each one wraps. */
class DebugProvidersTest {

    @ParameterizedTest
    @CsvSource({"pymalloc_debug, pymalloc, true", "malloc_debug, malloc, false", "debug, pymalloc, true"})
    void providerWrapsItsBaseAllocator(String name, String base, boolean pooled) {
        AllocatorProvider p = provider(name);
        assertEquals(name, p.name());
        assertFalse(p.description().isBlank());
        assertFalse(p.description().contains("\n"));
        try (Allocator a = p.create(config())) {
            DebugAllocator debug = assertInstanceOf(DebugAllocator.class, a);
            assertEquals(name, debug.name());
            assertEquals(base, debug.base().name());
            assertInstanceOf(DebugMemory.class, debug.memory());
            assertTrue(debug.memory().isChecked(), "the debug allocators run on checked memory");
            assertTrue(debug.base().memory().isChecked(), "and so does the allocator they wrap");
            a.allocate(100);
            assertEquals(pooled, a.statistics().pooled());
            assertEquals(pooled ? 1 : 0, a.statistics().arenasCurrent());
            assertEquals(1, a.statistics().allocatedBlocks());
        }
    }

    @Test
    void allThreeDeclareTheSameOptionInstances() {
        List<Option<?>> options = new PymallocDebugProvider().options();
        assertEquals(List.of("debug.quarantine", "debug.serialno"), options.stream().map(Option::name).toList());
        for (AllocatorProvider p : List.of(new MallocDebugProvider(), new DebugProvider())) {
            for (int i = 0; i < options.size(); i++) {
                assertSame(options.get(i), p.options().get(i));
            }
        }
        assertEquals(1L << 20, DebugOptions.QUARANTINE.defaultValue());
        assertEquals("1m", DebugOptions.QUARANTINE.defaultText());
        assertEquals(Boolean.FALSE, DebugOptions.SERIALNO.defaultValue());
        assertEquals("PYHEAP_DEBUG_QUARANTINE", DebugOptions.QUARANTINE.environmentVariable());
    }

    @Test
    void optionsConfigureTheAllocator() {
        try (DebugAllocator a = (DebugAllocator) new DebugProvider().create(
                config("debug.quarantine=64k", "debug.serialno=on", "heap.limit=8m"))) {
            assertEquals(32, a.extraBytes());
            assertEquals(64 * 1024, a.statistics().debug().orElseThrow().quarantineLimit());
            assertEquals(8L << 20, a.statistics().limitBytes());
        }
        try (DebugAllocator a = (DebugAllocator) new MallocDebugProvider().create(config())) {
            assertEquals(24, a.extraBytes());
            assertEquals(1L << 20, a.statistics().debug().orElseThrow().quarantineLimit());
            assertEquals(-1, a.statistics().limitBytes());
        }
    }

    @Test
    void badOptionValuesNameTheOption() {
        var e = assertThrows(dev.pyheap.api.config.ConfigurationException.class, () -> config("debug.quarantine=lots"));
        assertTrue(e.getMessage().startsWith("invalid value 'lots' for option debug.quarantine (from --set)"),
                e.getMessage());
        e = assertThrows(dev.pyheap.api.config.ConfigurationException.class, () -> config("debug.serialno=maybe"));
        assertEquals("invalid value 'maybe' for option debug.serialno (from --set): expected true or false",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"pymalloc_debug", "malloc_debug", "debug"})
    void anExplicitNativeMemoryIsRefusedWithTheReasonAndCheckedIsAccepted(String name) {
        var e = assertThrows(dev.pyheap.api.config.ConfigurationException.class,
                () -> provider(name).create(config("memory=native")));
        assertEquals("allocator " + name + " runs on checked memory (it reports misuse as an error naming the address,"
                + " which native memory cannot promise); memory=native was set by --set: remove it or set"
                + " memory=checked", e.getMessage());
        try (Allocator a = provider(name).create(config("memory=checked"))) {
            assertTrue(a.memory().isChecked());
        }
    }
}

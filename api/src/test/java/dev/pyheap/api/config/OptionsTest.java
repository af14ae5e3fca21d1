package dev.pyheap.api.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The core options: names, defaults as {@code pyheap config} prints them, and what they refuse. */
class OptionsTest {

    private static Configuration load(Map<String, String> set) {
        ConfigurationLoader loader = new ConfigurationLoader(Options.core());
        set.forEach(loader::set);
        return loader.load();
    }

    private static String message(Option<?> option, String text) {
        return assertThrows(ConfigurationException.class, () -> option.parse(text, "--set")).getMessage();
    }

    @Test
    void theCoreOptionsInOrderWithTheirDefaults() {
        List<String> lines = load(Map.of()).all().stream()
                .map(s -> s.option().name() + "=" + s.valueText()).toList();
        assertEquals(List.of("allocator=pymalloc", "memory=native", "memory.retained_arenas=16", "heap.limit=unlimited", "collector=generational",
                "gc.threshold=700,10,10", "gc.enabled=true", "gc.debug=0", "switchinterval=0.005", "hashseed=random"), lines);
    }

    @Test
    void gcOptionsReadTheirValues() {
        Configuration c = load(Map.of("collector", "generational", "gc.threshold", "100,5", "gc.enabled", "off",
                "gc.debug", "38"));
        assertEquals("generational", c.get(Options.COLLECTOR));
        assertEquals(List.of(100L, 5L), c.get(Options.GC_THRESHOLD));
        assertEquals(false, c.get(Options.GC_ENABLED));
        assertEquals(38L, c.get(Options.GC_DEBUG));
    }

    @Test
    void memoryIsNativeOrCheckedAndReadFromPyheapMemory() {
        assertEquals("checked", load(Map.of("memory", "checked")).get(Options.MEMORY));
        assertEquals("invalid value 'Native' for option memory (from --set): expected one of native, checked",
                message(Options.MEMORY, "Native"));
        Setting<?> fromEnvironment = new ConfigurationLoader(Options.core())
                .environment(Map.of("PYHEAP_MEMORY", "checked")).load().setting("memory").orElseThrow();
        assertEquals("checked", fromEnvironment.value());
        assertEquals(Source.ENVIRONMENT, fromEnvironment.source());
        assertEquals("PYHEAP_MEMORY", fromEnvironment.origin());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 4, 32, 3, 6, 38, 39})
    void gcDebugTakesEverySumOfTheFourFlags(long flags) {
        assertEquals(flags, Options.GC_DEBUG.parse(Long.toString(flags), "--set"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "16", "64", "40", "47"})
    void gcDebugRefusesOtherBitsNamingTheFlags(String text) {
        assertEquals("invalid value '" + text + "' for option gc.debug (from --set): expected a sum of gc flags:"
                + " DEBUG_STATS=1, DEBUG_COLLECTABLE=2, DEBUG_UNCOLLECTABLE=4, DEBUG_SAVEALL=32 (DEBUG_LEAK=38)",
                message(Options.GC_DEBUG, text));
    }

    @Test
    void gcThresholdValuesMustFitACInt() {
        assertEquals(List.of(2147483647L), Options.GC_THRESHOLD.parse("2147483647", "--set"));
        assertEquals("invalid value '700,2147483648' for option gc.threshold (from --set): expected 1 to 3"
                + " comma-separated whole numbers from 0 to 2147483647", message(Options.GC_THRESHOLD, "700,2147483648"));
        assertEquals("invalid value '1,2,3,4' for option gc.threshold (from --set): expected 1 to 3"
                + " comma-separated whole numbers, each at least 0", message(Options.GC_THRESHOLD, "1,2,3,4"));
    }
}

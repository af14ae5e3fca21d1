package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The allocator contract for {@code pymalloc_debug}. Allocators are made by the provider itself rather than
 * looked up through {@link dev.pyheap.api.Plugins}, so the test does not depend on the service
 * registration in {@code module-info}.
 */
final class DebugPymallocContractTest extends AllocatorContractTest {
    private final List<Allocator> created = new ArrayList<>();
    private boolean quarantineOff;

    @Override
    String allocatorName() {
        return "pymalloc_debug";
    }

    @Override
    Allocator open(Map<String, String> settings) {
        var all = new java.util.HashMap<>(settings);
        if (quarantineOff) {
            all.put("debug.quarantine", "0");
        }
        Allocator a = DebugTestSupport.open(allocatorName(), all.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        created.add(a);
        return a;
    }

    /**
     * The inherited run ends by expecting no pool block in use, but quarantined blocks still are, so
     * this run goes without the quarantine (which also puts CPython's in-place debug realloc through
     * the million operations). {@code DebugMallocContractTest} runs it with the quarantine on.
     */
    @Test
    @Override
    void millionRandomOperationsAgainstAReferenceModel() {
        quarantineOff = true;
        super.millionRandomOperationsAgainstAReferenceModel();
    }

    @AfterEach
    void closeCreated() {
        created.forEach(Allocator::close);
    }
}

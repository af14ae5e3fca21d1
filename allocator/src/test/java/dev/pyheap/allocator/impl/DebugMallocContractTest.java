package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import org.junit.jupiter.api.AfterEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The allocator contract for {@code malloc_debug}. Allocators are made by the provider itself rather than
 * looked up through {@link dev.pyheap.api.Plugins}, so the test does not depend on the service
 * registration in {@code module-info}.
 */
final class DebugMallocContractTest extends AllocatorContractTest {
    private final List<Allocator> created = new ArrayList<>();

    @Override
    String allocatorName() {
        return "malloc_debug";
    }

    @Override
    Allocator open(Map<String, String> settings) {
        Allocator a = DebugTestSupport.open(allocatorName(), settings.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        created.add(a);
        return a;
    }

    @AfterEach
    void closeCreated() {
        created.forEach(Allocator::close);
    }
}

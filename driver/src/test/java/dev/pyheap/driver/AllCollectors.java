package dev.pyheap.driver;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.GilScope;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.util.List;
import java.util.Map;

/** The collectors on the module path (new ones are picked up when their module is), for parameterized tests. */
public final class AllCollectors {
    private AllCollectors() {
    }

    public static List<String> names() {
        return Plugins.collectors().stream().map(CollectorProvider::name).toList();
    }

    public static Configuration with(String collector) {
        return Configuration.of(Map.of("collector", collector));
    }

    public static Configuration with(String collector, Map<String, String> more) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(more);
        all.put("collector", collector);
        return Configuration.of(all);
    }

    /** Whether {@code collector} reclaims cycles: it has no leak report of its own (ARCHITECTURE §5). */
    public static boolean reclaimsCycles(String collector) {
        try (PyHeap heap = PyHeap.open(with(collector)); PyThreadState t = heap.attach(); GilScope gil = t.gil()) {
            return heap.metrics().collector().leakReport().isEmpty();
        }
    }
}

package dev.pyheap.driver.contract;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Heaps with different collectors live side by side in one JVM (issue 4, item 6), each with its own
 * GIL, lists and counts: the seed articles' two-list cycle, built in all three at once by one
 * thread, is collected by the two cycle collectors and reported by {@code refcount}.
 */
class CollectorsSideBySideTest {

    @Test
    void everyCollectorIsFoundByName() {
        List<String> names = Plugins.collectors().stream().map(CollectorProvider::name).sorted().toList();
        assertEquals(List.of("generational", "marksweep", "refcount"), names);
    }

    @Test
    void threeHeapsThreeCollectorsOneThread() {
        Map<String, PyHeap> heaps = new LinkedHashMap<>();
        List<PyThreadState> threads = new ArrayList<>();
        try {
            for (String name : List.of("refcount", "marksweep", "generational")) {
                PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", name)));
                heaps.put(name, heap);
                PyThreadState t = heap.attach();
                t.acquireGil();
                threads.add(t);
                assertEquals(name, heap.metrics().collector().name());
            }
            int i = 0;
            for (PyHeap heap : heaps.values()) {
                PyThreadState t = threads.get(i++);
                heap.gc().collect();
                try (Handle a = t.newList(); Handle b = t.newList()) {
                    t.append(a, b);
                    t.append(b, a);
                }
            }
            assertEquals(0, heaps.get("refcount").gc().collect());
            assertEquals(2, heaps.get("marksweep").gc().collect());
            assertEquals(2, heaps.get("generational").gc().collect());
            assertEquals(2, heaps.get("refcount").metrics().collector().leakReport().orElseThrow().objects());
            assertEquals(1, heaps.get("marksweep").gc().getStats().size());
            assertEquals(3, heaps.get("generational").gc().getStats().size());
            for (PyHeap heap : heaps.values()) {
                assertTrue(heap.checkSanity().ok(), heap.metrics().collector().name());
            }
        } finally {
            for (PyThreadState t : threads) {
                t.close();
            }
            heaps.values().forEach(PyHeap::close);
        }
    }
}

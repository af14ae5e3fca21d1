package dev.pyheap.runtime;

import dev.pyheap.api.MemoryError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Past heap.limit an allocation raises MemoryError and the heap stays consistent and usable. */
final class MemoryLimitTest {

    @Test
    void memoryErrorLeavesTheHeapUsable() {
        try (HeapFixture f = new HeapFixture(Map.of("heap.limit", "4m"))) {
            PyThreadState t = f.t;
            try (Handle keep = t.newList(); Handle cls = t.newClass("Big"); Handle payload = t.newStr("x".repeat(1000))) {
                MemoryError e = assertThrows(MemoryError.class, () -> {
                    for (int i = 0; ; i++) {
                        try (Handle o = t.call(cls); Handle s = t.newStr("payload " + i + "x".repeat(1000))) {
                            t.setattr(o, "s", s);
                            t.append(keep, o);
                        }
                    }
                });
                assertTrue(e.getMessage().contains("4,194,304") || e.getMessage().contains("4194304"), e.getMessage());
                long kept = t.len(keep);
                assertTrue(kept > 1000, "kept " + kept);
                for (long i = 0; i < kept; i++) {
                    try (Handle o = t.getitem(keep, i)) {
                        assertEquals("Big", o.typeName());
                    }
                }
                t.clear(keep);
                for (int i = 0; i < 100; i++) {
                    try (Handle o = t.call(cls)) {
                        t.setattr(o, "s", payload);
                        t.append(keep, o);
                    }
                }
                assertEquals(100, t.len(keep));
                t.clear(keep);
            }
        }
    }
}

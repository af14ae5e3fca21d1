package dev.pyheap.gc.marksweep;

import dev.pyheap.testkit.HeapTest;
import org.junit.jupiter.api.BeforeEach;

/** A fresh marksweep heap per test method, collected once before it, checked sane and closed clean at the end. */
abstract class MarkSweepTest extends HeapTest {
    @Override
    protected final String collector() {
        return "marksweep";
    }

    @BeforeEach
    final void cleanCollection() {
        h.collect();
    }
}

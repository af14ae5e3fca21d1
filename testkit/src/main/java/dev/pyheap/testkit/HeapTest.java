package dev.pyheap.testkit;

import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class with a fresh heap per test method, with the collector {@link #collector()} names:
 * {@link #h} its {@link HeapFixture}, checked sane and closed clean after the method, {@link #t}
 * its thread, holding the GIL.
 */
public abstract class HeapTest {
    protected HeapFixture h;
    protected PyThreadState t;

    /** The collector's name in configuration. */
    protected abstract String collector();

    @BeforeEach
    protected final void openHeap() {
        h = new HeapFixture(collector());
        t = h.t;
    }

    @AfterEach
    protected final void closeHeap() {
        h.close();
    }
}

package dev.pyheap.gc.generational;

import dev.pyheap.testkit.HeapFixture;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh generational heap per test method, checked sane and closed clean at the end. */
abstract class GenerationalTest {
    HeapFixture h;
    PyThreadState t;

    @BeforeEach
    final void openHeap() {
        h = new HeapFixture("generational");
        t = h.t;
    }

    @AfterEach
    final void closeHeap() {
        h.close();
    }
}

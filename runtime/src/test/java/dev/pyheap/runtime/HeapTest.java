package dev.pyheap.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh default heap per test method, its thread holding the GIL, checked sane at the end. */
abstract class HeapTest {
    HeapFixture f;
    PyThreadState t;

    @BeforeEach
    final void openHeap() {
        f = new HeapFixture();
        t = f.t;
    }

    @AfterEach
    final void closeHeap() {
        f.close();
    }
}

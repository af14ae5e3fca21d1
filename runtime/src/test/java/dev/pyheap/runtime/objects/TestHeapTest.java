package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A test over a fresh {@link TestHeap} per test method: {@link #h} and its thread {@link #t}, which
 * holds the GIL. After each test the heap closes, and its close report must be empty: nothing
 * leaked, no handle left open.
 */
abstract class TestHeapTest {
    TestHeap h;
    PyThreadState t;

    @BeforeEach
    final void openHeap() {
        h = new TestHeap();
        t = h.t;
    }

    @AfterEach
    final void closeHeap() {
        h.close();
        assertEquals(List.of(), h.heap.closeReport(), "nothing leaked, no handle left open");
    }
}

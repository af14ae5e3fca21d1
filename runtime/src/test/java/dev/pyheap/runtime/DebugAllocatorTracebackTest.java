package dev.pyheap.runtime;

import dev.pyheap.api.alloc.MemoryMisuseError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The debug allocators' messages end with the block's tracemalloc traceback while tracing, as
 * CPython's debug hooks print it ({@code PYTHONMALLOC=debug python3 -X tracemalloc=5} on a
 * bytearray overwritten one byte past its end printed
 * {@code Memory block allocated at (most recent call first):} then {@code   File "overflow.py", line 4}
 * and {@code   File "overflow.py", line 6}), and with CPython's hint when not tracing.
 */
final class DebugAllocatorTracebackTest {

    /** Writes one byte past a 3-byte bytes object's 36 requested bytes, then drops it: the free finds the pad damaged. */
    private static MemoryMisuseError overflowAndFree(HeapFixture f, Handle bytes) {
        long o = bytes.id();
        f.allocator().memory().putByte(o + 36, (byte) 0x41);
        return assertThrows(MemoryMisuseError.class, bytes::close);
    }

    @Test
    void tracingOnTheMessageShowsWhereTheBlockWasAllocated() {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", "pymalloc_debug"))) {
            f.heap.tracemalloc().start(5);
            f.t.pushFrame("make", "overflow.py", 4);
            Handle b = f.t.newBytes(new byte[]{'x', 'y', 'z'});
            f.t.frame().setLine(9);
            MemoryMisuseError e = overflowAndFree(f, b);
            assertEquals(MemoryMisuseError.Kind.BUFFER_OVERFLOW, e.kind());
            assertTrue(e.getMessage().endsWith("Memory block allocated at (most recent call first):\n"
                    + "  File \"overflow.py\", line 4\n"
                    + "  File \"__main__\", line 1"), e.getMessage());
            assertEquals("overflow.py", e.site().frames().get(0).filename());
            assertEquals("make", e.site().frames().get(0).function());
            f.abandon(); // the damaged block stays allocated, as the debug allocator documents
        }
    }

    @Test
    void tracingOffTheMessageSaysHowToGetTheTraceback() {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", "pymalloc_debug"))) {
            f.t.pushFrame("make", "overflow.py", 4);
            MemoryMisuseError e = overflowAndFree(f, f.t.newBytes(new byte[]{'x', 'y', 'z'}));
            assertTrue(e.getMessage().contains("\nEnable tracemalloc to get the memory block allocation traceback"),
                    e.getMessage());
            f.abandon();
        }
    }
}

package dev.pyheap.runtime.jfr;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A heap's name in its events and management beans: {@code heap-1}, {@code heap-2}... in the order
 * the JVM's heaps were opened, never reused, so two heaps (open together or one after the other)
 * never share one. The sequence is the only state shared between heaps: a number, not a heap's part.
 *
 * @param value the name
 */
public record HeapName(String value) {
    private static final AtomicLong OPENED = new AtomicLong();

    /** The next name. */
    public static HeapName next() {
        return new HeapName("heap-" + OPENED.incrementAndGet());
    }

    @Override
    public String toString() {
        return value;
    }
}

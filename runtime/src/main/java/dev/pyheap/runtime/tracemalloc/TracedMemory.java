package dev.pyheap.runtime.tracemalloc;

/**
 * {@code tracemalloc.get_traced_memory()}: bytes of the traced blocks, now and at the peak
 * since tracing started or the peak was reset.
 */
public record TracedMemory(long current, long peak) {
}

package dev.pyheap.api;

/**
 * Python's {@code MemoryError}: a request the heap cannot satisfy, most often because it would take
 * the mapped bytes past {@code heap.limit}. Thrown before anything is changed, so every block
 * already allocated stays intact and the heap stays usable once memory is freed.
 *
 * <p>An unchecked exception, not a {@link java.lang.Error}: running out of a pyheap heap says
 * nothing about the JVM.
 */
public class MemoryError extends PyHeapException {
    private final long requestedBytes;
    private final long mappedBytes;
    private final long limitBytes;

    public MemoryError(String message, long requestedBytes, long mappedBytes, long limitBytes) {
        super(message);
        this.requestedBytes = requestedBytes;
        this.mappedBytes = mappedBytes;
        this.limitBytes = limitBytes;
    }

    /** The size of the request that failed, in bytes. */
    public long requestedBytes() {
        return requestedBytes;
    }

    /** The bytes mapped by the heap when the request failed. */
    public long mappedBytes() {
        return mappedBytes;
    }

    /** The configured limit in bytes, or {@code -1} when the heap is unlimited. */
    public long limitBytes() {
        return limitBytes;
    }
}

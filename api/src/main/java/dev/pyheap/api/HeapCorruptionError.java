package dev.pyheap.api;

/**
 * The heap is not in the state its invariants promise: an address that is not mapped, a pad byte
 * overwritten, a block freed twice, a refcount that disagrees with the references to the object.
 * The message names the address and, where known, the object, what was expected and what was found.
 */
public class HeapCorruptionError extends PyHeapException {
    private final long address;

    public HeapCorruptionError(String message, long address) {
        super(message);
        this.address = address;
    }

    /** The address the problem was found at ({@code 0} when no single address is to blame). */
    public long address() {
        return address;
    }
}

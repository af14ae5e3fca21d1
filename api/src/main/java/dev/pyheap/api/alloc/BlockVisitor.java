package dev.pyheap.api.alloc;

/**
 * Receives the blocks {@link Allocator#forEachAllocatedBlock} enumerates.
 */
@FunctionalInterface
public interface BlockVisitor {

    /**
     * One block currently allocated to the user.
     *
     * @param address    the address {@link Allocator#allocate} returned for it
     * @param usableSize what {@link Allocator#usableSize} says of it
     */
    void visit(long address, long usableSize);
}

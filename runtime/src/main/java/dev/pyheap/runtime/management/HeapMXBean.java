package dev.pyheap.runtime.management;

/**
 * One heap, as the JDK's {@code MemoryPoolMXBean} is one pool: its memory, its objects, its GIL.
 * Every figure is the heap's metrics' ({@link dev.pyheap.runtime.HeapMetrics}), read when asked.
 */
public interface HeapMXBean {

    /** The heap's name ({@code heap-1}), as in its object name and its flight recorder events. */
    String getName();

    /** The allocator's name ({@code pymalloc}). */
    String getAllocator();

    /** The collector's name ({@code generational}). */
    String getCollector();

    /** Arenas mapped now ({@code # arenas allocated current}). */
    long getArenas();

    /** Bytes mapped: arenas plus raw blocks, what {@code heap.limit} bounds. */
    long getMappedBytes();

    /** Bytes in blocks the heap holds: pool blocks in use plus raw blocks. */
    long getAllocatedBytes();

    /** {@code sys.getallocatedblocks()}. */
    long getAllocatedBlocks();

    /** The configured {@code heap.limit}, or -1. */
    long getLimitBytes();

    /** Tracked objects in each of Python's three generations, the frozen ones aside. */
    long[] getObjectsPerGeneration();

    /** {@code gc.get_count()}. */
    long[] getCounts();

    /** Times the GIL went to another thread. */
    long getGilSwitches();

    /** Times a waiter asked the holder to drop the GIL. */
    long getGilDropRequests();

    /** Times a holder dropped the GIL on such a request. */
    long getGilForcedSwitches();
}

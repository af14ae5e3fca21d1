package dev.pyheap.runtime;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.ArenaUsage;
import dev.pyheap.runtime.gil.GilStatistics;

import java.util.List;

/**
 * What a heap holds and has done, read-only ({@link PyHeap#metrics()}), in the spirit of Netty's
 * {@code PooledByteBufAllocatorMetric}: the embedder reads numbers, it gets no handle on the
 * allocator, the collector or the lock themselves.
 *
 * <p>The numbers reconcile. The allocator's: its arenas' bytes are its allocated, available,
 * unused, header, quantization and alignment bytes, and its mapped bytes are its arenas plus raw
 * blocks ({@link AllocatorStatistics}). The collector's: the collections of its lists add up to its
 * recorded pauses ({@link CollectorMetrics}). The GIL's: {@code acquisitions >= switches},
 * {@code acquisitions >= contendedAcquisitions}, {@code dropRequests >= forcedSwitches}
 * ({@link GilStatistics}).
 *
 * <p>Like every entry point, the methods need the GIL (held by the calling thread's thread state),
 * except {@link #gil()}: the lock's own counters can be read from any thread, also while others
 * contend for it.
 */
public interface HeapMetrics {

    /** A snapshot of the allocator's statistics ({@code sys._debugmallocstats()}'s numbers), its name included. */
    AllocatorStatistics allocator();

    /**
     * The bytes the allocator has mapped from the system now, {@code allocator().mappedBytes()} without
     * the walk of every pool that a snapshot makes: for sampling a run's peak often.
     */
    long mappedBytes();

    /** The allocator's live arenas, each a row of its pools ({@link Allocator#arenaMap()}); empty without pools. O(pools). */
    List<ArenaUsage> arenaMap();

    /** The collector's figures. */
    CollectorMetrics collector();

    /** A snapshot of the GIL's counters; needs no GIL. */
    GilStatistics gil();

    /** Handles opened and not closed yet. */
    long openHandles();

    /** Thread states attached and not closed yet. */
    int threadStates();
}

package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.alloc.AllocationSite;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Freed blocks a debug allocator holds back from reuse, so that a dangling pointer keeps pointing
 * at {@code 0xDD} bytes that nobody else owns (this is beyond CPython, in the spirit of
 * AddressSanitizer's quarantine).
 *
 * <p>Two views of the same entries:
 * <ul>
 *   <li>a FIFO in free order, bounded by bytes: when adding a block would pass {@link #limit()}, the
 *       oldest blocks leave first (the allocator checks and really frees them);</li>
 *   <li>a {@link TreeMap} from each base block's start address, so that the debug {@code Memory}
 *       can tell with one floor lookup whether an access touches a quarantined block. Blocks never
 *       overlap, so the entry with the greatest start at or below the last byte of an access is the
 *       only one that can overlap it. {@code lowest} and {@code highestEnd} bound all entries and
 *       reject most accesses before the tree is consulted.</li>
 * </ul>
 * A limit of {@code 0} disables the quarantine, {@code -1} makes it unbounded.
 */
final class Quarantine {

    /**
     * One quarantined block.
     *
     * @param block   the block as it was when freed
     * @param start   the base block's address ({@code block.address() - 16})
     * @param bytes   the base block's length as the debug allocator uses it: requested size plus pads
     * @param freedAt where the block was freed, or {@code null} when unknown
     */
    record Entry(DebugBlock block, long start, long bytes, AllocationSite freedAt) {
        long end() {
            return start + bytes;
        }
    }

    private final long limit;
    private final ArrayDeque<Entry> fifo = new ArrayDeque<>();
    private final TreeMap<Long, Entry> byStart = new TreeMap<>();
    private long bytes;
    private long lowest = Long.MAX_VALUE;
    private long highestEnd = Long.MIN_VALUE;

    /** @param limit the most bytes held, {@code 0} to disable, {@code -1} for no bound */
    Quarantine(long limit) {
        if (limit < -1) {
            throw new IllegalArgumentException("quarantine limit must be -1 (unlimited) or at least 0: " + limit);
        }
        this.limit = limit;
    }

    boolean enabled() {
        return limit != 0;
    }

    /** Whether a block of {@code blockBytes} may be held at all (it may not when it alone is over the limit). */
    boolean admits(long blockBytes) {
        return limit < 0 || blockBytes <= limit;
    }

    /** Whether the oldest entry has to leave before {@code blockBytes} more can be held. */
    boolean mustEvictFor(long blockBytes) {
        return limit >= 0 && !fifo.isEmpty() && bytes + blockBytes > limit;
    }

    void add(Entry entry) {
        fifo.addLast(entry);
        byStart.put(entry.start(), entry);
        bytes += entry.bytes();
        lowest = Math.min(lowest, entry.start());
        highestEnd = Math.max(highestEnd, entry.end());
    }

    /** Removes and returns the oldest entry, or {@code null} when empty. */
    Entry removeOldest() {
        Entry e = fifo.pollFirst();
        if (e == null) {
            return null;
        }
        byStart.remove(e.start());
        bytes -= e.bytes();
        if (byStart.isEmpty()) {
            lowest = Long.MAX_VALUE;
            highestEnd = Long.MIN_VALUE;
        } else {
            if (e.start() == lowest) {
                lowest = byStart.firstKey();
            }
            if (e.end() == highestEnd) {
                highestEnd = byStart.lastEntry().getValue().end();
            }
        }
        return e;
    }

    /** The entry whose data address is exactly {@code address}, or {@code null}. */
    Entry at(long address) {
        Entry e = byStart.get(address - DebugAllocator.HEADER_BYTES);
        return e != null && e.block().address() == address ? e : null;
    }

    /** The entry overlapping {@code [address, address + length)}, or {@code null}; {@code length >= 1}. */
    Entry overlapping(long address, long length) {
        long last = address + length - 1;
        if (last < lowest || address >= highestEnd) {
            return null;
        }
        Map.Entry<Long, Entry> floor = byStart.floorEntry(last);
        if (floor == null) {
            return null;
        }
        Entry e = floor.getValue();
        return e.end() > address ? e : null;
    }

    /** The entries, oldest first, as a copy (callers release entries while iterating). */
    List<Entry> entries() {
        return List.copyOf(fifo);
    }

    long blocks() {
        return fifo.size();
    }

    long bytes() {
        return bytes;
    }

    long limit() {
        return limit;
    }

    void clear() {
        fifo.clear();
        byStart.clear();
        bytes = 0;
        lowest = Long.MAX_VALUE;
        highestEnd = Long.MIN_VALUE;
    }
}

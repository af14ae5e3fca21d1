package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.alloc.ArenaMapUsage;

/**
 * The arena map: which addresses lie in an arena, answered from a radix tree over the address
 * without touching memory ({@code arena_map_*} in CPython 3.11's {@code Objects/obmalloc.c}, on by
 * default on 64-bit as {@code WITH_PYMALLOC_RADIX_TREE}). One map per heap.
 *
 * <h2>Shape (64-bit addresses, CPython 3.11's split)</h2>
 * <pre>
 *   bit 63          49 48          34 33          20 19                0
 *      | top: 15 bits | mid: 15 bits | bot: 14 bits | offset: ARENA_BITS |
 *
 *   root (2^15 slots) --&gt; mid node (2^15 slots) --&gt; bot node: 2^14 x (tail_hi, tail_lo)
 * </pre>
 * A bottom slot stands for one "ideal" arena: a 1 MiB-aligned stretch of addresses. An arena that
 * mmap placed at a page but not 1 MiB boundary covers the upper part of one ideal arena and the lower
 * part of the next; its offset {@code tail} in the first is stored as that slot's {@code tail_hi}
 * (covered: offsets {@code >= tail_hi}) and as the next slot's {@code tail_lo} (covered: offsets
 * {@code < tail_lo}). An arena at an ideal address stores {@code tail_hi = -1} (all of the slot).
 * Two arenas may share one slot (one ending in it, one starting in it); they set different fields.
 * Nodes are created as arenas need them and kept.
 *
 * <p>Invariant: an address is in an arena exactly when its slot exists and
 * {@code offset < tail_lo || (tail_hi != 0 && offset >= tail_hi)}.
 *
 * <p>A bottom slot is one {@code long}, {@code tail_hi} in its high half and {@code tail_lo} in its
 * low half (C's 8-byte struct of two {@code int32}), so the lookup reads it in one access. The map
 * also remembers the bottom node it last recorded an arena in: one bottom node covers 16 GiB of
 * addresses and mmap rarely spreads a heap's arenas over more than one, so most lookups compare the
 * address's upper bits with that node's and skip the root and the mid node, two dependent loads
 * with their bounds checks that C's static root array does not pay.
 */
public final class ArenaMap {
    static final int TOP_BITS = 15;
    static final int MID_BITS = 15;
    static final int BOT_BITS = 64 - MemorySource.ARENA_BITS - TOP_BITS - MID_BITS;
    private static final int BOT_SHIFT = MemorySource.ARENA_BITS;
    private static final int MID_SHIFT = BOT_SHIFT + BOT_BITS;
    private static final int TOP_SHIFT = MID_SHIFT + MID_BITS;
    private static final int MID_MASK = (1 << MID_BITS) - 1;
    private static final int BOT_MASK = (1 << BOT_BITS) - 1;
    private static final int OFFSET_MASK = MemorySource.ARENA_SIZE - 1;

    /** root[top][mid] is a bottom node: one (tail_hi, tail_lo) slot per ideal arena. */
    private final long[][][] root = new long[1 << TOP_BITS][][];
    private int midNodes;
    private int botNodes;
    /** The bottom node an arena was last recorded in, and the address bits that select it ({@code address >>> MID_SHIFT}). */
    private long lastBotKey = -1;
    private long[] lastBot;

    /** {@code arena_map_is_used}: whether {@code address} lies in an arena recorded here. */
    public boolean isUsed(long address) {
        long[] bot = address >>> MID_SHIFT == lastBotKey ? lastBot : botOrNull(address);
        if (bot == null) {
            return false;
        }
        long coverage = bot[slot(address)];
        int hi = (int) (coverage >>> 32);
        int lo = (int) coverage;
        int tail = (int) address & OFFSET_MASK;
        return tail < lo || (tail >= hi && hi != 0);
    }

    /**
     * The base of the arena holding {@code address}, or 0 when none does: the slot's {@code tail_hi}
     * or the previous ideal arena's offset {@code tail_lo} says where it starts.
     */
    long arenaBase(long address) {
        long[] bot = botOrNull(address);
        if (bot == null) {
            return 0;
        }
        long coverage = bot[slot(address)];
        int hi = (int) (coverage >>> 32);
        int lo = (int) coverage;
        int tail = (int) address & OFFSET_MASK;
        long ideal = address & ~(long) OFFSET_MASK;
        if (tail < lo) {
            return ideal - MemorySource.ARENA_SIZE + lo;
        }
        if (hi == -1) {
            return ideal;
        }
        return hi != 0 && tail >= hi ? ideal + hi : 0;
    }

    /** {@code arena_map_mark_used(base, 1)}: records the arena of {@link MemorySource#ARENA_SIZE} bytes at {@code base}. */
    void markUsed(long base) {
        mark(base, true);
    }

    /** {@code arena_map_mark_used(base, 0)}: forgets the arena at {@code base}. */
    void markUnused(long base) {
        mark(base, false);
    }

    private void mark(long base, boolean used) {
        int tail = (int) base & OFFSET_MASK;
        long next = base + MemorySource.ARENA_SIZE;
        if (tail != 0 && Long.compareUnsigned(next, base) < 0) {
            throw new IllegalArgumentException("an arena at " + Long.toHexString(base) + " wraps the address space");
        }
        long[] hiNode = bot(base);
        int hiSlot = slot(base);
        if (tail == 0) {
            hiNode[hiSlot] = withHi(hiNode[hiSlot], used ? -1 : 0);
            return;
        }
        hiNode[hiSlot] = withHi(hiNode[hiSlot], used ? tail : 0);
        long[] loNode = bot(next);
        int loSlot = slot(next);
        loNode[loSlot] = (loNode[loSlot] & ~0xFFFF_FFFFL) | (used ? tail : 0);
    }

    /** A slot with its {@code tail_hi} replaced, its {@code tail_lo} kept. */
    private static long withHi(long coverage, int hi) {
        return ((long) hi << 32) | (coverage & 0xFFFF_FFFFL);
    }

    /** The bottom node covering {@code address}, or null when none was created. */
    private long[] botOrNull(long address) {
        long[][] mid = root[(int) (address >>> TOP_SHIFT)];
        return mid == null ? null : mid[(int) (address >>> MID_SHIFT) & MID_MASK];
    }

    /** The bottom node covering {@code address}, created (with its mid node) when missing; it becomes the last node. */
    private long[] bot(long address) {
        int top = (int) (address >>> TOP_SHIFT);
        long[][] mid = root[top];
        if (mid == null) {
            mid = new long[1 << MID_BITS][];
            root[top] = mid;
            midNodes++;
        }
        int m = (int) (address >>> MID_SHIFT) & MID_MASK;
        long[] bot = mid[m];
        if (bot == null) {
            bot = new long[1 << BOT_BITS];
            mid[m] = bot;
            botNodes++;
        }
        lastBotKey = address >>> MID_SHIFT;
        lastBot = bot;
        return bot;
    }

    private static int slot(long address) {
        return (int) (address >>> BOT_SHIFT) & BOT_MASK;
    }

    /** Interior nodes created so far, as {@code _PyObject_DebugMallocStats}' "arena map counts". */
    int midNodes() {
        return midNodes;
    }

    int botNodes() {
        return botNodes;
    }

    /**
     * The nodes and their bytes at C's sizes, as {@code _PyObject_DebugMallocStats} prints them: a
     * pointer per root and mid slot, a pair of 32-bit offsets per bottom slot.
     */
    ArenaMapUsage usage() {
        return new ArenaMapUsage(midNodes, botNodes, (long) Long.BYTES << TOP_BITS, (long) Long.BYTES << MID_BITS,
                (2L * Integer.BYTES) << BOT_BITS);
    }
}

package dev.pyheap.allocator.impl;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorSnapshot;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.BlockVisitor;
import dev.pyheap.api.alloc.SizeClassUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.pyheap.allocator.impl.AddressSpace.INT;
import static dev.pyheap.allocator.impl.AddressSpace.LONG;
import static dev.pyheap.allocator.impl.AddressSpace.arenaOffset;

/**
 * pymalloc: CPython 3.11's small-object allocator ({@code Objects/obmalloc.c}) on 64-bit, over the
 * memory of an {@link AddressSpace}.
 *
 * <h2>Geometry</h2>
 * <pre>
 *  arena (1 MiB, one segment, always pool-aligned here, so 64 pools and no alignment loss)
 *  +----------+----------+----------+-----   -----+----------+
 *  |  pool 0  |  pool 1  |  pool 2  |    ...      |  pool 63 |
 *  +----------+----------+----------+-----   -----+----------+
 *  ^address                         ^pool_address: pools from here up were never carved
 *
 *  pool (16 KiB) of size class i (blocks of (i + 1) * 16 bytes)
 *  +--------+---------+---------+---------+-----+---------+------------+
 *  | header | block 0 | block 1 | block 2 | ... | block n | (unusable) |   n + 1 = (16384 - 48) / size
 *  +--------+---------+---------+---------+-----+---------+------------+
 *   48 bytes          ^freeblock -> ... -> 0    ^nextoffset: never-used blocks start here
 *
 *  pool header, in the pool's first 48 bytes (as in CPython):
 *   +0 count (blocks allocated)   +8 freeblock   +16 nextpool   +24 prevpool
 *   +32 arenaindex   +36 szidx   +40 nextoffset   +44 maxnextoffset
 * </pre>
 * A request of 1..512 bytes is served from size class {@code (n - 1) >> 4}; 0 and larger requests
 * go to the {@link RawAllocator}.
 *
 * <h2>States and lists</h2>
 * <ul>
 *   <li>A pool is <b>used</b> (0 &lt; count &lt; capacity) and linked in {@code usedPools[class]}
 *       (doubly linked through nextpool/prevpool, head in a Java array, 0-terminated), <b>full</b>
 *       (in no list; its freeblock is 0), or <b>empty</b> (count 0, on its arena's singly linked
 *       {@code freepools}, keeping its szidx so reuse for the same class skips re-initialisation).
 *       Pools above an arena's pool_address are <b>virgin</b>.</li>
 *   <li>A free block's first 8 bytes link the pool's free list. Blocks are carved lazily: a new pool
 *       hands out block 0 and puts only block 1 on the free list; when the list runs out, the next
 *       virgin block is carved ({@code nextoffset}) until {@code nextoffset > maxnextoffset}.</li>
 *   <li>Arenas with at least one available pool are on {@code usableArenas}, doubly linked and
 *       sorted by ascending {@code nfreepools}: allocation always draws from the fullest arena, so
 *       nearly empty arenas get the chance to become empty and be given back.
 *       {@code nfp2lasta[n]} is the last arena in that list with exactly n free pools, which makes
 *       re-sorting O(1) (bpo-37029). Wholly allocated arenas are on no list.</li>
 * </ul>
 *
 * <h2>Operations</h2>
 * <ol>
 *   <li><b>allocate</b>: take the head pool of the class; pop its freeblock; if the list became
 *       empty, carve the next virgin block, or, when there is none, unlink the now full pool. With no
 *       used pool, take a pool from the head of usableArenas (a cached empty pool first, else carve
 *       one at pool_address; a new arena when there is no usable one) and link it at the front.</li>
 *   <li><b>free</b>: push the block on its pool's free list. A pool that was full goes to the
 *       <em>front</em> of its class's used list, so the very next request reuses the block. A pool
 *       that became empty moves to its arena's freepools, and the arena is re-sorted; an arena whose
 *       pools are all free is unmapped, unless it is the last usable arena (kept to avoid
 *       map/unmap thrashing, bpo-37257).</li>
 *   <li><b>reallocate</b>: a block stays in place when the new size fits and is more than 3/4 of
 *       the block; otherwise allocate, copy, free.</li>
 * </ol>
 *
 * <p>Tunables are CPython's 64-bit constants and fixed: 16-byte alignment, 512-byte threshold (32
 * classes), 16 KiB pools, 1 MiB arenas, 16 initial arena descriptors. Not thread-safe: used under the
 * heap's GIL.
 */
final class Pymalloc implements Allocator {
    private static final Logger LOG = LoggerFactory.getLogger(Pymalloc.class);

    static final int ALIGNMENT_SHIFT = 4;
    static final int SMALL_REQUEST_THRESHOLD = 512;
    static final int SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;
    static final int POOL_BITS = 14;
    static final int POOL_SIZE = 1 << POOL_BITS;
    static final int POOL_SIZE_MASK = POOL_SIZE - 1;
    static final int ARENA_SIZE = AddressSpace.SEGMENT_SIZE;
    static final int MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
    static final int POOL_OVERHEAD = 48;
    static final int INITIAL_ARENA_OBJECTS = 16;
    static final int DUMMY_SIZE_IDX = 0xffff;

    // Pool header field offsets.
    static final int COUNT = 0;
    static final int FREEBLOCK = 8;
    static final int NEXTPOOL = 16;
    static final int PREVPOOL = 24;
    static final int ARENAINDEX = 32;
    static final int SZIDX = 36;
    static final int NEXTOFFSET = 40;
    static final int MAXNEXTOFFSET = 44;

    /** An arena descriptor ({@code struct arena_object}): lives in Java, as CPython's lives outside the arena. */
    static final class Arena {
        final int index;
        /** Base address, or 0 when the descriptor is not associated with memory. */
        long address;
        /** The first never-carved pool. */
        long poolAddress;
        int nfreepools;
        int ntotalpools;
        /** Head of the singly linked list of empty pools (through their nextpool field). */
        long freepools;
        /** usableArenas links; nextarena also links the unused-descriptor list. */
        Arena nextarena;
        Arena prevarena;

        Arena(int index) {
            this.index = index;
        }
    }

    private final String name;
    private final AddressSpace space;
    private final RawAllocator raw;

    private final long[] usedPools = new long[SIZE_CLASSES];
    private Arena[] arenas = new Arena[0];
    private Arena unusedArenaObjects;
    private Arena usableArenas;
    private final Arena[] nfp2lasta = new Arena[MAX_POOLS_IN_ARENA + 1];

    private long arenasAllocatedTotal;
    private long arenasCurrent;
    private long arenasHighWater;
    private boolean closed;

    Pymalloc(String name, AddressSpace space) {
        this.name = name;
        this.space = space;
        this.raw = new RawAllocator(space);
    }

    static int blockSize(int sizeClass) {
        return (sizeClass + 1) << ALIGNMENT_SHIFT;
    }

    static int capacity(int sizeClass) {
        return (POOL_SIZE - POOL_OVERHEAD) / blockSize(sizeClass);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Memory memory() {
        return space;
    }

    @Override
    public void installHooks(AllocationHooks hooks) {
        // pymalloc itself needs neither the site nor the GIL check; the debug wrapper uses them.
    }

    // ------------------------------------------------------------------ allocate

    @Override
    public long allocate(long size) {
        if ((size - 1) >>> 9 == 0) { // 1 <= size <= 512
            int sizeClass = (int) (size - 1) >>> ALIGNMENT_SHIFT;
            long pool = usedPools[sizeClass];
            if (pool != 0) {
                byte[] arena = space.segment(pool);
                int p = arenaOffset(pool);
                INT.set(arena, p + COUNT, (int) INT.get(arena, p + COUNT) + 1);
                long block = (long) LONG.get(arena, p + FREEBLOCK);
                long next = (long) LONG.get(arena, arenaOffset(block));
                LONG.set(arena, p + FREEBLOCK, next);
                if (next == 0) {
                    extendPool(arena, p, pool, sizeClass);
                }
                return block;
            }
            return allocateFromNewPool(sizeClass);
        }
        return allocateRaw(size);
    }

    private long allocateRaw(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        return raw.allocate(size);
    }

    /** The pool's free list ran out: carve the next virgin block, or unlink the pool, which is now full. */
    private void extendPool(byte[] arena, int p, long pool, int sizeClass) {
        int nextOffset = (int) INT.get(arena, p + NEXTOFFSET);
        if (nextOffset <= (int) INT.get(arena, p + MAXNEXTOFFSET)) {
            long block = pool + nextOffset;
            LONG.set(arena, p + FREEBLOCK, block);
            INT.set(arena, p + NEXTOFFSET, nextOffset + blockSize(sizeClass));
            LONG.set(arena, arenaOffset(block), 0L);
            return;
        }
        unlinkUsedPool(pool, sizeClass);
    }

    /** No used pool for this class: take one from the fullest usable arena. */
    private long allocateFromNewPool(int sizeClass) {
        if (usableArenas == null) {
            Arena fresh = newArena(); // may throw MemoryError; nothing has changed yet
            fresh.nextarena = null;
            fresh.prevarena = null;
            usableArenas = fresh;
            nfp2lasta[fresh.nfreepools] = fresh;
        }
        Arena arena = usableArenas;
        // The arena is about to lose a free pool: keep nfp2lasta pointing at the last arena of each count.
        if (nfp2lasta[arena.nfreepools] == arena) {
            nfp2lasta[arena.nfreepools] = null;
        }
        if (arena.nfreepools > 1) {
            nfp2lasta[arena.nfreepools - 1] = arena;
        }
        long pool = arena.freepools;
        byte[] memory = space.segment(arena.address);
        if (pool != 0) {
            arena.freepools = (long) LONG.get(memory, arenaOffset(pool) + NEXTPOOL);
        } else {
            pool = arena.poolAddress;
            int p = arenaOffset(pool);
            INT.set(memory, p + ARENAINDEX, arena.index);
            INT.set(memory, p + SZIDX, DUMMY_SIZE_IDX);
            arena.poolAddress += POOL_SIZE;
        }
        arena.nfreepools--;
        if (arena.nfreepools == 0) {
            // Wholly allocated: it leaves the usable list (it was the head).
            usableArenas = arena.nextarena;
            if (usableArenas != null) {
                usableArenas.prevarena = null;
            }
        }
        int p = arenaOffset(pool);
        insertUsedPoolAtFront(memory, p, pool, sizeClass);
        INT.set(memory, p + COUNT, 1);
        if ((int) INT.get(memory, p + SZIDX) == sizeClass) {
            // A cached pool of the same class: its header and free list are ready.
            long block = (long) LONG.get(memory, p + FREEBLOCK);
            LONG.set(memory, p + FREEBLOCK, (long) LONG.get(memory, arenaOffset(block)));
            return block;
        }
        int size = blockSize(sizeClass);
        INT.set(memory, p + SZIDX, sizeClass);
        INT.set(memory, p + NEXTOFFSET, POOL_OVERHEAD + (size << 1));
        INT.set(memory, p + MAXNEXTOFFSET, POOL_SIZE - size);
        long first = pool + POOL_OVERHEAD;
        long second = first + size;
        LONG.set(memory, p + FREEBLOCK, second);
        LONG.set(memory, arenaOffset(second), 0L);
        return first;
    }

    /** {@code new_arena}: maps 1 MiB and takes a descriptor from the unused list (growing the vector when empty). */
    private Arena newArena() {
        if (unusedArenaObjects == null) {
            int old = arenas.length;
            int grown = old == 0 ? INITIAL_ARENA_OBJECTS : old * 2;
            arenas = Arrays.copyOf(arenas, grown);
            for (int i = grown - 1; i >= old; i--) {
                Arena a = new Arena(i);
                a.nextarena = unusedArenaObjects;
                arenas[i] = a;
                unusedArenaObjects = a;
            }
        }
        long address = space.mapArena(); // throws MemoryError before the descriptor is taken
        Arena arena = unusedArenaObjects;
        unusedArenaObjects = arena.nextarena;
        arena.address = address;
        arena.poolAddress = address; // arenas are segment-aligned: no pool is lost to alignment
        arena.nfreepools = MAX_POOLS_IN_ARENA;
        arena.ntotalpools = MAX_POOLS_IN_ARENA;
        arena.freepools = 0;
        arenasAllocatedTotal++;
        arenasCurrent++;
        arenasHighWater = Math.max(arenasHighWater, arenasCurrent);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: new arena #{} at {} ({} current)", name, arena.index, Addresses.hex(address), arenasCurrent);
        }
        return arena;
    }

    // ------------------------------------------------------------------ free

    @Override
    public void free(long address) {
        byte[] arena = space.arenaOrNull(address);
        if (arena != null) {
            int offset = arenaOffset(address);
            int p = arenaOffset(address & ~(long) POOL_SIZE_MASK);
            long lastFree = (long) LONG.get(arena, p + FREEBLOCK);
            LONG.set(arena, offset, lastFree);
            LONG.set(arena, p + FREEBLOCK, address);
            int count = (int) INT.get(arena, p + COUNT) - 1;
            INT.set(arena, p + COUNT, count);
            if (lastFree == 0) {
                // The pool was full: back to the front of its class, so the next request reuses this block.
                long pool = address & ~(long) POOL_SIZE_MASK;
                insertUsedPoolAtFront(arena, p, pool, (int) INT.get(arena, p + SZIDX));
            } else if (count == 0) {
                insertToFreepool(arena, p, address & ~(long) POOL_SIZE_MASK);
            }
        } else if (address != 0) {
            raw.free(address);
        }
    }

    /**
     * {@code insert_to_freepool}: the pool became empty. Unlink it from its class, push it on its
     * arena's freepools, and keep usableArenas sorted (four cases: release a wholly free arena
     * unless it is the last usable one; re-list an arena that had no free pool; slide it right past
     * the arenas that now have fewer free pools; or nothing).
     */
    private void insertToFreepool(byte[] memory, int p, long pool) {
        int sizeClass = (int) INT.get(memory, p + SZIDX);
        unlinkUsedPool(pool, sizeClass);
        Arena arena = arenas[(int) INT.get(memory, p + ARENAINDEX)];
        LONG.set(memory, p + NEXTPOOL, arena.freepools);
        arena.freepools = pool;
        int nf = arena.nfreepools;
        Arena lastWithOldCount = nfp2lasta[nf];
        if (lastWithOldCount == arena) {
            Arena prev = arena.prevarena;
            nfp2lasta[nf] = prev != null && prev.nfreepools == nf ? prev : null;
        }
        arena.nfreepools = ++nf;

        if (nf == arena.ntotalpools && arena.nextarena != null) {
            // Case 1: every pool is free and another usable arena follows: give this one back.
            unlinkUsableArena(arena);
            releaseArena(arena);
            return;
        }
        if (nf == 1) {
            // Case 2: it had no free pool, so it was on no list: it is now the fullest usable arena.
            arena.nextarena = usableArenas;
            arena.prevarena = null;
            if (usableArenas != null) {
                usableArenas.prevarena = arena;
            }
            usableArenas = arena;
            if (nfp2lasta[1] == null) {
                nfp2lasta[1] = arena;
            }
            return;
        }
        if (nfp2lasta[nf] == null) {
            nfp2lasta[nf] = arena;
        }
        if (arena == lastWithOldCount) {
            // Case 4: it was the last with its old count, so everything after it has more free pools.
            return;
        }
        // Case 3: slide it right, to just after the last arena that had its old count.
        unlinkUsableArena(arena);
        arena.prevarena = lastWithOldCount;
        arena.nextarena = lastWithOldCount.nextarena;
        if (arena.nextarena != null) {
            arena.nextarena.prevarena = arena;
        }
        lastWithOldCount.nextarena = arena;
    }

    private void unlinkUsableArena(Arena arena) {
        if (arena.prevarena == null) {
            usableArenas = arena.nextarena;
        } else {
            arena.prevarena.nextarena = arena.nextarena;
        }
        if (arena.nextarena != null) {
            arena.nextarena.prevarena = arena.prevarena;
        }
    }

    private void releaseArena(Arena arena) {
        space.unmapArena(arena.address);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: arena #{} at {} given back ({} current)", name, arena.index,
                    Addresses.hex(arena.address), arenasCurrent - 1);
        }
        arena.address = 0;
        arena.freepools = 0;
        arena.prevarena = null;
        arena.nextarena = unusedArenaObjects;
        unusedArenaObjects = arena;
        arenasCurrent--;
    }

    private void insertUsedPoolAtFront(byte[] memory, int p, long pool, int sizeClass) {
        long head = usedPools[sizeClass];
        LONG.set(memory, p + NEXTPOOL, head);
        LONG.set(memory, p + PREVPOOL, 0L);
        if (head != 0) {
            LONG.set(space.segment(head), arenaOffset(head) + PREVPOOL, pool);
        }
        usedPools[sizeClass] = pool;
    }

    private void unlinkUsedPool(long pool, int sizeClass) {
        byte[] memory = space.segment(pool);
        int p = arenaOffset(pool);
        long next = (long) LONG.get(memory, p + NEXTPOOL);
        long prev = (long) LONG.get(memory, p + PREVPOOL);
        if (prev == 0) {
            usedPools[sizeClass] = next;
        } else {
            LONG.set(space.segment(prev), arenaOffset(prev) + NEXTPOOL, next);
        }
        if (next != 0) {
            LONG.set(space.segment(next), arenaOffset(next) + PREVPOOL, prev);
        }
    }

    // ------------------------------------------------------------------ calloc, realloc, size

    @Override
    public long allocateZeroed(long count, long elementSize) {
        long size = zeroedSize(count, elementSize, space);
        long address = allocate(size);
        if (space.isArena(address)) {
            space.fill(address, size, (byte) 0);
        }
        return address;
    }

    /** {@code count * elementSize}, or a MemoryError when negative or overflowing, as calloc fails. */
    static long zeroedSize(long count, long elementSize, AddressSpace space) {
        if (count < 0 || elementSize < 0) {
            throw new IllegalArgumentException("negative calloc arguments: " + count + " x " + elementSize);
        }
        try {
            return Math.multiplyExact(count, elementSize);
        } catch (ArithmeticException e) {
            throw new dev.pyheap.api.MemoryError("calloc(" + count + ", " + elementSize + ") overflows",
                    Long.MAX_VALUE, space.mappedBytes(), space.limitBytes());
        }
    }

    @Override
    public long reallocate(long address, long newSize) {
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size: " + newSize);
        }
        if (address == 0) {
            return allocate(newSize);
        }
        if (!space.isArena(address)) {
            return raw.reallocate(address, newSize);
        }
        long size = blockSize(poolSizeClass(address));
        if (newSize <= size) {
            // Shrinking by less than a quarter is not worth a copy.
            if (4 * newSize > 3 * size) {
                return address;
            }
            size = newSize;
        }
        long moved = allocate(newSize);
        space.copy(address, moved, size);
        free(address);
        return moved;
    }

    @Override
    public long usableSize(long address) {
        if (space.isArena(address)) {
            return blockSize(poolSizeClass(address));
        }
        return raw.usableSize(address);
    }

    private int poolSizeClass(long address) {
        byte[] memory = space.segment(address);
        return (int) INT.get(memory, arenaOffset(address & ~(long) POOL_SIZE_MASK) + SZIDX);
    }

    // ------------------------------------------------------------------ arenas, statistics, checks

    /**
     * Walks every arena's carved pools: a pool with blocks in use hands out the carved blocks
     * ({@code POOL_OVERHEAD} up to {@code nextoffset}) that are not on its free list, in address
     * order; then the raw blocks, by address. An empty pool holds none. A free-list entry outside
     * the pool's carved blocks, or seen twice, ends that pool's list (see the interface's note on
     * damage).
     */
    @Override
    public void forEachAllocatedBlock(BlockVisitor visitor) {
        long[] free = new long[(capacity(0) + 63) >>> 6];
        for (Arena arena : arenas) {
            if (arena.address == 0) {
                continue;
            }
            byte[] memory = space.segment(arena.address);
            for (long pool = arena.address; pool < arena.poolAddress; pool += POOL_SIZE) {
                int p = arenaOffset(pool);
                int sizeClass = (int) INT.get(memory, p + SZIDX);
                if ((int) INT.get(memory, p + COUNT) == 0 || sizeClass < 0 || sizeClass >= SIZE_CLASSES) {
                    continue;
                }
                int size = blockSize(sizeClass);
                int carved = (Math.min((int) INT.get(memory, p + NEXTOFFSET), POOL_SIZE) - POOL_OVERHEAD) / size;
                Arrays.fill(free, 0);
                long b = (long) LONG.get(memory, p + FREEBLOCK);
                for (int steps = 0; b != 0 && steps < carved; steps++) {
                    long offset = b - pool - POOL_OVERHEAD;
                    if (offset < 0 || offset % size != 0 || offset / size >= carved) {
                        break;
                    }
                    int i = (int) (offset / size);
                    if ((free[i >>> 6] & (1L << i)) != 0) {
                        break;
                    }
                    free[i >>> 6] |= 1L << i;
                    b = (long) LONG.get(memory, arenaOffset(b));
                }
                for (int i = 0; i < carved; i++) {
                    if ((free[i >>> 6] & (1L << i)) == 0) {
                        visitor.visit(pool + POOL_OVERHEAD + (long) i * size, size);
                    }
                }
            }
        }
        raw.forEachBlock(visitor);
    }

    @Override
    public int releaseFreeArenas() {
        int released = 0;
        for (Arena a = usableArenas; a != null; ) {
            Arena next = a.nextarena;
            if (a.nfreepools == a.ntotalpools) {
                unlinkUsableArena(a);
                releaseArena(a);
                released++;
            }
            a = next;
        }
        if (released > 0) {
            rebuildNfp2lasta();
        }
        return released;
    }

    private void rebuildNfp2lasta() {
        Arrays.fill(nfp2lasta, null);
        for (Arena a = usableArenas; a != null; a = a.nextarena) {
            nfp2lasta[a.nfreepools] = a;
        }
    }

    /** Walks every pool of every arena, as {@code _PyObject_DebugMallocStats} does. */
    @Override
    public AllocatorStatistics statistics() {
        long[] pools = new long[SIZE_CLASSES];
        long[] inUse = new long[SIZE_CLASSES];
        long[] available = new long[SIZE_CLASSES];
        long unusedPools = 0;
        for (Arena arena : arenas) {
            if (arena.address == 0) {
                continue;
            }
            unusedPools += arena.nfreepools;
            byte[] memory = space.segment(arena.address);
            for (long pool = arena.address; pool < arena.poolAddress; pool += POOL_SIZE) {
                int p = arenaOffset(pool);
                int count = (int) INT.get(memory, p + COUNT);
                if (count == 0) {
                    continue; // empty: counted among the arena's free pools
                }
                int sizeClass = (int) INT.get(memory, p + SZIDX);
                pools[sizeClass]++;
                inUse[sizeClass] += count;
                available[sizeClass] += capacity(sizeClass) - count;
            }
        }
        List<SizeClassUsage> rows = new ArrayList<>();
        long allocatedBytes = 0;
        long availableBytes = 0;
        long totalPools = 0;
        long quantization = 0;
        long blocksInUse = 0;
        for (int i = 0; i < SIZE_CLASSES; i++) {
            if (pools[i] == 0) {
                continue;
            }
            int size = blockSize(i);
            rows.add(new SizeClassUsage(i, size, pools[i], inUse[i], available[i]));
            allocatedBytes += inUse[i] * size;
            availableBytes += available[i] * size;
            totalPools += pools[i];
            quantization += pools[i] * ((POOL_SIZE - POOL_OVERHEAD) % size);
            blocksInUse += inUse[i];
        }
        return new AllocatorSnapshot(name, true, rows, SIZE_CLASSES, SMALL_REQUEST_THRESHOLD, ARENA_SIZE, POOL_SIZE,
                arenasAllocatedTotal, arenasAllocatedTotal - arenasCurrent, arenasHighWater, arenasCurrent,
                allocatedBytes, availableBytes, unusedPools, totalPools * POOL_OVERHEAD, quantization, 0,
                raw.blocks(), raw.bytes(), blocksInUse + raw.blocks(), space.mappedBytes(), space.limitBytes(),
                Optional.empty());
    }

    /**
     * Checks the allocator's own structures: every used pool is linked consistently and partly full,
     * every pool's free list and virgin tail add up to its capacity, usableArenas is sorted with
     * correct nfp2lasta entries, and the arena counters agree.
     */
    @Override
    public void verify() {
        for (int c = 0; c < SIZE_CLASSES; c++) {
            long prev = 0;
            for (long pool = usedPools[c]; pool != 0; ) {
                byte[] memory = space.segment(pool);
                int p = arenaOffset(pool);
                check((long) LONG.get(memory, p + PREVPOOL) == prev, pool, "used pool's prevpool is wrong");
                check((int) INT.get(memory, p + SZIDX) == c, pool, "used pool of class " + c + " has another szidx");
                int count = (int) INT.get(memory, p + COUNT);
                check(count > 0 && count < capacity(c), pool, "used pool has count " + count);
                check((long) LONG.get(memory, p + FREEBLOCK) != 0, pool, "used pool has no free block");
                prev = pool;
                pool = (long) LONG.get(memory, p + NEXTPOOL);
            }
        }
        long current = 0;
        for (Arena arena : arenas) {
            if (arena.address == 0) {
                continue;
            }
            current++;
            verifyArenaPools(arena);
        }
        check(current == arenasCurrent, 0, "arena count " + arenasCurrent + " but " + current + " mapped");
        Arena prev = null;
        for (Arena a = usableArenas; a != null; a = a.nextarena) {
            check(a.prevarena == prev, a.address, "usable arena's prevarena is wrong");
            check(a.nfreepools > 0, a.address, "usable arena has no free pool");
            check(prev == null || prev.nfreepools <= a.nfreepools, a.address, "usable arenas not sorted");
            boolean last = a.nextarena == null || a.nextarena.nfreepools != a.nfreepools;
            check(last == (nfp2lasta[a.nfreepools] == a), a.address, "nfp2lasta[" + a.nfreepools + "] is wrong");
            prev = a;
        }
    }

    private void verifyArenaPools(Arena arena) {
        byte[] memory = space.segment(arena.address);
        int carved = (int) ((arena.poolAddress - arena.address) / POOL_SIZE);
        int empty = 0;
        for (int i = 0; i < carved; i++) {
            long pool = arena.address + (long) i * POOL_SIZE;
            int p = arenaOffset(pool);
            int count = (int) INT.get(memory, p + COUNT);
            int sizeClass = (int) INT.get(memory, p + SZIDX);
            check(sizeClass >= 0 && sizeClass < SIZE_CLASSES, pool, "pool has szidx " + sizeClass);
            int size = blockSize(sizeClass);
            int nextOffset = (int) INT.get(memory, p + NEXTOFFSET);
            int maxNextOffset = (int) INT.get(memory, p + MAXNEXTOFFSET);
            int virgin = nextOffset <= maxNextOffset ? (maxNextOffset - nextOffset) / size + 1 : 0;
            int free = 0;
            for (long b = (long) LONG.get(memory, p + FREEBLOCK); b != 0; b = (long) LONG.get(memory, arenaOffset(b))) {
                check((b & ~(long) POOL_SIZE_MASK) == pool && ((b - pool - POOL_OVERHEAD) % size) == 0, b,
                        "free list of pool " + Addresses.hex(pool) + " holds a foreign address");
                check(++free <= capacity(sizeClass), pool, "free list of pool is cyclic or too long");
            }
            check(count + free + virgin == capacity(sizeClass), pool,
                    "pool blocks do not add up: count " + count + " + free " + free + " + virgin " + virgin
                            + " != capacity " + capacity(sizeClass));
            if (count == 0) {
                empty++;
            }
        }
        check(arena.nfreepools == empty + MAX_POOLS_IN_ARENA - carved, arena.address,
                "arena nfreepools " + arena.nfreepools + " but " + empty + " empty + " + (MAX_POOLS_IN_ARENA - carved)
                        + " virgin pools");
    }

    private static void check(boolean condition, long address, String problem) {
        if (!condition) {
            throw new HeapCorruptionError("pymalloc: " + problem + " at " + Addresses.hex(address), address);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        space.unmapAll();
        Arrays.fill(usedPools, 0);
        usableArenas = null;
        arenasCurrent = 0;
    }
}

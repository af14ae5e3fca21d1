package dev.pyheap.allocator.impl.pool;

import dev.pyheap.allocator.impl.memory.ArenaMap;
import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.allocator.impl.memory.SourceMemory;
import dev.pyheap.allocator.impl.raw.CallocSize;
import dev.pyheap.allocator.impl.raw.RawAllocator;
import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorSnapshot;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.ArenaUsage;
import dev.pyheap.api.alloc.BlockVisitor;
import dev.pyheap.api.alloc.SizeClassUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * pymalloc: CPython 3.11's small-object allocator ({@code Objects/obmalloc.c}) on 64-bit, over the
 * arenas and raw blocks of a {@link MemorySource}.
 *
 * <h2>Where it sits (obmalloc.c's layers, with this module's packages)</h2>
 * <pre>
 *     object-specific allocators: free lists of list, dict, tuple, float    (runtime)   |
 * +3 | &lt;------ object-specific memory ------&gt; | &lt;-- non-object memory --&gt;         |
 *     ___________________________________                                           |
 *    [  pymalloc: the object allocator   ]     pool.Pymalloc                         |
 * +2 | ######## object memory ######## |   &lt;----- internal buffers -----&gt;         |
 *     __________________________________________________________________            |
 *    [  the raw memory allocator (PyMem_RawMalloc rules)                ] raw.RawAllocator
 * +1 | &lt;--- raw blocks: requests of 0 and of more than 512 bytes ---&gt;    |           |
 *     _______________________________________________________________________
 *    [  the system allocator: malloc/free (native) or checked segments      ] memory.MemorySource
 *  0 | &lt;------ arenas (mmap'd, 1 MiB) and raw blocks of the heap's process ------&gt; |
 *   ===============================================================================
 *    [  the operating system's virtual memory manager: mmap, munmap, page faults   ]
 * -1 | &lt;--- kernel page allocation: resident memory grows and falls with arenas ---&gt; |
 *
 *     debug.DebugAllocator wraps +2 or +1 (pymalloc_debug, malloc_debug, debug), as CPython's
 *     debug hooks wrap PyObject_Malloc; it always runs on checked memory.
 * </pre>
 *
 * <h2>Geometry</h2>
 * <pre>
 *  arena (1 MiB at a page-aligned address mmap chose; pools are 16 KiB-aligned inside it)
 *  +---------+----------+----------+-----   -----+----------+-------+
 *  | partial |  pool 0  |  pool 1  |    ...      | pool 62  |partial|   63 pools when the base is
 *  +---------+----------+----------+-----   -----+----------+-------+   not 16 KiB-aligned; 64 when it is
 *  ^address  ^first pool           ^pool_address: pools from here up were never carved
 *  (the partial pieces are CPython's "bytes lost to arena alignment": one pool's worth per arena)
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
 * <h2>Tunables</h2>
 * <pre>
 * -- tunable settings (CPython 3.11, 64-bit, with the radix tree: WITH_PYMALLOC_RADIX_TREE) --
 *   ALIGNMENT               16        ALIGNMENT_SHIFT 4: blocks and size classes 16 bytes apart
 *   SMALL_REQUEST_THRESHOLD 512       so NB_SMALL_SIZE_CLASSES = 32
 *   POOL_SIZE               16 KiB    POOL_BITS 14 ("large pools", needs the radix tree)
 *   ARENA_SIZE              1 MiB     ARENA_BITS 20 ("large arenas"), MAX_POOLS_IN_ARENA 64
 *   POOL_OVERHEAD           48        sizeof(pool_header) rounded up to ALIGNMENT
 *   INITIAL_ARENA_OBJECTS   16        the arena descriptor vector doubles from here
 *   arena map               15/15/14  bits of the radix tree's top/mid/bottom levels (memory.ArenaMap)
 * -- end of tunable settings: fixed here, as CPython fixes them at compile time --
 * </pre>
 *
 * <h2>States and lists</h2>
 * <ul>
 *   <li>A pool is <b>used</b> (0 &lt; count &lt; capacity) and linked in {@code usedPools[class]}
 *       (doubly linked through nextpool/prevpool, head in a Java array, 0-terminated), <b>full</b>
 *       (in no list; its freeblock is 0), or <b>empty</b> (count 0, on its arena's singly linked
 *       {@code freepools}, keeping its szidx so reuse for the same class skips re-initialisation).
 *       Pools from an arena's pool_address up are <b>virgin</b>.</li>
 *   <li>A free block's first 8 bytes link the pool's free list. Blocks are carved lazily: a new pool
 *       hands out block 0 and puts only block 1 on the free list; when the list runs out, the next
 *       virgin block is carved ({@code nextoffset}) until {@code nextoffset > maxnextoffset}.</li>
 *   <li>Arenas with at least one available pool are on {@code usableArenas}, doubly linked and
 *       sorted by ascending {@code nfreepools}: allocation always draws from the fullest arena, so
 *       nearly empty arenas get the chance to become empty and be given back.
 *       {@code nfp2lasta[n]} is the last arena in that list with exactly n free pools, which makes
 *       re-sorting O(1) (bpo-37029). Wholly allocated arenas are on no list.</li>
 *   <li>{@code address_in_range}: whether a freed address is pymalloc's is answered by the memory
 *       source's arena map (a radix tree, never a read of the block's memory; held here in a final
 *       field, as obmalloc.c reads its static root), so a raw block's address is never mistaken for
 *       a pool block and no unmapped page is touched.</li>
 * </ul>
 *
 * <h2>Operations</h2>
 * <ol>
 *   <li><b>allocate</b>: take the head pool of the class; pop its freeblock; if the list became
 *       empty, carve the next virgin block, or, when there is none, unlink the now full pool. With no
 *       used pool, take a pool from the head of usableArenas (a cached empty pool first, else carve
 *       one at pool_address; a new arena when there is no usable one) and link it at the front.</li>
 *   <li><b>new arena</b> ({@code new_arena}): map 1 MiB; the first pool starts at the first 16 KiB
 *       boundary in it, so an arena mmap did not place on one has 63 pools, else 64
 *       ({@code ntotalpools}).</li>
 *   <li><b>free</b>: push the block on its pool's free list. A pool that was full goes to the
 *       <em>front</em> of its class's used list, so the very next request reuses the block. A pool
 *       that became empty moves to its arena's freepools, and the arena is re-sorted; an arena whose
 *       pools are all free is given back to the memory source (its pages go back to the system, and
 *       resident memory falls, but for the few the native source retains for reuse), unless it is
 *       the last usable arena (kept to avoid map/unmap thrashing, bpo-37257).</li>
 *   <li><b>reallocate</b>: a block stays in place when the new size fits and is more than 3/4 of
 *       the block; otherwise allocate, copy, free.</li>
 * </ol>
 *
 * <p>Not thread-safe: used under the heap's GIL.
 */
public final class Pymalloc implements Allocator {
    private static final Logger LOG = LoggerFactory.getLogger(Pymalloc.class);

    static final int ALIGNMENT_SHIFT = 4;
    static final int SMALL_REQUEST_THRESHOLD = 512;
    public static final int SIZE_CLASSES = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;
    static final int POOL_BITS = 14;
    public static final int POOL_SIZE = 1 << POOL_BITS;
    static final long POOL_SIZE_MASK = POOL_SIZE - 1;
    static final int ARENA_SIZE = MemorySource.ARENA_SIZE;
    static final int MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
    static final int POOL_OVERHEAD = 48;
    static final int INITIAL_ARENA_OBJECTS = 16;
    static final int DUMMY_SIZE_IDX = 0xffff;
    /** Pool and block addresses on the hot paths are masked with this ({@link Memory#ADDRESS_BITS}: no bounds checks). */
    static final long ADDRESS_BITS = Memory.ADDRESS_BITS;
    static final long POOL_ADDRESS_MASK = ~POOL_SIZE_MASK & ADDRESS_BITS;

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

        /** The first pool: the first POOL_SIZE boundary at or above the base. */
        long firstPool() {
            return (address + POOL_SIZE_MASK) & ~POOL_SIZE_MASK;
        }
    }

    private final String name;
    private final MemorySource source;
    private AllocationHooks hooks = AllocationHooks.NONE;
    /** The source's memory, as its class (see {@link SourceMemory}: the hot paths' accesses need no class check). */
    private final SourceMemory memory;
    /** The source's arena map ({@link MemorySource#arenaMap()}): {@code address_in_range} without an interface call. */
    private final ArenaMap arenaMap;
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

    public Pymalloc(String name, MemorySource source) {
        this.name = name;
        this.source = source;
        this.memory = source.memory();
        this.arenaMap = source.arenaMap();
        this.raw = new RawAllocator(source);
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
        return memory;
    }

    /** The memory this allocator's arenas and raw blocks come from. */
    public MemorySource source() {
        return source;
    }

    @Override
    public void installHooks(AllocationHooks hooks) {
        // pymalloc itself needs neither the site nor the GIL check (the debug wrapper uses them);
        // it tells the hooks of its arenas, off the hot path.
        this.hooks = hooks;
    }

    // ------------------------------------------------------------------ allocate

    @Override
    public long allocate(long size) {
        if ((size - 1) >>> 9 == 0) { // 1 <= size <= 512
            int sizeClass = (int) (size - 1) >>> ALIGNMENT_SHIFT;
            long pool = usedPools[sizeClass] & ADDRESS_BITS;
            if (pool != 0) {
                SourceMemory m = memory;
                m.putInt(pool + COUNT, m.getInt(pool + COUNT) + 1);
                long block = m.getLong(pool + FREEBLOCK) & ADDRESS_BITS;
                long next = m.getLong(block);
                m.putLong(pool + FREEBLOCK, next);
                if (next == 0) {
                    extendPool(pool, sizeClass);
                }
                return block;
            }
            return allocateFromNewPool(sizeClass);
        }
        return allocateRaw(size);
    }

    private long allocateRaw(long size) {
        checkOpen();
        return raw.allocate(size);
    }

    /**
     * The pool's free list ran out: carve the next virgin block, or unlink the pool, which is now full.
     * The pool is its class's head (allocate took it from there), so the unlink needs no prevpool:
     * under churn this is most allocations' path (a block freed into a full pool makes that pool the
     * head with one free block), so it stays a few bytecodes, small enough for the JIT to inline.
     */
    private void extendPool(long pool, int sizeClass) {
        SourceMemory m = memory;
        int nextOffset = m.getInt(pool + NEXTOFFSET);
        if (nextOffset <= m.getInt(pool + MAXNEXTOFFSET)) {
            long block = pool + nextOffset;
            m.putLong(pool + FREEBLOCK, block);
            m.putInt(pool + NEXTOFFSET, nextOffset + blockSize(sizeClass));
            m.putLong(block, 0L);
            return;
        }
        long next = m.getLong(pool + NEXTPOOL) & ADDRESS_BITS;
        usedPools[sizeClass] = next;
        if (next != 0) {
            m.putLong(next + PREVPOOL, 0L);
        }
    }

    /** No used pool for this class: take one from the fullest usable arena. */
    private long allocateFromNewPool(int sizeClass) {
        checkOpen();
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
        if (pool != 0) {
            arena.freepools = memory.getLong(pool + NEXTPOOL);
        } else {
            pool = arena.poolAddress;
            memory.putInt(pool + ARENAINDEX, arena.index);
            memory.putInt(pool + SZIDX, DUMMY_SIZE_IDX);
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
        insertUsedPoolAtFront(pool, sizeClass);
        memory.putInt(pool + COUNT, 1);
        if (memory.getInt(pool + SZIDX) == sizeClass) {
            // A cached pool of the same class: its header and free list are ready.
            long block = memory.getLong(pool + FREEBLOCK);
            memory.putLong(pool + FREEBLOCK, memory.getLong(block));
            return block;
        }
        int size = blockSize(sizeClass);
        memory.putInt(pool + SZIDX, sizeClass);
        memory.putInt(pool + NEXTOFFSET, POOL_OVERHEAD + (size << 1));
        memory.putInt(pool + MAXNEXTOFFSET, POOL_SIZE - size);
        long first = pool + POOL_OVERHEAD;
        long second = first + size;
        memory.putLong(pool + FREEBLOCK, second);
        memory.putLong(second, 0L);
        return first;
    }

    /**
     * {@code new_arena}: maps 1 MiB and takes a descriptor from the unused list (growing the vector
     * when empty). The pools start at the first pool boundary; a partial pool before it is lost.
     */
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
        long address = source.mapArena(); // throws MemoryError before the descriptor is taken
        Arena arena = unusedArenaObjects;
        unusedArenaObjects = arena.nextarena;
        arena.address = address;
        arena.poolAddress = arena.firstPool();
        arena.nfreepools = arena.poolAddress == address ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
        arena.ntotalpools = arena.nfreepools;
        arena.freepools = 0;
        arenasAllocatedTotal++;
        arenasCurrent++;
        arenasHighWater = Math.max(arenasHighWater, arenasCurrent);
        hooks.arenaMapped(address, ARENA_SIZE, arenasCurrent);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: new arena #{} at {}, {} pools ({} current)", name, arena.index, Addresses.hex(address),
                    arena.ntotalpools, arenasCurrent);
        }
        return arena;
    }

    // ------------------------------------------------------------------ free

    @Override
    public void free(long address) {
        if (arenaMap.isUsed(address)) {
            SourceMemory m = memory;
            long pool = address & POOL_ADDRESS_MASK;
            long lastFree = m.getLong(pool + FREEBLOCK);
            m.putLong(address & ADDRESS_BITS, lastFree);
            m.putLong(pool + FREEBLOCK, address);
            int count = m.getInt(pool + COUNT) - 1;
            m.putInt(pool + COUNT, count);
            if (lastFree == 0) {
                // The pool was full: back to the front of its class, so the next request reuses this block.
                insertUsedPoolAtFront(pool, m.getInt(pool + SZIDX));
            } else if (count == 0) {
                insertToFreepool(pool);
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
    private void insertToFreepool(long pool) {
        int sizeClass = memory.getInt(pool + SZIDX);
        unlinkUsedPool(pool, sizeClass);
        Arena arena = arenas[memory.getInt(pool + ARENAINDEX)];
        memory.putLong(pool + NEXTPOOL, arena.freepools);
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
        source.unmapArena(arena.address);
        hooks.arenaUnmapped(arena.address, ARENA_SIZE, arenasCurrent - 1);
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

    private void insertUsedPoolAtFront(long pool, int sizeClass) {
        SourceMemory m = memory;
        long head = usedPools[sizeClass] & ADDRESS_BITS;
        m.putLong(pool + NEXTPOOL, head);
        m.putLong(pool + PREVPOOL, 0L);
        if (head != 0) {
            m.putLong(head + PREVPOOL, pool);
        }
        usedPools[sizeClass] = pool;
    }

    private void unlinkUsedPool(long pool, int sizeClass) {
        long next = memory.getLong(pool + NEXTPOOL);
        long prev = memory.getLong(pool + PREVPOOL);
        if (prev == 0) {
            usedPools[sizeClass] = next;
        } else {
            memory.putLong(prev + NEXTPOOL, next);
        }
        if (next != 0) {
            memory.putLong(next + PREVPOOL, prev);
        }
    }

    // ------------------------------------------------------------------ calloc, realloc, size

    @Override
    public long allocateZeroed(long count, long elementSize) {
        long size = CallocSize.of(count, elementSize, source);
        if ((size - 1) >>> 9 != 0) {
            // 0 or over the threshold: calloc from the system, as PyObject_Calloc falls back to PyMem_RawCalloc.
            checkOpen();
            return raw.allocateZeroed(size);
        }
        long address = allocate(size);
        memory.fill(address, size, (byte) 0);
        return address;
    }

    @Override
    public long reallocate(long address, long newSize) {
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size: " + newSize);
        }
        if (address == 0) {
            return allocate(newSize);
        }
        if (!arenaMap.isUsed(address)) {
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
        memory.copy(address, moved, size);
        free(address);
        return moved;
    }

    @Override
    public long usableSize(long address) {
        if (arenaMap.isUsed(address)) {
            return blockSize(poolSizeClass(address));
        }
        return raw.usableSize(address);
    }

    private int poolSizeClass(long address) {
        return memory.getInt((address & ~POOL_SIZE_MASK) + SZIDX);
    }

    /** The index of the arena descriptor of the pool block at {@code address} (its pool header's arenaindex). */
    int arenaIndexOf(long address) {
        return memory.getInt((address & ~POOL_SIZE_MASK) + ARENAINDEX);
    }

    /** The base address of arena descriptor {@code index} (0 when it holds no arena). */
    long arenaAddress(int index) {
        return arenas[index].address;
    }

    // ------------------------------------------------------------------ arenas, statistics, checks

    /**
     * Walks every arena's carved pools: a pool with blocks in use hands out the carved blocks
     * ({@code POOL_OVERHEAD} up to {@code nextoffset}) that are not on its free list, in address
     * order; then the raw blocks, by address. An empty pool holds none. A free-list entry outside
     * the pool's carved blocks, or seen twice, ends that pool's list before it is read (see the
     * interface's note on damage), so a damaged list never leads the walk outside its pool.
     */
    @Override
    public void forEachAllocatedBlock(BlockVisitor visitor) {
        long[] free = new long[(capacity(0) + 63) >>> 6];
        for (Arena arena : arenas) {
            if (arena.address == 0) {
                continue;
            }
            for (long pool = arena.firstPool(); pool < arena.poolAddress; pool += POOL_SIZE) {
                int sizeClass = memory.getInt(pool + SZIDX);
                if (memory.getInt(pool + COUNT) == 0 || sizeClass < 0 || sizeClass >= SIZE_CLASSES) {
                    continue;
                }
                int size = blockSize(sizeClass);
                int carved = (Math.min(memory.getInt(pool + NEXTOFFSET), POOL_SIZE) - POOL_OVERHEAD) / size;
                Arrays.fill(free, 0);
                long b = memory.getLong(pool + FREEBLOCK);
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
                    b = memory.getLong(b);
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

    /**
     * Walks every pool of every arena, as {@code _PyObject_DebugMallocStats} does: an arena not
     * placed on a pool boundary counts one pool's worth of "arena alignment" bytes (the partial
     * pieces before its first and after its last pool).
     */
    @Override
    public AllocatorStatistics statistics() {
        long[] pools = new long[SIZE_CLASSES];
        long[] inUse = new long[SIZE_CLASSES];
        long[] available = new long[SIZE_CLASSES];
        long unusedPools = 0;
        long arenaAlignment = 0;
        for (Arena arena : arenas) {
            if (arena.address == 0) {
                continue;
            }
            unusedPools += arena.nfreepools;
            if (arena.firstPool() != arena.address) {
                arenaAlignment += POOL_SIZE;
            }
            for (long pool = arena.firstPool(); pool < arena.poolAddress; pool += POOL_SIZE) {
                int count = memory.getInt(pool + COUNT);
                if (count == 0) {
                    continue; // empty: counted among the arena's free pools
                }
                int sizeClass = memory.getInt(pool + SZIDX);
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
                allocatedBytes, availableBytes, unusedPools, totalPools * POOL_OVERHEAD, quantization, arenaAlignment,
                raw.blocks(), raw.bytes(), blocksInUse + raw.blocks(), source.mappedBytes(), source.limitBytes(),
                Optional.empty(), source.arenaMapUsage());
    }

    @Override
    public long mappedBytes() {
        return source.mappedBytes();
    }

    /** Each live arena's pools, as {@link #statistics()} walks them; pools beyond pool_address were never carved. */
    @Override
    public List<ArenaUsage> arenaMap() {
        List<ArenaUsage> rows = new ArrayList<>();
        for (Arena arena : arenas) {
            if (arena.address == 0) {
                continue;
            }
            List<ArenaUsage.Pool> pools = new ArrayList<>(arena.ntotalpools);
            long pool = arena.firstPool();
            for (int i = 0; i < arena.ntotalpools; i++, pool += POOL_SIZE) {
                int count = pool < arena.poolAddress ? memory.getInt(pool + COUNT) : 0;
                if (count == 0) {
                    pools.add(ArenaUsage.Pool.EMPTY);
                } else {
                    int sizeClass = memory.getInt(pool + SZIDX);
                    pools.add(new ArenaUsage.Pool(sizeClass, blockSize(sizeClass), count, capacity(sizeClass)));
                }
            }
            rows.add(new ArenaUsage(arena.address, pools));
        }
        rows.sort(java.util.Comparator.comparingLong(a -> a.address()));
        return rows;
    }

    /**
     * Checks the allocator's own structures: every used pool is linked consistently and partly full,
     * every pool's free list and virgin tail add up to its capacity, usableArenas is sorted with
     * correct nfp2lasta entries, and the arena counters agree. Every link is checked to be a pool of
     * a live arena (or a block of its own pool) before it is followed, so a damaged structure is
     * reported, never dereferenced, even on native memory.
     */
    @Override
    public void verify() {
        for (int c = 0; c < SIZE_CLASSES; c++) {
            long prev = 0;
            int steps = 0;
            for (long pool = usedPools[c]; pool != 0; ) {
                check(isCarvedPool(pool), pool, "used list of class " + c + " links to something that is not a pool");
                check(++steps <= arenasCurrent * MAX_POOLS_IN_ARENA, pool, "used list of class " + c + " is cyclic");
                check(memory.getLong(pool + PREVPOOL) == prev, pool, "used pool's prevpool is wrong");
                check(memory.getInt(pool + SZIDX) == c, pool, "used pool of class " + c + " has another szidx");
                int count = memory.getInt(pool + COUNT);
                check(count > 0 && count < capacity(c), pool, "used pool has count " + count);
                check(memory.getLong(pool + FREEBLOCK) != 0, pool, "used pool has no free block");
                prev = pool;
                pool = memory.getLong(pool + NEXTPOOL);
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

    /**
     * Whether {@code pool} is the start of a carved pool of a live arena: pool-aligned, in an arena
     * (the arena map says so before its header is read), and below its arena's pool_address.
     */
    private boolean isCarvedPool(long pool) {
        if ((pool & POOL_SIZE_MASK) != 0 || !arenaMap.isUsed(pool)) {
            return false;
        }
        int index = memory.getInt(pool + ARENAINDEX);
        if (index < 0 || index >= arenas.length) {
            return false;
        }
        Arena a = arenas[index];
        return a.address != 0 && pool >= a.firstPool() && pool < a.poolAddress;
    }

    private void verifyArenaPools(Arena arena) {
        int carved = (int) ((arena.poolAddress - arena.firstPool()) / POOL_SIZE);
        int empty = 0;
        for (int i = 0; i < carved; i++) {
            long pool = arena.firstPool() + (long) i * POOL_SIZE;
            int count = memory.getInt(pool + COUNT);
            int sizeClass = memory.getInt(pool + SZIDX);
            check(sizeClass >= 0 && sizeClass < SIZE_CLASSES, pool, "pool has szidx " + sizeClass);
            int size = blockSize(sizeClass);
            int nextOffset = memory.getInt(pool + NEXTOFFSET);
            int maxNextOffset = memory.getInt(pool + MAXNEXTOFFSET);
            int virgin = nextOffset <= maxNextOffset ? (maxNextOffset - nextOffset) / size + 1 : 0;
            int free = 0;
            for (long b = memory.getLong(pool + FREEBLOCK); b != 0; b = memory.getLong(b)) {
                check((b & ~POOL_SIZE_MASK) == pool && b >= pool + POOL_OVERHEAD
                                && ((b - pool - POOL_OVERHEAD) % size) == 0, b,
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
        check(arena.nfreepools == empty + arena.ntotalpools - carved, arena.address,
                "arena nfreepools " + arena.nfreepools + " but " + empty + " empty + " + (arena.ntotalpools - carved)
                        + " virgin pools");
    }

    private static void check(boolean condition, long address, String problem) {
        if (!condition) {
            throw new HeapCorruptionError("pymalloc: " + problem + " at " + Addresses.hex(address), address);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(name + ": the allocator is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        source.close();
        Arrays.fill(usedPools, 0);
        Arrays.fill(nfp2lasta, null);
        for (Arena a : arenas) {
            a.address = 0;
        }
        usableArenas = null;
        arenasCurrent = 0;
    }
}

package dev.pyheap.allocator.impl.memory;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongCursor;
import com.carrotsearch.hppc.cursors.LongLongCursor;
import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.ArenaMapUsage;
import dev.pyheap.api.alloc.BlockVisitor;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.config.Options;

import java.util.Arrays;
import java.util.Optional;

/**
 * Native memory: arenas mapped from the operating system and raw blocks from the C library, at real
 * process addresses, read and written by {@link NativeMemory} with one machine access each.
 *
 * <pre>
 *   process address space (the kernel places each mapping; 0x7f.. on x86-64 Linux)
 *
 *   0x7f3a51e00000 +-------------------+  mmap'd arena (1 MiB, page-aligned, rarely 16 KiB-aligned)
 *                  |  partial pool     |  &lt;- skipped by the pool allocator when not pool-aligned
 *                  |  pool, pool, ...  |
 *   0x7f3a51f00000 +-------------------+
 *          ...
 *   0x55d2e84a2ab0 +-----+                raw block from malloc (its size rounded up to 16)
 *
 *   arenas:  ArenaMap (radix tree)  +  the set of arena bases (for close)
 *   raw:     address -&gt; size table (for free, realloc, usable size, enumeration, isMapped)
 * </pre>
 *
 * <p>Invariants:
 * <ol>
 *   <li>Every address handed out is in exactly one of the two tables until it is given back; the
 *       tables hold nothing else. {@link #close()} gives everything in them back.</li>
 *   <li>{@code heap.limit} counts {@link MemorySource#ARENA_SIZE} per arena plus each raw block's
 *       rounded size, reserved before the system call and released after a failed one.</li>
 *   <li>Nothing here reads heap memory: every answer about an address comes from the tables, so
 *       asking about a wild address is always safe.</li>
 * </ol>
 *
 * <h2>Retained arenas</h2>
 * CPython unmaps an arena the moment pymalloc gives it back, so a heap that shrinks and grows again
 * (a tree built and dropped, over and over) pays a first-touch page fault for every page of every
 * arena it maps again: 256 faults per arena, which on a virtual machine whose host takes the freed
 * pages back cost 3-15 µs each, more than the allocations they serve. Like the C library's trim
 * threshold, this source keeps the last arenas given back mapped ({@code memory.retained_arenas},
 * {@value #DEFAULT_RETAINED_ARENAS} by default; their pages resident, their bytes as the heap left
 * them) and hands them out again before mapping new ones; the next one given back past that is
 * unmapped at once. Under a {@code heap.limit} none are kept, so the limit bounds all that is mapped.
 * <pre>
 *   unmapArena(a): a leaves the arena map, the arena set and heap.limit (the heap no longer owns it)
 *                  -> retained[count++] = a        when count < retained.length and no hint steers mmap
 *                  -> munmap(a)                    otherwise
 *   mapArena():    heap.limit reserves 1 MiB, then retained[--count] if any, else mmap
 *   close():       munmaps the retained arenas with the rest
 * </pre>
 * Nothing outside this class sees the difference but the resident set and the faults: the pool
 * allocator's arena counts ({@code sys._debugmallocstats}), {@code heap.limit} and every table here
 * are as if the arena had been unmapped, and an arena handed out again was never read by anyone
 * after it was given back (pymalloc initialises a pool's header when it carves it, so the old bytes
 * are never taken for data).
 *
 * <p>Misuse of the raw half (freeing an address it never returned, twice, or inside a block) is
 * caught by the table and reported as {@link HeapCorruptionError}, never passed to the C library.
 * Wild accesses through {@link NativeMemory} are not caught: that is what {@code memory=checked} is
 * for. Not thread-safe: used under the heap's GIL.
 */
public final class NativeSpace implements MemorySource {
    private final HeapLimit limit;
    private final NativeMemory memory;
    private final ArenaMap arenaMap = new ArenaMap();
    private final LongHashSet arenas = new LongHashSet();
    private final LongLongHashMap raw = new LongLongHashMap();
    private long rawBytes;
    /** Where mmap is asked to place the next arena; 0 lets the system choose (tests steer it). */
    private long arenaHint;
    private boolean closed;
    /** Arenas given back but kept mapped (see the class comment), the most recent last. */
    private final long[] retained;
    private int retainedCount;

    /** How many arenas given back stay mapped for the next {@link #mapArena} unless configured: 16 MiB. */
    public static final int DEFAULT_RETAINED_ARENAS = 16;

    /** Raw blocks by address, built when a range question needs them after a change. */
    private long[] sortedStarts = new long[0];
    private long[] sortedSizes = new long[0];
    private boolean sortedStale;

    /**
     * @param limitBytes the most bytes that may be mapped at once, or {@code -1} for no limit
     * @throws ConfigurationException when this JVM refuses the restricted methods native memory needs
     *                                (run with {@code --illegal-native-access=deny} and no grant)
     */
    public NativeSpace(long limitBytes) {
        this(limitBytes, DEFAULT_RETAINED_ARENAS);
    }

    /**
     * @param limitBytes     the most bytes that may be mapped at once, or {@code -1} for no limit
     * @param retainedArenas how many arenas given back to keep mapped for reuse; none under a limit
     */
    public NativeSpace(long limitBytes, int retainedArenas) {
        if (retainedArenas < 0) {
            throw new IllegalArgumentException("retainedArenas " + retainedArenas + " < 0");
        }
        this.retained = new long[limitBytes == -1 ? retainedArenas : 0];
        this.limit = new HeapLimit(limitBytes);
        // Initialising the memory and system-call classes here makes a refused native access fail at
        // heap creation, with a message that says what to do, rather than at the first allocation.
        try {
            NativeMemory.ensureAvailable();
            Os.ensureAvailable();
        } catch (IllegalCallerException | LinkageError e) {
            throw new ConfigurationException("memory=native needs native access for module "
                    + (NativeSpace.class.getModule().isNamed() ? NativeSpace.class.getModule().getName() : "ALL-UNNAMED")
                    + ": run java with --enable-native-access="
                    + (NativeSpace.class.getModule().isNamed() ? NativeSpace.class.getModule().getName() : "ALL-UNNAMED")
                    + ", or set memory=checked (" + rootCause(e) + ")");
        }
        this.memory = new NativeMemory(this);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse(""));
    }

    @Override
    public String kind() {
        return Options.NATIVE_MEMORY;
    }

    @Override
    public SourceMemory memory() {
        return memory;
    }

    // ---------------------------------------------------------------- arenas

    @Override
    public long mapArena() {
        checkOpen();
        limit.reserve(ARENA_SIZE);
        long base;
        if (retainedCount > 0 && arenaHint == 0) {
            base = retained[--retainedCount];
            arenaMap.markUsed(base);
            arenas.add(base);
            return base;
        }
        try {
            base = Os.mmap(arenaHint, ARENA_SIZE);
        } catch (Os.OsError e) {
            limit.release(ARENA_SIZE);
            throw limit.refused("cannot map a " + ARENA_SIZE + "-byte arena: " + e.getMessage(), ARENA_SIZE);
        }
        if (arenaHint != 0 && base == arenaHint) {
            arenaHint += ARENA_SIZE;
        }
        arenaMap.markUsed(base);
        arenas.add(base);
        return base;
    }

    @Override
    public void unmapArena(long base) {
        if (!arenas.contains(base)) {
            throw new HeapCorruptionError("unmapArena: " + Addresses.hex(base) + " is not an arena", base);
        }
        arenaMap.markUnused(base);
        arenas.remove(base);
        limit.release(ARENA_SIZE);
        if (retainedCount < retained.length && arenaHint == 0) {
            retained[retainedCount++] = base;
            return;
        }
        Os.munmap(base, ARENA_SIZE);
    }

    /** Arenas given back and kept mapped for reuse (at most {@code memory.retained_arenas}). */
    int retainedArenas() {
        return retainedCount;
    }

    @Override
    public ArenaMap arenaMap() {
        return arenaMap;
    }

    @Override
    public Optional<ArenaMapUsage> arenaMapUsage() {
        return Optional.of(arenaMap.usage());
    }

    /**
     * Asks mmap to place the next arena at {@code hint} and each following one right above the last,
     * as long as the system obliges (mmap's hint, never {@code MAP_FIXED}); 0, the default, lets the
     * system choose, as CPython does. For tests that need an arena on or off a pool boundary.
     */
    public void arenaHint(long hint) {
        this.arenaHint = hint;
    }

    long arenas() {
        return arenas.size();
    }

    // ---------------------------------------------------------------- raw blocks

    static long rounded(long size) {
        if (size < 0 || size > Long.MAX_VALUE - RAW_ALIGNMENT) {
            return -1;
        }
        return (Math.max(size, 1) + RAW_ALIGNMENT - 1) & -RAW_ALIGNMENT;
    }

    @Override
    public long malloc(long size) {
        return rawAllocate(size, false);
    }

    @Override
    public long calloc(long size) {
        return rawAllocate(size, true);
    }

    private long rawAllocate(long size, boolean zeroed) {
        checkOpen();
        long bytes = rounded(size);
        if (bytes < 0) {
            throw limit.refused("cannot allocate " + size + " bytes", size);
        }
        limit.reserve(bytes);
        long address = zeroed ? Os.calloc(1, bytes) : Os.malloc(bytes);
        if (address == 0) {
            limit.release(bytes);
            throw limit.refused("the C library could not " + (zeroed ? "calloc" : "malloc") + " " + bytes + " bytes",
                    bytes);
        }
        adopt(address, bytes);
        return address;
    }

    /** Records a fresh block from the C library; glibc aligns to 16 on 64-bit, which the allocators promise. */
    private void adopt(long address, long bytes) {
        if ((address & (RAW_ALIGNMENT - 1)) != 0) {
            Os.free(address);
            limit.release(bytes);
            throw new IllegalStateException("the C library returned " + Addresses.hex(address)
                    + ", not 16-byte aligned; use memory=checked on this platform");
        }
        raw.put(address, bytes);
        rawBytes += bytes;
        sortedStale = true;
    }

    @Override
    public long realloc(long address, long size) {
        long old = rawSizeOrThrow(address, "realloc");
        long bytes = rounded(size);
        if (bytes < 0) {
            throw limit.refused("cannot allocate " + size + " bytes", size);
        }
        if (bytes == old) {
            return address;
        }
        if (bytes > old) {
            limit.reserve(bytes - old);
        }
        long moved = Os.realloc(address, bytes);
        if (moved == 0) {
            if (bytes > old) {
                limit.release(bytes - old);
            }
            throw limit.refused("the C library could not realloc " + Addresses.hex(address) + " to " + bytes
                    + " bytes", bytes);
        }
        if (bytes < old) {
            limit.release(old - bytes);
        }
        raw.remove(address);
        rawBytes -= old;
        if ((moved & (RAW_ALIGNMENT - 1)) != 0) {
            // Give it back whole rather than keep a block the allocators cannot vouch for.
            Os.free(moved);
            limit.release(bytes);
            throw new IllegalStateException("the C library's realloc returned " + Addresses.hex(moved)
                    + ", not 16-byte aligned; use memory=checked on this platform");
        }
        raw.put(moved, bytes);
        rawBytes += bytes;
        sortedStale = true;
        return moved;
    }

    @Override
    public void free(long address) {
        long bytes = rawSizeOrThrow(address, "free");
        raw.remove(address);
        rawBytes -= bytes;
        limit.release(bytes);
        sortedStale = true;
        Os.free(address);
    }

    @Override
    public long rawSize(long address) {
        return rawSizeOrThrow(address, "size of");
    }

    private long rawSizeOrThrow(long address, String what) {
        int index = raw.indexOf(address);
        if (index < 0) {
            throw new HeapCorruptionError(what + " " + Addresses.hex(address)
                    + ": not the start of a block this allocator returned", address);
        }
        return raw.indexGet(index);
    }

    @Override
    public void forEachRawBlock(BlockVisitor visitor) {
        sortRawBlocks();
        long[] starts = sortedStarts;
        long[] sizes = sortedSizes;
        for (int i = 0; i < starts.length; i++) {
            visitor.visit(starts[i], sizes[i]);
        }
    }

    private void sortRawBlocks() {
        if (!sortedStale && sortedStarts.length == raw.size()) {
            return;
        }
        long[] starts = raw.keys().toArray();
        Arrays.sort(starts);
        long[] sizes = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            sizes[i] = raw.get(starts[i]);
        }
        sortedStarts = starts;
        sortedSizes = sizes;
        sortedStale = false;
    }

    @Override
    public long rawBlocks() {
        return raw.size();
    }

    @Override
    public long rawBytes() {
        return rawBytes;
    }

    @Override
    public long mappedBytes() {
        return limit.mappedBytes();
    }

    @Override
    public long limitBytes() {
        return limit.limitBytes();
    }

    // ---------------------------------------------------------------- queries

    /**
     * Whether {@code [address, address + bytes)} lies in one arena or one raw block, from the tables
     * alone: the arena map gives the arena's base; a raw block is found by a binary search over the
     * blocks sorted by address (sorted again only after a change).
     */
    boolean isMapped(long address, long bytes) {
        long last = address + Math.max(bytes, 1) - 1;
        if (last < address) {
            return false;
        }
        long arena = arenaMap.arenaBase(address);
        if (arena != 0) {
            return last - arena < ARENA_SIZE;
        }
        sortRawBlocks();
        int i = Arrays.binarySearch(sortedStarts, address);
        if (i < 0) {
            i = -i - 2; // the block starting below address
        }
        return i >= 0 && last < sortedStarts[i] + sortedSizes[i];
    }

    // ---------------------------------------------------------------- closing

    /**
     * Unmaps every arena and frees every raw block. A closed space refuses new mappings; the
     * addresses it handed out are no longer valid (reading them is undefined, as in C).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (LongCursor c : arenas) {
            arenaMap.markUnused(c.value);
            Os.munmap(c.value, ARENA_SIZE);
        }
        arenas.clear();
        while (retainedCount > 0) {
            Os.munmap(retained[--retainedCount], ARENA_SIZE);
        }
        for (LongLongCursor c : raw) {
            Os.free(c.key);
        }
        raw.clear();
        rawBytes = 0;
        sortedStale = true;
        limit.releaseAll();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this heap's memory is closed");
        }
    }
}

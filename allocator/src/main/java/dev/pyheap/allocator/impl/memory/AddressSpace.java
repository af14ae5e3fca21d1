package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.MemoryError;
import dev.pyheap.api.alloc.ArenaMapUsage;
import dev.pyheap.api.alloc.BlockVisitor;
import dev.pyheap.api.config.Options;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checked memory ({@code memory=checked}): a table of 1 MiB segments, each backed by its own
 * {@code byte[]}, so that every access is bounds-checked and a wild one throws
 * {@link HeapCorruptionError} naming the address instead of touching another mapping. The debug
 * allocators run on it. Addresses are small numbers of our own ({@code 0x100030}), not process
 * addresses.
 *
 * <pre>
 *   address (64 bits) = segment index (upper 44 bits) | offset in segment (lower 20 bits)
 *
 *   segments[]  0: never mapped, so that address 0 is NULL
 *               1: byte[1 MiB + 2 KiB] in arenaSegments: one pymalloc arena (2 KiB pad, see below)
 *               2: byte[608]     kind RAW_HEAD   a 600-byte raw block (rounded up to 16)
 *               3: byte[1 MiB]   kind RAW_HEAD   a raw block of 2.5 MiB, span 3 ...
 *               4: byte[1 MiB]   kind RAW_TAIL   ... continued
 *               5: byte[512 KiB] kind RAW_TAIL   ... and ended
 *               6: null          unmapped (its index is on the free-index stack)
 * </pre>
 *
 * <p>Invariants:
 * <ol>
 *   <li>An arena is exactly one segment, so its pools, their headers and their blocks share one
 *       array, and arenas are always pool-aligned (no pool is lost to arena alignment).</li>
 *   <li>A raw block starts at offset 0 of its first segment and spans consecutive segments; all but
 *       the last are full 1 MiB arrays. A raw block's array is only as long as the block (rounded up
 *       to 16 bytes), so reading past its end fails instead of reading a neighbour.</li>
 *   <li>Addresses are never reused while mapped; an unmapped segment's index goes on a stack and
 *       is handed out again later, as an operating system reuses freed address ranges.</li>
 *   <li>{@code mappedBytes} is the sum of the mapped arrays' lengths and never exceeds
 *       {@code limitBytes}: a mapping that would pass it throws {@link MemoryError} before anything
 *       changes.</li>
 * </ol>
 *
 * <p>An arena's array is {@value #ARENA_PAD} bytes longer than the arena, which starts at that index.
 * Every access to a Java array loads its length from the array's header for the bounds check. Were
 * the arena at index 0, that header would share a cache line with pool 0's header, and so share the
 * cache sets of every pool header (pools are 16 KiB apart, so all their headers fall into the same few
 * sets, which they thrash). The header line would then be evicted constantly and every access would
 * pay a miss that C never pays. Measured in one session, process against process (median of five):
 * churn over 100,000 live blocks went from about 1.58x the C anchor's time to 1.34x. Raw blocks are
 * never longer than a segment, so the array length, which the bounds check loads anyway, tells an
 * arena from a raw block.
 *
 * <p>Why arrays: {@code byteArrayViewVarHandle} gives 2/4/8-byte little-endian access to a
 * {@code byte[]} with a single bounds check, and an unmapped segment is simply garbage for the JVM,
 * so no misuse can reach memory the heap does not own. {@link NativeSpace} is the fast kind.
 *
 * <p>Not thread-safe: used under the heap's GIL.
 */
public final class AddressSpace extends SourceMemory implements MemorySource {
    static final int SEGMENT_SHIFT = ARENA_BITS;
    static final int SEGMENT_SIZE = 1 << SEGMENT_SHIFT;
    static final int SEGMENT_MASK = SEGMENT_SIZE - 1;

    static final byte UNMAPPED = 0;
    static final byte RAW_HEAD = 2;
    static final byte RAW_TAIL = 3;

    /** Where an arena starts in its array; see the class comment. */
    static final int ARENA_PAD = 2048;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int INITIAL_SEGMENTS = 64;

    private byte[][] segments = new byte[INITIAL_SEGMENTS][];
    /** Raw segments' roles (RAW_HEAD, RAW_TAIL); arenas are told by {@code arenaSegments}. */
    private byte[] kinds = new byte[INITIAL_SEGMENTS];
    /** The arena segments alone (null elsewhere): one load answers "is this an arena?" and gives its memory. */
    private byte[][] arenaSegments = new byte[INITIAL_SEGMENTS][];
    /** For a RAW_HEAD segment, how many segments the block spans. */
    private int[] spans = new int[INITIAL_SEGMENTS];
    /** Never-used indices start here; index 0 stays unmapped forever. */
    private int nextFreshIndex = 1;
    private int[] reusableIndices = new int[16];
    private int reusableCount;

    private final HeapLimit limit;
    /** The arenas, as {@code address_in_range} asks about them (see {@link #arenaMap()}). */
    private final ArenaMap arenaMap = new ArenaMap();
    private long rawBlocks;
    private long rawBytes;

    /** @param limitBytes the most bytes that may be mapped at once, or {@code -1} for no limit */
    public AddressSpace(long limitBytes) {
        this.limit = new HeapLimit(limitBytes);
    }

    @Override
    public String kind() {
        return Options.CHECKED_MEMORY;
    }

    @Override
    public SourceMemory memory() {
        return this;
    }

    @Override
    public long limitBytes() {
        return limit.limitBytes();
    }

    @Override
    public long mappedBytes() {
        return limit.mappedBytes();
    }

    @Override
    public long rawBlocks() {
        return rawBlocks;
    }

    @Override
    public long rawBytes() {
        return rawBytes;
    }

    // ---------------------------------------------------------------- mapping

    /** Maps a fresh 1 MiB arena and returns its (segment-aligned, so pool-aligned) base address. */
    @Override
    public long mapArena() {
        limit.reserve(SEGMENT_SIZE);
        byte[] memory;
        try {
            memory = newArray(SEGMENT_SIZE + ARENA_PAD);
        } catch (MemoryError e) {
            limit.release(SEGMENT_SIZE);
            throw e;
        }
        int index = takeIndex();
        segments[index] = memory;
        arenaSegments[index] = memory;
        long base = (long) index << SEGMENT_SHIFT;
        arenaMap.markUsed(base);
        return base;
    }

    /** Unmaps the arena at {@code base}; its memory becomes garbage for the JVM. */
    @Override
    public void unmapArena(long base) {
        if (!isArena(base) || (base & SEGMENT_MASK) != 0) {
            throw new HeapCorruptionError("unmapArena: " + Addresses.hex(base) + " is not an arena", base);
        }
        arenaMap.markUnused(base);
        int index = (int) (base >>> SEGMENT_SHIFT);
        limit.release(SEGMENT_SIZE);
        release(index);
    }

    @Override
    public long malloc(long size) {
        long address = mapRaw(size);
        rawBlocks++;
        rawBytes += rawSize(address);
        return address;
    }

    /** A fresh mapping is zero-filled. */
    @Override
    public long calloc(long size) {
        return malloc(size);
    }

    @Override
    public void free(long address) {
        long size = rawSize(address);
        unmapRaw(address);
        rawBlocks--;
        rawBytes -= size;
    }

    /** {@code realloc}: in place when the rounded size is unchanged, else a new block, a copy and a free. */
    @Override
    public long realloc(long address, long size) {
        long oldSize = rawSize(address);
        if (roundUp(Math.max(size, 1), RAW_ALIGNMENT) == oldSize) {
            return address;
        }
        long moved = malloc(size);
        copy(address, moved, Math.min(oldSize, size));
        free(address);
        return moved;
    }

    /** Maps a raw block of at least {@code size} bytes (at least 16) and returns its address. */
    long mapRaw(long size) {
        long bytes = roundUp(Math.max(size, 1), RAW_ALIGNMENT);
        long spanLong = (bytes + SEGMENT_MASK) >>> SEGMENT_SHIFT;
        if (bytes <= 0 || spanLong > Integer.MAX_VALUE / 2) {
            throw limit.refused("cannot map " + size + " bytes", size);
        }
        limit.reserve(bytes);
        int span = (int) spanLong;
        byte[][] arrays = new byte[span][];
        try {
            for (int i = 0; i < span; i++) {
                long remaining = bytes - ((long) i << SEGMENT_SHIFT);
                arrays[i] = newArray((int) Math.min(remaining, SEGMENT_SIZE));
            }
        } catch (MemoryError e) {
            limit.release(bytes);
            throw e;
        }
        int first = span == 1 ? takeIndex() : takeFreshRange(span);
        for (int i = 0; i < span; i++) {
            segments[first + i] = arrays[i];
            kinds[first + i] = i == 0 ? RAW_HEAD : RAW_TAIL;
        }
        spans[first] = span;
        return (long) first << SEGMENT_SHIFT;
    }

    /** Unmaps the raw block at {@code address}. */
    void unmapRaw(long address) {
        int first = rawHead(address, "free");
        int span = spans[first];
        limit.release(rawBytes(first));
        for (int i = span - 1; i >= 0; i--) {
            release(first + i);
        }
    }

    /** The mapped size of the raw block at {@code address}. */
    @Override
    public long rawSize(long address) {
        return rawBytes(rawHead(address, "size of"));
    }

    /** Calls {@code visitor} with the address and mapped size of every raw block, by address. */
    @Override
    public void forEachRawBlock(BlockVisitor visitor) {
        for (int index = 1; index < nextFreshIndex; index++) {
            if (kinds[index] == RAW_HEAD) {
                visitor.visit((long) index << SEGMENT_SHIFT, rawBytes(index));
            }
        }
    }

    /**
     * The pool allocator's {@code address_in_range}, as native memory's: the same radix tree, so the
     * allocator's free path is one compiled shape whichever memory it runs on. The segment table
     * answers the same question for this class's own accesses ({@link #arenaOrNull}).
     */
    @Override
    public ArenaMap arenaMap() {
        return arenaMap;
    }

    /**
     * None: {@code sys._debugmallocstats} leaves the arena-map section out on checked memory, whose
     * addresses are small numbers of our own rather than a process's (its node counts would not
     * describe the address space CPython's would).
     */
    @Override
    public Optional<ArenaMapUsage> arenaMapUsage() {
        return Optional.empty();
    }

    /** The array index of {@code address} in {@code segment}, an arena's or a raw block's. */
    private static int offsetIn(byte[] segment, long address) {
        int offset = (int) address & SEGMENT_MASK;
        return segment.length > SEGMENT_SIZE ? offset + ARENA_PAD : offset;
    }

    /** The memory of the arena holding {@code address}, or {@code null} when it is not in an arena. */
    byte[] arenaOrNull(long address) {
        long index = address >>> SEGMENT_SHIFT;
        byte[][] table = arenaSegments;
        return index < table.length ? table[(int) index] : null;
    }

    /** Unmaps everything. */
    @Override
    public void close() {
        for (int index = 1; index < nextFreshIndex; index++) {
            if (arenaSegments[index] != null) {
                arenaMap.markUnused((long) index << SEGMENT_SHIFT);
            }
        }
        Arrays.fill(segments, null);
        Arrays.fill(arenaSegments, null);
        Arrays.fill(kinds, UNMAPPED);
        limit.releaseAll();
        rawBlocks = 0;
        rawBytes = 0;
    }

    private int rawHead(long address, String what) {
        long index = address >>> SEGMENT_SHIFT;
        if (index >= kinds.length || kinds[(int) index] != RAW_HEAD || (address & SEGMENT_MASK) != 0) {
            throw new HeapCorruptionError(what + " " + Addresses.hex(address)
                    + ": not the start of a block this allocator returned", address);
        }
        return (int) index;
    }

    private long rawBytes(int first) {
        int span = spans[first];
        return ((long) (span - 1) << SEGMENT_SHIFT) + segments[first + span - 1].length;
    }

    private byte[] newArray(int length) {
        try {
            return new byte[length];
        } catch (OutOfMemoryError e) {
            // The JVM's own heap is exhausted: report it as the heap's MemoryError; nothing has changed yet.
            throw limit.refused("the JVM could not provide " + length + " more bytes (" + e.getMessage() + ")",
                    length);
        }
    }

    private int takeIndex() {
        if (reusableCount > 0) {
            return reusableIndices[--reusableCount];
        }
        return takeFreshRange(1);
    }

    private int takeFreshRange(int count) {
        int first = nextFreshIndex;
        ensureCapacity(first + count);
        nextFreshIndex = first + count;
        return first;
    }

    private void release(int index) {
        segments[index] = null;
        arenaSegments[index] = null;
        kinds[index] = UNMAPPED;
        spans[index] = 0;
        if (reusableCount == reusableIndices.length) {
            reusableIndices = Arrays.copyOf(reusableIndices, reusableCount * 2);
        }
        reusableIndices[reusableCount++] = index;
    }

    private void ensureCapacity(int needed) {
        if (needed <= segments.length) {
            return;
        }
        int capacity = Math.max(needed, segments.length * 2);
        segments = Arrays.copyOf(segments, capacity);
        arenaSegments = Arrays.copyOf(arenaSegments, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        spans = Arrays.copyOf(spans, capacity);
    }

    static long roundUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    // ---------------------------------------------------------------- Memory

    private byte[] mapped(long address) {
        long index = address >>> SEGMENT_SHIFT;
        byte[][] table = segments;
        if (index < table.length) {
            byte[] s = table[(int) index];
            if (s != null) {
                return s;
            }
        }
        throw new HeapCorruptionError("address " + Addresses.hex(address) + " is not mapped", address);
    }

    private HeapCorruptionError outOfBounds(long address, long width) {
        return new HeapCorruptionError("access of " + width + " bytes at " + Addresses.hex(address)
                + " runs past the end of its mapping", address);
    }

    @Override
    public long getLong(long address) {
        byte[] s = mapped(address);
        try {
            return (long) LONG.get(s, offsetIn(s, address));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, 8);
        }
    }

    @Override
    public void putLong(long address, long value) {
        byte[] s = mapped(address);
        try {
            LONG.set(s, offsetIn(s, address), value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, 8);
        }
    }

    @Override
    public int getInt(long address) {
        byte[] s = mapped(address);
        try {
            return (int) INT.get(s, offsetIn(s, address));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, 4);
        }
    }

    @Override
    public void putInt(long address, int value) {
        byte[] s = mapped(address);
        try {
            INT.set(s, offsetIn(s, address), value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, 4);
        }
    }

    @Override
    public short getShort(long address) {
        byte[] s = mapped(address);
        try {
            return (short) SHORT.get(s, offsetIn(s, address));
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, 2);
        }
    }

    @Override
    public void putShort(long address, short value) {
        byte[] s = mapped(address);
        try {
            SHORT.set(s, offsetIn(s, address), value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(address, 2);
        }
    }

    @Override
    public byte getByte(long address) {
        byte[] s = mapped(address);
        int offset = offsetIn(s, address);
        if (offset >= s.length) {
            throw outOfBounds(address, 1);
        }
        return s[offset];
    }

    @Override
    public void putByte(long address, byte value) {
        byte[] s = mapped(address);
        int offset = offsetIn(s, address);
        if (offset >= s.length) {
            throw outOfBounds(address, 1);
        }
        s[offset] = value;
    }

    @Override
    public void copy(long source, long target, long bytes) {
        checkLength(bytes);
        if (bytes == 0 || source == target) {
            return;
        }
        boolean backward = target > source && target < source + bytes;
        long done = 0;
        while (done < bytes) {
            long remaining = bytes - done;
            // Forward copies walk from the start, backward ones from the end, so overlap never reads copied bytes.
            long from = backward ? source + remaining : source + done;
            long to = backward ? target + remaining : target + done;
            int chunk = backward ? (int) Math.min(remaining, Math.min(tailRoom(from), tailRoom(to)))
                    : (int) Math.min(remaining, Math.min(headRoom(from), headRoom(to)));
            if (backward) {
                from -= chunk;
                to -= chunk;
            }
            byte[] src = mapped(from);
            byte[] dst = mapped(to);
            int srcOffset = offsetIn(src, from);
            int dstOffset = offsetIn(dst, to);
            if (srcOffset + chunk > src.length) {
                throw outOfBounds(from, chunk);
            }
            if (dstOffset + chunk > dst.length) {
                throw outOfBounds(to, chunk);
            }
            System.arraycopy(src, srcOffset, dst, dstOffset, chunk);
            done += chunk;
        }
    }

    @Override
    public void fill(long address, long bytes, byte value) {
        checkLength(bytes);
        long done = 0;
        while (done < bytes) {
            long at = address + done;
            int chunk = (int) Math.min(bytes - done, headRoom(at));
            byte[] s = mapped(at);
            int offset = offsetIn(s, at);
            if (offset + chunk > s.length) {
                throw outOfBounds(at, chunk);
            }
            Arrays.fill(s, offset, offset + chunk, value);
            done += chunk;
        }
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, target.length);
        int done = 0;
        while (done < length) {
            long at = address + done;
            int chunk = (int) Math.min(length - done, headRoom(at));
            byte[] s = mapped(at);
            int from = offsetIn(s, at);
            if (from + chunk > s.length) {
                throw outOfBounds(at, chunk);
            }
            System.arraycopy(s, from, target, offset + done, chunk);
            done += chunk;
        }
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, source.length);
        int done = 0;
        while (done < length) {
            long at = address + done;
            int chunk = (int) Math.min(length - done, headRoom(at));
            byte[] s = mapped(at);
            int to = offsetIn(s, at);
            if (to + chunk > s.length) {
                throw outOfBounds(at, chunk);
            }
            System.arraycopy(source, offset + done, s, to, chunk);
            done += chunk;
        }
    }

    @Override
    public boolean isMapped(long address) {
        long index = address >>> SEGMENT_SHIFT;
        if (index >= segments.length) {
            return false;
        }
        byte[] s = segments[(int) index];
        return s != null && offsetIn(s, address) < s.length;
    }

    /** Both ends mapped, in one arena or one raw block (a raw block's segments share its head). */
    @Override
    public boolean isMapped(long address, long bytes) {
        long last = address + Math.max(bytes, 1) - 1;
        if (last < address || !isMapped(address) || !isMapped(last)) {
            return false;
        }
        long first = address >>> SEGMENT_SHIFT;
        long end = last >>> SEGMENT_SHIFT;
        return first == end || (kinds[(int) end] == RAW_TAIL && head((int) end) == head((int) first));
    }

    /** The RAW_HEAD segment of the raw block holding segment {@code index}. */
    private int head(int index) {
        int i = index;
        while (kinds[i] == RAW_TAIL) {
            i--;
        }
        return i;
    }

    /** Bytes from {@code address} to the end of its segment. */
    private static long headRoom(long address) {
        return SEGMENT_SIZE - (address & SEGMENT_MASK);
    }

    /** Bytes from the start of the segment to {@code address} (the segment size when at a boundary). */
    private static long tailRoom(long address) {
        long inSegment = address & SEGMENT_MASK;
        return inSegment == 0 ? SEGMENT_SIZE : inSegment;
    }

    private static void checkLength(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative length: " + bytes);
        }
    }
}

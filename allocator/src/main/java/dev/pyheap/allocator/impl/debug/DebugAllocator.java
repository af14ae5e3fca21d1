package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.Memory;
import dev.pyheap.api.MemoryError;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorSnapshot;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.ArenaUsage;
import dev.pyheap.api.alloc.DebugOverhead;
import dev.pyheap.api.alloc.MemoryMisuseError;
import dev.pyheap.api.alloc.MemoryMisuseError.Kind;
import dev.pyheap.api.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.11's debug hooks on the memory allocators ({@code PYTHONMALLOC=pymalloc_debug},
 * {@code malloc_debug}, {@code debug}) around a base allocator, plus a quarantine of freed blocks.
 *
 * <h2>Block layout (64-bit, as {@code _PyMem_DebugRawAlloc})</h2>
 * For a request of {@code n} bytes the base allocator is asked for {@code n + 24} (or {@code n + 32}
 * with {@code debug.serialno}); calling its block {@code q}:
 * <pre>
 *   q[0:8]         n, big-endian (readable in a hex dump)
 *   q[8]           API id 'o' (allocate() is PyObject_Malloc, the object domain)
 *   q[9:16]        7 x FORBIDDENBYTE 0xFD          catches writes just before the data
 *   q[16:16+n]     the data, p = q + 16 is returned (16-byte aligned because q is);
 *                  0xCD (CLEANBYTE) when new, 0 from allocateZeroed
 *   p[n:n+8]       8 x FORBIDDENBYTE 0xFD          catches writes just after the data
 *   p[n+8:n+16]    serial number, big-endian (only with debug.serialno)
 * </pre>
 * A freed block is filled with 0xDD (DEADBYTE) from {@code q} to its end.
 *
 * <h2>Bookkeeping</h2>
 * Each block the caller got is in exactly one of four places:
 * <ul>
 *   <li>{@code live}: handed out and not freed, by data address. The requested size is kept here
 *       too, so a damaged size word cannot mislead the pad checks.</li>
 *   <li>the {@link Quarantine}: freed, 0xDD-filled, not yet given back to the base allocator.</li>
 *   <li>{@code released}: given back to the base allocator and not handed out again. This tells a
 *       double free from an invalid one after the quarantine let go; it is bounded (the oldest
 *       addresses are forgotten, after which freeing one again reads as an invalid free).</li>
 *   <li>{@code retired}: found damaged when the caller gave it up. A damaged block is leaked on
 *       purpose, never given back to the base allocator: its header or its neighbours may be
 *       damaged too, and handing it back could spread that into the base allocator's free lists.
 *       The base allocator still counts it as allocated, so statistics still reconcile.</li>
 * </ul>
 *
 * <h2>Detections</h2>
 * Each throws {@link MemoryMisuseError}; the allocator stays usable afterwards. Buffer under- and
 * overflows are found from the pads at free, at reallocate, by {@link #checkAddress} and by
 * {@link #verify}; double and invalid frees from the bookkeeping above; use after free by the
 * {@link DebugMemory} (any access into a quarantined block) and, for writes that bypassed it, when
 * a quarantined block is released and no longer holds only 0xDD. The error's address is the block's
 * data address {@code p} (for an invalid free, the address passed); the message lays the block out
 * as {@code _PyObject_DebugDumpAddress} does and ends with the allocation traceback when the hooks
 * gave a site.
 *
 * <h2>Reallocation</h2>
 * With the quarantine off this is CPython's debug realloc: save up to 64 bytes at each end of the
 * data, mark header, trailer and those bytes dead, let the base allocator resize (in place or not),
 * then rewrite the pads and restore the saved bytes; a grown tail is 0xCD. With the quarantine on,
 * the block always moves (as AddressSanitizer's realloc does): a new block, a copy, and the old one
 * into the quarantine, so that a pointer kept across a resize is caught.
 *
 * <p>Not thread-safe: used under the heap's GIL, which the hooks check on allocate, free and reallocate.
 */
public final class DebugAllocator implements Allocator {
    private static final Logger LOG = LoggerFactory.getLogger(DebugAllocator.class);

    static final int SST = 8;
    static final int HEADER_BYTES = 2 * SST;
    static final byte API_ID = 'o';
    static final byte CLEANBYTE = (byte) 0xCD;
    static final byte DEADBYTE = (byte) 0xDD;
    static final byte FORBIDDENBYTE = (byte) 0xFD;
    /** The header's second word as little-endian memory holds it: 'o', then seven FORBIDDENBYTEs. */
    private static final long ID_AND_PADS = 0xFDFDFDFDFDFDFD00L | API_ID;
    /** Bytes saved at each end of the data across a base reallocation, as CPython's ERASED_SIZE. */
    static final int ERASED_SIZE = 64;
    /** How many released addresses are remembered for telling a double free. */
    static final int RELEASED_HISTORY = 1 << 16;
    /** At most this many damaged bytes are listed for a write after free. */
    private static final int LISTED_DAMAGE = 8;

    /** A block no longer live: when and where it was freed, and what happened to it since. */
    private record Freed(DebugBlock block, AllocationSite freedAt, String fate) {
    }

    private final String name;
    private final Allocator base;
    private final Memory raw;
    private final DebugMemory memory;
    private final boolean serialno;
    private final int extraBytes;
    private final Quarantine quarantine;
    private final Map<Long, DebugBlock> live = new HashMap<>();
    private final Map<Long, Freed> released = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Freed> eldest) {
            return size() > RELEASED_HISTORY;
        }
    };
    private final Map<Long, Freed> retired = new HashMap<>();
    /** What {@code released} entries say about their block, built once. */
    private final String releasedFate;
    private final String movedFate;
    /** Reused for reading quarantined blocks back. */
    private final byte[] scratch = new byte[4096];
    private long requestedBytes;
    private long serial;
    private AllocationHooks hooks = AllocationHooks.NONE;

    /**
     * @param name            the provider name ({@code pymalloc_debug}, {@code malloc_debug}, {@code debug})
     * @param base            the allocator whose blocks carry the pads; owned from now on
     * @param quarantineLimit bytes of freed blocks held back, {@code 0} for none, {@code -1} for no bound
     * @param serialno        whether blocks carry CPython's serial number
     */
    DebugAllocator(String name, Allocator base, long quarantineLimit, boolean serialno) {
        this.name = name;
        this.base = base;
        this.raw = base.memory();
        this.serialno = serialno;
        this.extraBytes = serialno ? 4 * SST : 3 * SST;
        this.quarantine = new Quarantine(quarantineLimit);
        this.memory = new DebugMemory(raw, quarantine, this);
        this.releasedFate = "It was released to " + base.name() + " and its address has not been handed out again.";
        this.movedFate = "It was moved by a reallocation; its old address was released to " + base.name()
                + " and has not been handed out again.";
        LOG.debug("{}: debug hooks on {}, quarantine {} bytes, serialno {}", name, base.name(), quarantineLimit,
                serialno);
    }

    /** A debug allocator configured by {@code debug.quarantine} and {@code debug.serialno}. */
    public static DebugAllocator create(String name, Allocator base, Configuration configuration) {
        return new DebugAllocator(name, base, configuration.get(DebugOptions.QUARANTINE),
                configuration.get(DebugOptions.SERIALNO));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Memory memory() {
        return memory;
    }

    /** The wrapped allocator; its memory bypasses the use-after-free checks. */
    Allocator base() {
        return base;
    }

    /** The bytes each block takes beyond its data: 24, or 32 with the serial number. */
    int extraBytes() {
        return extraBytes;
    }

    /** Blocks found damaged and leaked on purpose (still allocated in the base allocator). */
    long retiredBlocks() {
        return retired.size();
    }

    @Override
    public void installHooks(AllocationHooks hooks) {
        this.hooks = hooks;
        base.installHooks(hooks);
    }

    // ------------------------------------------------------------------ allocate

    @Override
    public long allocate(long size) {
        hooks.checkGil("allocate", 0);
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        return allocateBlock(size, false, hooks.currentSite());
    }

    @Override
    public long allocateZeroed(long count, long elementSize) {
        hooks.checkGil("allocate", 0);
        if (count < 0 || elementSize < 0) {
            throw new IllegalArgumentException("negative calloc arguments: " + count + " x " + elementSize);
        }
        long size;
        try {
            size = Math.multiplyExact(count, elementSize);
        } catch (ArithmeticException e) {
            throw tooLarge("calloc(" + count + ", " + elementSize + ") overflows", Long.MAX_VALUE);
        }
        return allocateBlock(size, true, hooks.currentSite());
    }

    private long allocateBlock(long size, boolean zeroed, AllocationSite site) {
        long total = total(size);
        long q = zeroed ? base.allocateZeroed(1, total) : base.allocate(total);
        long p = q + HEADER_BYTES;
        long number = ++serial;
        decorate(q, size, number);
        if (!zeroed) {
            raw.fill(p, size, CLEANBYTE);
        }
        adopt(new DebugBlock(p, size, number, site));
        return p;
    }

    /** The base block's length for a request, or a MemoryError when the pads would overflow it. */
    private long total(long size) {
        if (size > Long.MAX_VALUE - extraBytes) {
            throw tooLarge("cannot allocate " + size + " bytes: with the " + extraBytes
                    + " debug bytes the size overflows", size);
        }
        return size + extraBytes;
    }

    private MemoryError tooLarge(String message, long size) {
        AllocatorStatistics s = base.statistics();
        return new MemoryError(message, size, s.mappedBytes(), s.limitBytes());
    }

    /** Writes the size word, API id and pads around the data of the base block at {@code q}. */
    private void decorate(long q, long size, long number) {
        raw.putLong(q, Long.reverseBytes(size));
        raw.putLong(q + SST, ID_AND_PADS);
        long tail = q + HEADER_BYTES + size;
        raw.fill(tail, SST, FORBIDDENBYTE);
        if (serialno) {
            for (int i = 0; i < SST; i++) {
                raw.putByte(tail + SST + i, (byte) (number >>> (8 * (SST - 1 - i))));
            }
        }
    }

    private void adopt(DebugBlock block) {
        released.remove(block.address());
        live.put(block.address(), block);
        requestedBytes += block.size();
    }

    private void disown(DebugBlock block) {
        live.remove(block.address());
        requestedBytes -= block.size();
    }

    // ------------------------------------------------------------------ free

    @Override
    public void free(long address) {
        hooks.checkGil("free", address);
        if (address == 0) {
            return;
        }
        DebugBlock block = liveBlock("free", address, 0, Kind.DOUBLE_FREE);
        AllocationSite freedAt = hooks.currentSite();
        checkPads("free", 0, block, freedAt, true);
        disown(block);
        long total = block.size() + extraBytes;
        raw.fill(block.address() - HEADER_BYTES, total, DEADBYTE);
        MemoryMisuseError pending = makeRoom("free", address, 0, total);
        quarantineOrRelease(block, total, freedAt);
        if (pending != null) {
            throw pending;
        }
    }

    /** Puts a freed, 0xDD-filled block into the quarantine, or gives it back at once when it does not fit. */
    private void quarantineOrRelease(DebugBlock block, long total, AllocationSite freedAt) {
        long start = block.address() - HEADER_BYTES;
        if (quarantine.enabled() && quarantine.admits(total)) {
            quarantine.add(new Quarantine.Entry(block, start, total, freedAt));
        } else {
            release(block, freedAt);
        }
    }

    private void release(DebugBlock block, AllocationSite freedAt) {
        base.free(block.address() - HEADER_BYTES);
        released.put(block.address(), new Freed(block, freedAt, releasedFate));
    }

    /**
     * Releases the oldest quarantined blocks until {@code bytes} more fit, checking that each still
     * holds only 0xDD. A damaged one is retired and reported; the others are released regardless.
     *
     * @return the first problem found, for the caller to throw once its own work is consistent
     */
    private MemoryMisuseError makeRoom(String op, long address, long size, long bytes) {
        if (!quarantine.enabled() || !quarantine.admits(bytes)) {
            return null; // the block will not be held, so nothing needs to leave for it
        }
        MemoryMisuseError first = null;
        while (quarantine.mustEvictFor(bytes)) {
            MemoryMisuseError e = releaseChecked(op, address, size, quarantine.removeOldest());
            if (first == null) {
                first = e;
            }
        }
        return first;
    }

    /** Releases everything quarantined; returns the first write after free found. */
    private MemoryMisuseError flushQuarantine(String op) {
        MemoryMisuseError first = null;
        Quarantine.Entry e;
        while ((e = quarantine.removeOldest()) != null) {
            MemoryMisuseError found = releaseChecked(op, 0, 0, e);
            if (first == null) {
                first = found;
            }
        }
        return first;
    }

    private MemoryMisuseError releaseChecked(String op, long address, long size, Quarantine.Entry entry) {
        if (holdsOnlyDeadbyte(entry)) {
            release(entry.block(), entry.freedAt());
            return null;
        }
        MemoryMisuseError damage = writeAfterFree(label(op, address, size) + ": quarantine release", entry, true);
        retired.put(entry.block().address(), new Freed(entry.block(), entry.freedAt(),
                "It was written after it was freed, so it was leaked instead of released."));
        LOG.debug("{}: {}", name, damage.getMessage());
        return damage;
    }

    // ------------------------------------------------------------------ reallocate

    @Override
    public long reallocate(long address, long newSize) {
        hooks.checkGil("reallocate", address);
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size: " + newSize);
        }
        if (address == 0) {
            return allocateBlock(newSize, false, hooks.currentSite());
        }
        DebugBlock old = liveBlock("reallocate", address, newSize, Kind.USE_AFTER_FREE);
        AllocationSite site = hooks.currentSite();
        checkPads("reallocate", newSize, old, site, true);
        long newTotal = total(newSize);
        return quarantine.enabled() ? reallocateMoving(old, newSize, site)
                : reallocateLikeCPython(old, newSize, newTotal, site);
    }

    private long reallocateMoving(DebugBlock old, long newSize, AllocationSite site) {
        long oldTotal = old.size() + extraBytes;
        MemoryMisuseError pending = makeRoom("reallocate", old.address(), newSize, oldTotal);
        if (pending != null) {
            throw pending; // nothing of this reallocation has happened: the caller still owns the block
        }
        long p = allocateBlock(newSize, false, site);
        raw.copy(old.address(), p, Math.min(old.size(), newSize));
        disown(old);
        raw.fill(old.address() - HEADER_BYTES, oldTotal, DEADBYTE);
        quarantineOrRelease(old, oldTotal, site);
        return p;
    }

    private long reallocateLikeCPython(DebugBlock old, long newSize, long newTotal, AllocationSite site) {
        long p = old.address();
        long head = p - HEADER_BYTES;
        long oldSize = old.size();
        long tail = p + oldSize;
        byte[] saved;
        if (oldSize <= 2 * ERASED_SIZE) {
            saved = new byte[(int) oldSize];
            raw.read(p, saved, 0, saved.length);
            raw.fill(head, oldSize + extraBytes, DEADBYTE);
        } else {
            saved = new byte[2 * ERASED_SIZE];
            raw.read(p, saved, 0, ERASED_SIZE);
            raw.fill(head, HEADER_BYTES + ERASED_SIZE, DEADBYTE);
            raw.read(tail - ERASED_SIZE, saved, ERASED_SIZE, ERASED_SIZE);
            raw.fill(tail - ERASED_SIZE, ERASED_SIZE + extraBytes - HEADER_BYTES, DEADBYTE);
        }
        long r;
        try {
            r = base.reallocate(head, newTotal);
        } catch (MemoryError e) {
            // The old block is still the caller's: put back what was just marked dead.
            decorate(head, oldSize, old.serial());
            restore(p, saved, oldSize, oldSize);
            throw e;
        }
        long number = ++serial;
        long q = r + HEADER_BYTES;
        decorate(r, newSize, number);
        restore(q, saved, oldSize, newSize);
        if (newSize > oldSize) {
            raw.fill(q + oldSize, newSize - oldSize, CLEANBYTE);
        }
        disown(old);
        if (q != p) {
            released.put(p, new Freed(old, site, movedFate));
        }
        adopt(new DebugBlock(q, newSize, number, site));
        return q;
    }

    /** Writes the saved ends of a block of {@code oldSize} bytes back at {@code p}, as far as {@code newSize} reaches. */
    private void restore(long p, byte[] saved, long oldSize, long newSize) {
        if (oldSize <= 2 * ERASED_SIZE) {
            raw.write(p, saved, 0, (int) Math.min(newSize, oldSize));
        } else {
            raw.write(p, saved, 0, (int) Math.min(newSize, ERASED_SIZE));
            long i = oldSize - ERASED_SIZE;
            if (newSize > i) {
                raw.write(p + i, saved, ERASED_SIZE, (int) Math.min(newSize - i, ERASED_SIZE));
            }
        }
    }

    // ------------------------------------------------------------------ queries and checks

    @Override
    public long usableSize(long address) {
        return liveBlock("usableSize", address, 0, Kind.USE_AFTER_FREE).size();
    }

    /**
     * Checks the pads of the live block at {@code address}, as {@code _PyMem_DebugCheckAddress} does;
     * a damaged block stays live (the caller still owns it).
     *
     * @throws MemoryMisuseError when the block is damaged, freed, or not a block at all
     */
    void checkAddress(long address) {
        checkPads("checkAddress", 0, liveBlock("checkAddress", address, 0, Kind.USE_AFTER_FREE), null, false);
    }

    /**
     * Checks the pads of every live block (by ascending address) and that every quarantined block
     * still holds only 0xDD, then verifies the base allocator. Nothing is retired: a damaged live
     * block is reported again until it is freed.
     */
    @Override
    public void verify() {
        List<Long> addresses = new ArrayList<>(live.keySet());
        addresses.sort(null);
        for (long address : addresses) {
            checkPads("verify", 0, live.get(address), null, false);
        }
        for (Quarantine.Entry e : quarantine.entries()) {
            if (!holdsOnlyDeadbyte(e)) {
                throw writeAfterFree("verify", e, false);
            }
        }
        base.verify();
    }

    /**
     * The live blocks, in the base allocator's order, with the sizes their callers asked for: the
     * base allocator's blocks minus those quarantined or retired, each seen at its data address.
     */
    @Override
    public void forEachAllocatedBlock(dev.pyheap.api.alloc.BlockVisitor visitor) {
        base.forEachAllocatedBlock((q, usable) -> {
            DebugBlock block = live.get(q + HEADER_BYTES);
            if (block != null) {
                visitor.visit(block.address(), block.size());
            }
        });
    }

    @Override
    public AllocatorStatistics statistics() {
        AllocatorStatistics s = base.statistics();
        AllocatorSnapshot snapshot = s instanceof AllocatorSnapshot a ? a : copy(s);
        long blocks = live.size();
        return snapshot.withDebug(name, new DebugOverhead(blocks, requestedBytes, blocks * extraBytes,
                quarantine.blocks(), quarantine.bytes(), quarantine.limit(), retired.size()));
    }

    /** The base allocator's: the wrapper maps nothing of its own. */
    @Override
    public long mappedBytes() {
        return base.mappedBytes();
    }

    /** The base allocator's arenas: the wrapper adds no pools, its blocks live in the base's. */
    @Override
    public List<ArenaUsage> arenaMap() {
        return base.arenaMap();
    }

    private static AllocatorSnapshot copy(AllocatorStatistics s) {
        return new AllocatorSnapshot(s.allocator(), s.pooled(), s.sizeClasses(), s.sizeClassCount(),
                s.smallRequestThreshold(), s.arenaSize(), s.poolSize(), s.arenasAllocatedTotal(), s.arenasReclaimed(),
                s.arenasHighWater(), s.arenasCurrent(), s.allocatedBlockBytes(), s.availableBlockBytes(),
                s.unusedPools(), s.poolHeaderBytes(), s.quantizationBytes(), s.arenaAlignmentBytes(), s.rawBlocks(),
                s.rawBytes(), s.allocatedBlocks(), s.mappedBytes(), s.limitBytes(), s.debug(), s.arenaMap());
    }

    /**
     * Empties the quarantine (checking each block) so that arenas it pinned can go too, then lets the
     * base allocator release its free arenas. A write after free found on the way is thrown after
     * everything has been released.
     */
    @Override
    public int releaseFreeArenas() {
        MemoryMisuseError pending = flushQuarantine("releaseFreeArenas");
        int released = base.releaseFreeArenas();
        if (pending != null) {
            throw pending;
        }
        return released;
    }

    /** Drops every block, quarantined or not, without checks, and closes the base allocator. */
    @Override
    public void close() {
        LOG.debug("{}: closing with {} live, {} quarantined and {} retired blocks", name, live.size(),
                quarantine.blocks(), retired.size());
        live.clear();
        quarantine.clear();
        released.clear();
        retired.clear();
        requestedBytes = 0;
        base.close();
    }

    // ------------------------------------------------------------------ detection

    /**
     * How a call is named in messages: {@code free(0x7f00)}, {@code reallocate(0x7f00, 80)},
     * {@code verify}. Built only when something is reported, so the hot paths allocate no text.
     */
    private static String label(String op, long address, long size) {
        return switch (op) {
            case "verify", "releaseFreeArenas" -> op;
            case "reallocate" -> op + "(" + DebugReport.hex(address) + ", " + size + ")";
            default -> op + "(" + DebugReport.hex(address) + ")";
        };
    }

    /**
     * The live block at {@code address}, or the error that says what the address is instead.
     *
     * @param op        the call, with {@code address} and {@code size} its arguments, for the message (see {@link #label})
     * @param freedKind what a freed block means for this operation: a double free for free, a use after free otherwise
     */
    private DebugBlock liveBlock(String op, long address, long size, Kind freedKind) {
        DebugBlock block = live.get(address);
        if (block == null) {
            throw notLive(label(op, address, size), address, freedKind);
        }
        return block;
    }

    private MemoryMisuseError notLive(String operation, long address, Kind freedKind) {
        boolean freeing = freedKind == Kind.DOUBLE_FREE;
        String what = freeing ? "double free" : "use after free";
        String invalid = freeing ? "invalid free" : "invalid address";
        Quarantine.Entry q = quarantine.at(address);
        if (q != null) {
            return freedError(operation, what, freedKind, new Freed(q.block(), q.freedAt(),
                    "It is in the quarantine, filled with DEADBYTE (0xdd)."));
        }
        Freed r = retired.get(address);
        if (r != null) {
            return freedError(operation, what, freedKind, r);
        }
        DebugBlock container = liveContaining(address);
        if (container != null) {
            DebugReport report = new DebugReport(operation + ": " + invalid + ": " + DebugReport.hex(address)
                    + " is not the start of a block: it is " + DebugReport.relative(address, container.address())
                    + " of the live block at p=" + DebugReport.hex(container.address()));
            dumpLive(report, container);
            report.allocatedAt(container.allocatedAt());
            return new MemoryMisuseError(Kind.INVALID_FREE, address, container.size(), container.allocatedAt(),
                    report.text());
        }
        Quarantine.Entry inside = quarantine.overlapping(address, 1);
        if (inside != null) {
            DebugBlock b = inside.block();
            DebugReport report = new DebugReport(operation + ": " + invalid + ": " + DebugReport.hex(address)
                    + " is not the start of a block: it is " + DebugReport.relative(address, b.address())
                    + " of the freed block at p=" + DebugReport.hex(b.address()));
            dumpFreed(report, b, "It is in the quarantine, filled with DEADBYTE (0xdd).");
            report.allocatedAt(b.allocatedAt()).freedAt(inside.freedAt());
            return new MemoryMisuseError(Kind.INVALID_FREE, address, b.size(), b.allocatedAt(), report.text());
        }
        Freed f = released.get(address);
        if (f != null) {
            return freedError(operation, what, freedKind, f);
        }
        return new MemoryMisuseError(Kind.INVALID_FREE, address, -1, null, operation + ": " + invalid + ": "
                + DebugReport.hex(address) + " was never returned by this allocator (" + name + ")");
    }

    private MemoryMisuseError freedError(String operation, String what, Kind kind, Freed freed) {
        DebugBlock b = freed.block();
        DebugReport report = new DebugReport(operation + ": " + what + ": the block at p="
                + DebugReport.hex(b.address()) + " was already freed");
        dumpFreed(report, b, freed.fate());
        report.allocatedAt(b.allocatedAt()).freedAt(freed.freedAt());
        return new MemoryMisuseError(kind, b.address(), b.size(), b.allocatedAt(), report.text());
    }

    /** The live block whose base block covers {@code address}; a slow scan, only on the error path. */
    private DebugBlock liveContaining(long address) {
        for (DebugBlock b : live.values()) {
            if (address >= b.address() - HEADER_BYTES && address < b.address() + b.size() + extraBytes - HEADER_BYTES) {
                return b;
            }
        }
        return null;
    }

    /** Called by {@link DebugMemory} when an access touches a quarantined block. */
    MemoryMisuseError useAfterFree(String operation, long address, long length, Quarantine.Entry entry) {
        DebugBlock b = entry.block();
        DebugReport report = new DebugReport(operation + "(" + DebugReport.hex(address) + ", " + length
                + (length == 1 ? " byte" : " bytes") + "): use after free: the access touches "
                + DebugReport.relative(Math.max(address, entry.start()), b.address()) + " of the freed block at p="
                + DebugReport.hex(b.address()));
        dumpFreed(report, b, "It is in the quarantine, filled with DEADBYTE (0xdd); the access was refused.");
        report.allocatedAt(b.allocatedAt()).freedAt(entry.freedAt());
        return new MemoryMisuseError(Kind.USE_AFTER_FREE, b.address(), b.size(), b.allocatedAt(), report.text());
    }

    /**
     * Checks a live block's size word, API id and pads.
     *
     * @param retire whether a damaged block is retired (the caller is giving it up: free, reallocate)
     */
    private void checkPads(String op, long size, DebugBlock block, AllocationSite freedAt, boolean retire) {
        long p = block.address();
        boolean headOk = Long.reverseBytes(raw.getLong(p - HEADER_BYTES)) == block.size()
                && raw.getLong(p - SST) == ID_AND_PADS;
        if (headOk && tailIntact(p + block.size())) {
            return;
        }
        Kind kind = headOk ? Kind.BUFFER_OVERFLOW : Kind.BUFFER_UNDERFLOW;
        DebugReport report = new DebugReport(label(op, p, size) + ": "
                + (headOk ? "bad trailing pad byte (buffer overflow)" : headProblem(block)));
        dumpLive(report, block);
        if (retire) {
            disown(block);
            retired.put(p, new Freed(block, freedAt, "Its pads were found damaged when it was freed, so it was"
                    + " leaked instead of released."));
            report.fact("The damaged block is leaked: it stays allocated in " + base.name() + " and is never reused.");
        }
        report.allocatedAt(block.allocatedAt());
        MemoryMisuseError error = new MemoryMisuseError(kind, p, block.size(), block.allocatedAt(), report.text());
        LOG.debug("{}: {}", name, error.getMessage());
        throw error;
    }

    private boolean tailIntact(long tail) {
        for (int i = 0; i < SST; i++) {
            if (raw.getByte(tail + i) != FORBIDDENBYTE) {
                return false;
            }
        }
        return true;
    }

    /** CPython's fatal-error wording for a damaged header (called only when it is damaged). */
    private String headProblem(DebugBlock block) {
        long p = block.address();
        int id = raw.getByte(p - SST);
        if (id != API_ID) {
            return "bad ID: allocated using API " + DebugReport.apiId(id) + ", verified using API 'o' (buffer underflow)";
        }
        for (int i = SST - 1; i >= 1; i--) {
            if (raw.getByte(p - i) != FORBIDDENBYTE) {
                return "bad leading pad byte (buffer underflow)";
            }
        }
        long word = Long.reverseBytes(raw.getLong(p - HEADER_BYTES));
        if (word != block.size()) {
            return "bad size word: it holds " + Long.toUnsignedString(word) + ", the block has " + block.size()
                    + " bytes (buffer underflow)";
        }
        throw new IllegalStateException("header of " + DebugReport.hex(p) + " is intact");
    }

    /** The facts of {@code _PyObject_DebugDumpAddress} for a live block, read from memory. */
    private void dumpLive(DebugReport report, DebugBlock block) {
        long p = block.address();
        long n = block.size();
        report.fact("Debug memory block at address p=" + DebugReport.hex(p) + ": API "
                + DebugReport.apiId(raw.getByte(p - SST)));
        report.fact(n + " bytes originally requested");
        long word = Long.reverseBytes(raw.getLong(p - HEADER_BYTES));
        if (word != n) {
            report.fact("The size word at p-16 holds " + Long.toUnsignedString(word) + " *** OUCH");
        }
        boolean leadOk = true;
        for (int i = 1; i <= SST - 1; i++) {
            leadOk &= raw.getByte(p - i) == FORBIDDENBYTE;
        }
        if (leadOk) {
            report.fact("The " + (SST - 1) + " pad bytes at p-" + (SST - 1) + " are FORBIDDENBYTE, as expected.");
        } else {
            report.fact("The " + (SST - 1) + " pad bytes at p-" + (SST - 1) + " are not all FORBIDDENBYTE ("
                    + DebugReport.hexByte(FORBIDDENBYTE) + "):");
            for (int i = SST - 1; i >= 1; i--) {
                report.byteLine("p-" + i, raw.getByte(p - i), FORBIDDENBYTE);
            }
        }
        long tail = p + n;
        if (tailIntact(tail)) {
            report.fact("The " + SST + " pad bytes at tail=" + DebugReport.hex(tail) + " are FORBIDDENBYTE, as expected.");
        } else {
            report.fact("The " + SST + " pad bytes at tail=" + DebugReport.hex(tail) + " are not all FORBIDDENBYTE ("
                    + DebugReport.hexByte(FORBIDDENBYTE) + "):");
            for (int i = 0; i < SST; i++) {
                report.byteLine("tail+" + i, raw.getByte(tail + i), FORBIDDENBYTE);
            }
        }
        if (serialno) {
            report.fact("The block was made by call #" + block.serial() + " to debug malloc/realloc.");
        }
        if (n > 0) {
            StringBuilder data = new StringBuilder("Data at p:");
            long shown = Math.min(n, 8);
            for (long a = p; a < p + shown; a++) {
                data.append(String.format(" %02x", raw.getByte(a) & 0xff));
            }
            long from = Math.max(p + shown, tail - 8);
            if (from > p + shown) {
                data.append(" ...");
            }
            for (long a = from; a < tail; a++) {
                data.append(String.format(" %02x", raw.getByte(a) & 0xff));
            }
            report.fact(data.toString());
        }
    }

    private void dumpFreed(DebugReport report, DebugBlock block, String fate) {
        report.fact("Debug memory block at address p=" + DebugReport.hex(block.address()) + ": API 'o', freed");
        report.fact(block.size() + " bytes originally requested");
        if (serialno) {
            report.fact("The block was made by call #" + block.serial() + " to debug malloc/realloc.");
        }
        report.fact(fate);
    }

    /** Whether a quarantined block still holds only DEADBYTE, from its header to its end. */
    private boolean holdsOnlyDeadbyte(Quarantine.Entry entry) {
        for (long done = 0; done < entry.bytes(); done += scratch.length) {
            int chunk = (int) Math.min(scratch.length, entry.bytes() - done);
            raw.read(entry.start() + done, scratch, 0, chunk);
            for (int i = 0; i < chunk; i++) {
                if (scratch[i] != DEADBYTE) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The error for a quarantined block that no longer holds only DEADBYTE, listing the bytes that differ.
     *
     * @param leaking whether the block will be leaked because of the damage (said in the message)
     */
    private MemoryMisuseError writeAfterFree(String operation, Quarantine.Entry entry, boolean leaking) {
        byte[] bytes = scratch;
        List<Long> damaged = new ArrayList<>();
        long count = 0;
        for (long done = 0; done < entry.bytes(); done += bytes.length) {
            int chunk = (int) Math.min(bytes.length, entry.bytes() - done);
            raw.read(entry.start() + done, bytes, 0, chunk);
            for (int i = 0; i < chunk; i++) {
                if (bytes[i] != DEADBYTE) {
                    if (damaged.size() < LISTED_DAMAGE) {
                        damaged.add(entry.start() + done + i);
                    }
                    count++;
                }
            }
        }
        DebugBlock b = entry.block();
        DebugReport report = new DebugReport(operation + ": use after free: the freed block at p="
                + DebugReport.hex(b.address()) + " was written while in the quarantine");
        dumpFreed(report, b, "The " + entry.bytes() + " bytes at p-" + HEADER_BYTES + " are not all DEADBYTE ("
                + DebugReport.hexByte(DEADBYTE) + "): " + count + (count == 1 ? " byte differs:" : " bytes differ:"));
        for (long a : damaged) {
            report.byteLine(DebugReport.relative(a, b.address()), raw.getByte(a), DEADBYTE);
        }
        if (count > damaged.size()) {
            report.fact("(" + (count - damaged.size()) + " more)");
        }
        if (leaking) {
            report.fact("The damaged block is leaked: it stays allocated in " + base.name() + " and is never reused.");
        }
        report.allocatedAt(b.allocatedAt()).freedAt(entry.freedAt());
        return new MemoryMisuseError(Kind.USE_AFTER_FREE, b.address(), b.size(), b.allocatedAt(), report.text());
    }
}

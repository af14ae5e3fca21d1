package dev.pyheap.runtime.sanity;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.SizeClassUsage;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.runtime.RootKind;
import dev.pyheap.runtime.SanityReport;
import dev.pyheap.runtime.gc.Binding;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.state.FrameImpl;
import dev.pyheap.runtime.state.InterpreterState;
import dev.pyheap.runtime.state.LongIntMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The heap sanity checker: proves the invariants of ARCHITECTURE §8 over one heap, in time and
 * Java memory linear in the heap, without allocating from the heap (so that checking twice
 * gives the same answer). Runs with the GIL held at a quiet point: no collection, deallocation,
 * finalizer or callback under way ({@link InterpreterState#requireQuietPoint} refuses otherwise).
 *
 * <h2>The block table</h2>
 * Everything hangs off the allocator's own view of memory: the blocks it says are allocated
 * ({@link Allocator#forEachAllocatedBlock}), each given an index; per index the checker keeps who
 * claimed the block and, for an object's block, the references counted to the object and its
 * collector-list memberships.
 * <pre>
 *   index  start     size   claimed as                   counted  lists
 *   0      0x100030  48     OBJECT    <list 0x100040>    2        1
 *   1      0x100060  32     OWNED     by <list 0x100040>
 *   2      0x100090  16     LIST_HEAD
 *   3      0x1000a0  32     FREE_LIST <float 0x1000a0>
 *   4      0x1000c0  32     -          (a leak)
 * </pre>
 *
 * <h2>Locating an object</h2>
 * A reference {@code r} is an object's address; its block starts 0, 16 or 32 bytes before it
 * (no header, a GC header, a GC header and the managed-dict pre-header). Of the blocks starting
 * at {@code r}, {@code r-16}, {@code r-32} at most one contains {@code r} (blocks never
 * overlap). The word at {@code r+8} in it must be a type object the interpreter knows, whose
 * layout (GC header, pre-header) puts the block exactly there, whose sizes
 * ({@link PyType#basicSize}, then {@link PyType#instanceSize}) fit in the block, and the block must
 * not be claimed as anything but this object.
 *
 * <h2>Never reading what it has not found (native memory)</h2>
 * On native memory a read of an unmapped address is a crash, not an exception, so catching
 * exceptions protects nothing. The checker therefore reads only memory it found in the block
 * table: an object once located (its fields up to its instance size), the blocks an object owns
 * once {@link PyType#forEachOwnedBlock} declared them with the bytes it will read and the table
 * confirmed them, collector list heads, free-list entries' blocks. A type whose own fields
 * contradict each other says so and is not traversed. A dangling reference is reported, not
 * followed; its message peeks at the type word there only when {@link Memory#isMapped} says the
 * word is mapped (and, on checked memory, inside a {@code try}: a debug allocator's quarantine
 * refuses it). Anything not located is named by its address alone.
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>Enumerate the allocated blocks; check that each type object holds its own index.
 * <li>Claim the blocks of the type free lists' entries (a free GC object must be untracked), the
 *     non-object blocks they keep ({@link PyType#forEachFreeListBlock}) and the collector lists'
 *     heads ({@link Binding#lists()}).
 * <li>Roots ({@link InterpreterState#forEachRoot(InterpreterState.RootVisitor)}): locate each; each visit counts one
 *     reference, a {@link RootKind#STATIC} one {@link ObjectSpace#IMMORTAL_REFCNT} (CPython's statically
 *     allocated objects start there), so a missing incref or an extra decref on {@code 1} or {@code ''}
 *     is found as on any object. Every object located the first time becomes live and claims its block.
 * <li>Collector lists: walk each from its head, locating every member (members are live) and
 *     checking {@code next.prev == this}, no flag of a collection left behind, and that the walk
 *     comes back to its head. A walk that breaks (an untracked object's {@code gc_next} is 0, a
 *     link to a non-object) goes on backwards from the head, so one damaged link yields one
 *     problem, not one per member after it. When every walk was clean, the collector's own
 *     account ({@code forEachObject(-1)} and {@code freezeCount()}) must name the same objects.
 * <li>Traverse the live objects in the order found: each claims its owned blocks
 *     ({@link PyType#forEachOwnedBlock}); each counted referent ({@link PyType#forEachReferent})
 *     is located and counted; uncounted ones ({@link PyType#forEachUncountedReferent}: weakrefs)
 *     are only located.
 * <li>Refcounts: each live object's {@code ob_refcnt} equals the references counted to it; a
 *     mismatch names its referrers (found by a second pass, only then).
 * <li>Tracking: a live object with a GC header is tracked ({@code gc_next != 0}) exactly when it
 *     is in a collector list, and in at most one.
 * <li>Ownership: a block nobody claimed is a leak (a block claimed twice was reported at the
 *     second claim).
 * <li>The allocator: statistics reconcile (arena bytes, mapped bytes, pooled plus raw blocks against
 *     the allocated ones plus a debug allocator's quarantined and retired ones),
 *     the enumeration agrees with the count, and {@link Allocator#verify()} passes.
 * </ol>
 * An object's type is the one its {@code ob_type} names in the interpreter's table of type
 * objects, never the index stored in a type object (step 1 checks those indexes), and nothing the
 * checker reads can make it throw: a walk that fails on damaged memory, or a problem whose text
 * cannot be made, becomes a problem in the report.
 *
 * <p>Problems are reported in that order, so a report is deterministic; past
 * {@link SanityReport#MAX_LISTED} they are only counted. Each block, claim, reference, refcount,
 * membership, list link and statistics equation checked counts as one check.
 */
public final class SanityChecker {
    /** Referrers named in a refcount problem. */
    static final int MAX_REFERRERS = 8;

    private static final byte UNCLAIMED = 0;
    private static final byte OBJECT = 1;
    private static final byte OWNED = 2;
    private static final byte FREE_LIST = 3;
    private static final byte LIST_HEAD = 4;
    private static final byte KEPT_BLOCK = 5;

    // Why a reference is not a live object (locate's negative answers).
    private static final int NOT_ALIGNED = -1;
    private static final int NO_BLOCK = -2;
    private static final int NOT_A_TYPE = -3;
    private static final int WRONG_BLOCK = -4;
    private static final int IN_FREE_LIST = -5;
    private static final int CLAIMED_OTHERWISE = -6;
    private static final int TOO_SMALL = -7;

    private final InterpreterState heap;
    private final Binding binding;
    private final ObjectSpace interp;
    private final Memory memory;
    private final Allocator allocator;
    /** Type object address to index in the interpreter's type table. */
    private final LongIntMap typeObjects = new LongIntMap(64);

    private LongIntMap blockIndex;
    /** Block indices in address order, for {@link #containing}. */
    private int[] byAddress = new int[0];
    private long[] blockStart = new long[1024];
    private long[] blockSize = new long[1024];
    private int blockCount;
    private byte[] claim;
    /**
     * The object (OBJECT), the owning object (OWNED), the free object (FREE_LIST), the head
     * (LIST_HEAD) or the index of the type whose free list keeps the block (KEPT_BLOCK).
     */
    private long[] claimer;
    private long[] counted;
    /** For an OBJECT block: the type index its ob_type names. */
    private int[] objectType;
    /** For an OBJECT block: whether its owned blocks were confirmed, so that its traversal may read them. */
    private boolean[] traversable;
    private int[] memberships;
    /** The last collector list (its number) that reached the object: a second visit is a cycle. */
    private int[] lastListSeen;
    private long[] listHead;

    private long[] live = new long[1024];
    /** The block of each live object. */
    private int[] liveBlock = new int[1024];
    private int liveCount;

    /** The census, by type index, counted while {@link #checkTracking} walks the live objects. */
    private long[] liveByType = new long[0];
    private final List<String> problems = new ArrayList<>();
    private long unlisted;
    private long checks;
    /** Objects found in the collector lists (one per list holding one). */
    private long listMembers;
    /** Whether every collector list walk came back to its head without a problem. */
    private boolean listsIntact = true;

    public SanityChecker(InterpreterState heap, Binding binding) {
        this.heap = heap;
        this.binding = binding;
        this.interp = heap.space();
        this.memory = interp.memory;
        this.allocator = heap.allocator();
        for (int i = 0; i < interp.typeCount(); i++) {
            PyType t = interp.typeAt(i);
            if (t != null) {
                typeObjects.putIfAbsent(t.typeObject(), i);
            }
        }
    }

    public SanityReport run() {
        if (step("enumerating the allocated blocks", this::enumerateBlocks)) {
            step("checking the type objects", this::checkTypeObjects);
            step("claiming the free lists", this::claimFreeListEntries);
            step("claiming the collector list heads", this::claimListHeads);
            step("claiming the argument areas and data stacks", this::claimKeptBlocks);
            step("walking the roots", this::walkRoots);
            step("walking the collector lists", this::walkCollectorLists);
            step("asking the collector for its objects", this::crossCheckCollector);
            step("traversing the live objects", this::traverseLiveObjects);
            step("checking refcounts", this::checkRefcounts);
            step("checking tracking", this::checkTracking);
            step("checking ownership", this::checkOwnership);
            step("checking the allocator", this::checkAllocator);
        }
        List<String> lines = new ArrayList<>(problems);
        if (unlisted > 0) {
            lines.add("... and " + unlisted + " more problem" + (unlisted == 1 ? "" : "s"));
        }
        return new SanityReport(lines.isEmpty(), checks, lines, census());
    }

    /**
     * Runs one step; a failure (damaged memory the step could not get past) is a problem, and the
     * next steps still run on what was found. False when the step failed.
     */
    private boolean step(String what, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            problem(() -> "the check stopped " + what + ": " + e);
            return false;
        }
    }

    /** The live objects found, counted by type name. */
    private Map<String, Long> census() {
        Map<String, Long> byType = new HashMap<>();
        for (int t = 0; t < liveByType.length; t++) {
            if (liveByType[t] > 0) {
                byType.merge(interp.typeAt(t).name, liveByType[t], Long::sum);
            }
        }
        return byType;
    }

    /**
     * Records a problem. The text is built only while problems are still listed: some messages
     * scan the block table, and a badly damaged heap can have a problem per object.
     */
    private void problem(Supplier<String> text) {
        if (problems.size() < SanityReport.MAX_LISTED) {
            String line;
            try {
                line = text.get();
            } catch (RuntimeException | StackOverflowError e) { // a message about damaged memory read it
                line = "a problem whose description failed: " + e;
            }
            problems.add(line);
        } else {
            unlisted++;
        }
    }

    // ------------------------------------------------------------------ 1. blocks

    private void enumerateBlocks() {
        allocator.forEachAllocatedBlock((address, size) -> {
            if (blockCount == blockStart.length) {
                blockStart = Arrays.copyOf(blockStart, blockCount * 2);
                blockSize = Arrays.copyOf(blockSize, blockCount * 2);
            }
            blockStart[blockCount] = address;
            blockSize[blockCount] = size;
            blockCount++;
        });
        byAddress = new int[blockCount];
        Integer[] order = new Integer[blockCount];
        for (int i = 0; i < blockCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(blockStart[x], blockStart[y]));
        for (int i = 0; i < blockCount; i++) {
            byAddress[i] = order[i];
        }
        blockIndex = new LongIntMap(blockCount);
        for (int i = 0; i < blockCount; i++) {
            long start = blockStart[i];
            if (blockIndex.putIfAbsent(start, i) >= 0) {
                problem(() -> "the allocator enumerates block " + hex(start) + " twice");
            }
        }
        claim = new byte[blockCount];
        claimer = new long[blockCount];
        counted = new long[blockCount];
        objectType = new int[blockCount];
        traversable = new boolean[blockCount];
        memberships = new int[blockCount];
        lastListSeen = new int[blockCount];
        listHead = new long[blockCount];
    }

    /** Each type object's index word ({@link Layout#TYPE_INDEX}) names its own behaviour: {@code typeOf} of its instances relies on it. */
    private void checkTypeObjects() {
        for (int i = 0; i < interp.typeCount(); i++) {
            PyType t = interp.typeAt(i);
            if (t == null) {
                continue;
            }
            long o = t.typeObject();
            long start = t.hasFlag(PyType.HEAPTYPE) ? o - Layout.GC_HEAD : o;
            checks++;
            int b = blockIndex.get(start);
            if (b < 0 || blockSize[b] < o - start + Layout.TYPE_INDEX + 4) {
                problem(() -> "the type object of '" + t.name + "' at " + hex(o) + " is in no allocated block");
                continue;
            }
            int stored = memory.getInt(o + Layout.TYPE_INDEX);
            int index = i;
            if (stored != index) {
                PyType other = stored >= 0 && stored < interp.typeCount() ? interp.typeAt(stored) : null;
                problem(() -> "the type object of '" + t.name + "' at " + hex(o) + " holds type index " + stored
                        + ", not " + index + (other == null ? "" : " (that of '" + other.name + "')") + ": its objects"
                        + " would be taken for another type's");
            }
        }
    }

    private String blockText(int b) {
        return "block " + hex(blockStart[b]) + " (" + blockSize[b] + " bytes)";
    }

    /** Claims block {@code b}; a block already claimed is an overlap, and keeps its first claim. */
    private boolean claim(int b, byte kind, long by) {
        checks++;
        if (claim[b] != UNCLAIMED) {
            problem(() -> blockText(b) + " is claimed twice: as " + claimText(claim[b], claimer[b]) + " and as "
                    + claimText(kind, by));
            return false;
        }
        claim[b] = kind;
        claimer[b] = by;
        return true;
    }

    private String claimText(byte kind, long by) {
        return switch (kind) {
            case OBJECT -> describe(by);
            case OWNED -> "a block owned by " + describe(by);
            case FREE_LIST -> freeEntryText(by);
            case LIST_HEAD -> "the head of collector list " + hex(by);
            case KEPT_BLOCK -> by < 0 ? "a block of an argument area or a data stack" : "a block kept by the " + interp.typeAt((int) by).name + " free list";
            default -> "nothing";
        };
    }

    /** A free-list entry, named without trusting its memory. */
    private String freeEntryText(long entry) {
        String name = freeListName(entry);
        return "<" + name + " " + hex(entry) + "> on the " + name + " free list";
    }

    private String freeListName(long entry) {
        int type = typeObjects.get(memory.getLong(entry + Layout.OB_TYPE));
        return type < 0 ? "?" : interp.typeAt(type).name;
    }

    // ------------------------------------------------------------------ 2. free lists and list heads

    private void claimFreeListEntries() {
        for (int i = 0; i < interp.typeCount(); i++) {
            PyType t = interp.typeAt(i);
            if (t == null) {
                continue;
            }
            t.forEachFreeListEntry(entry -> {
                checks++;
                int b = blockIndex.get(blockStartOf(t, entry));
                if (b < 0) {
                    problem(() -> "<" + t.name + " " + hex(entry) + "> on the " + t.name + " free list is in no allocated block");
                    return;
                }
                if (!claim(b, FREE_LIST, entry)) {
                    return;
                }
                if (t.hasGcHeader(entry)) {
                    checks++;
                    if (GcHeader.isTracked(memory, entry)) {
                        problem(() -> freeEntryText(entry) + " is still tracked (gc_next "
                                + hex(GcHeader.nextHeader(memory, entry)) + ")");
                    }
                }
            });
            int typeIndex = i;
            t.forEachFreeListBlock(block -> {
                checks++;
                int b = blockIndex.get(block);
                if (b < 0) {
                    problem(() -> "block " + hex(block) + " kept by the " + t.name + " free list is not an allocated block");
                } else {
                    claim(b, KEPT_BLOCK, typeIndex);
                }
            });
        }
    }

    /** The blocks the space keeps that are no object's (argument areas' and data stacks' chunks). */
    private void claimKeptBlocks() {
        interp.forEachKeptBlock(block -> {
            checks++;
            int b = blockIndex.get(block);
            if (b < 0) {
                problem(() -> "block " + hex(block) + " of an argument area or a data stack is not an allocated block");
            } else {
                claim(b, KEPT_BLOCK, -1);
            }
        });
    }

    private void claimListHeads() {
        for (GcList list : binding.lists()) {
            checks++;
            int b = blockIndex.get(list.head());
            if (b < 0) {
                problem(() -> "the head of collector list " + hex(list.head()) + " is not an allocated block");
            } else {
                claim(b, LIST_HEAD, list.head());
            }
        }
    }

    // ------------------------------------------------------------------ locating objects

    /**
     * The block index of the live object at {@code r}, claiming its block the first time (see the
     * class comment), or a negative reason why {@code r} is not a live object.
     */
    private int locate(long r) {
        if ((r & 15) != 0) {
            return NOT_ALIGNED;
        }
        int b = -1;
        long offset = 0;
        for (; offset <= Layout.GC_HEAD + Layout.PRE_HEADER; offset += 16) {
            int i = blockIndex.get(r - offset);
            if (i >= 0) {
                if (blockSize[i] > offset) {
                    b = i;
                }
                break; // a block starting here ends before r, or holds r; no earlier block reaches r
            }
        }
        if (b < 0) {
            return NO_BLOCK;
        }
        if (blockSize[b] < offset + Layout.OBJECT_HEAD) {
            return NOT_A_TYPE;
        }
        int typeIndex = typeObjects.get(memory.getLong(r + Layout.OB_TYPE));
        if (typeIndex < 0) {
            return NOT_A_TYPE;
        }
        PyType type = interp.typeAt(typeIndex);
        long start;
        if (isTypeType(type)) {
            int described = typeObjects.get(r);
            if (described < 0) {
                return NOT_A_TYPE; // an object claiming to be a type object the interpreter does not know
            }
            // from the interpreter's own table: the type object's index word may be damaged (step 1)
            start = interp.typeAt(described).hasFlag(PyType.HEAPTYPE) ? r - Layout.GC_HEAD : r;
        } else {
            start = blockStartOf(type, r);
        }
        if (start != blockStart[b]) {
            return WRONG_BLOCK;
        }
        if (blockSize[b] < offset + type.smallestInstanceSize() || blockSize[b] < offset + type.instanceSize(r)) {
            return TOO_SMALL; // instanceSize reads only fields within the basic size
        }
        switch (claim[b]) {
            case UNCLAIMED -> {
                claim(b, OBJECT, r);
                objectType[b] = typeIndex;
                if (liveCount == live.length) {
                    live = Arrays.copyOf(live, liveCount * 2);
                    liveBlock = Arrays.copyOf(liveBlock, liveCount * 2);
                }
                liveBlock[liveCount] = b;
                live[liveCount++] = r;
                return b;
            }
            case OBJECT -> {
                return claimer[b] == r ? b : CLAIMED_OTHERWISE;
            }
            case FREE_LIST -> {
                return IN_FREE_LIST;
            }
            default -> {
                return CLAIMED_OTHERWISE;
            }
        }
    }

    /**
     * Where the block of an object of {@code type} at {@code o} starts, from the type's layout alone
     * (no read: the object is not located yet); not for type objects, whose header depends on which
     * type they describe.
     */
    private static long blockStartOf(PyType type, long o) {
        return type.hasFlag(PyType.HAVE_GC) ? o - Layout.GC_HEAD - type.preHeader() : o;
    }

    /** Whether {@code type} is the metatype ({@code PyType_Check}: type objects, where static ones have no GC header, classes do). */
    private static boolean isTypeType(PyType type) {
        return type.hasFlag(PyType.TYPE_SUBCLASS);
    }

    /** The type of the live object in block {@code b}: the one its ob_type named when it was located. */
    private PyType typeOf(int b) {
        return interp.typeAt(objectType[b]);
    }

    /**
     * Whether the live object {@code o} in block {@code b} has a GC header; for a type object, from
     * the interpreter's table (a class's has one), not from its index word, which may be damaged.
     */
    private boolean hasGcHeader(int b, long o) {
        PyType type = typeOf(b);
        return isTypeType(type) ? interp.typeAt(typeObjects.get(o)).hasFlag(PyType.HEAPTYPE) : type.hasFlag(PyType.HAVE_GC);
    }

    /** The block of {@code o} when it is a live object found so far, else -1. */
    private int objectBlock(long o) {
        for (long offset = 0; offset <= Layout.GC_HEAD + Layout.PRE_HEADER; offset += 16) {
            int b = blockIndex.get(o - offset);
            if (b >= 0 && claim[b] == OBJECT && claimer[b] == o) {
                return b;
            }
        }
        return -1;
    }

    /** {@code <list 0x7f...>}: a live object by the type it was located as; anything else by its address alone (it is not read). */
    private String describe(long o) {
        int b = objectBlock(o);
        return b >= 0 ? "<" + typeOf(b).name + " " + hex(o) + ">" : hex(o);
    }

    /**
     * A referent as a message names a dict key or a set element: the repr of a located str or int
     * (which reads only its own, located, memory), the type and address of any other located object,
     * the address alone for the rest.
     */
    private String referentText(long r) {
        int b = objectBlock(r);
        if (b < 0) {
            return hex(r);
        }
        PyType type = typeOf(b);
        if (type.hasFlag(PyType.UNICODE_SUBCLASS) || type.hasFlag(PyType.LONG_SUBCLASS)) {
            try {
                return Abstract.repr(interp, r);
            } catch (RuntimeException e) {
                return describe(r);
            }
        }
        return describe(r);
    }

    /** "which is not a live object: ...", for a reference {@code locate} refused with {@code reason}. */
    private String notLive(long r, int reason) {
        String why = switch (reason) {
            case NOT_ALIGNED -> "it is not 16-byte aligned";
            case NO_BLOCK -> noBlock(r);
            case NOT_A_TYPE -> "its ob_type " + hex(readableTypeWord(r)) + " is not a type object the interpreter knows";
            case WRONG_BLOCK -> {
                PyType t = interp.typeAt(typeObjects.get(memory.getLong(r + Layout.OB_TYPE)));
                yield "a " + t.name + " there would start its block at " + hex(blockStartOf(t, r))
                        + ", but the allocated block holding it starts at " + hex(blockStart[containing(r)]);
            }
            case TOO_SMALL -> {
                PyType t = interp.typeAt(typeObjects.get(memory.getLong(r + Layout.OB_TYPE)));
                int b = containing(r);
                yield "a " + t.name + " there needs more than the " + blockText(b) + " holding it";
            }
            case IN_FREE_LIST -> "it is on the " + freeListName(claimer[containing(r)]) + " free list";
            case CLAIMED_OTHERWISE -> {
                int b = containing(r);
                yield "it lies in " + blockText(b) + ", " + claimText(claim[b], claimer[b]);
            }
            default -> "reason " + reason;
        };
        return "which is not a live object: " + why;
    }

    private String noBlock(long r) {
        int b = containing(r);
        if (b >= 0) {
            return "it lies " + (r - blockStart[b]) + " bytes into " + blockText(b)
                    + (claim[b] == UNCLAIMED ? "" : ", " + claimText(claim[b], claimer[b]));
        }
        String looks = "";
        if (memory.isMapped(r + Layout.OB_TYPE, 8)) { // on native memory, a read of unmapped memory is a crash
            try {
                int type = typeObjects.get(memory.getLong(r + Layout.OB_TYPE));
                if (type >= 0) {
                    looks = " (its ob_type still says '" + interp.typeAt(type).name + "': freed behind its referrers' backs?)";
                }
            } catch (RuntimeException unreadable) {
                // checked memory: refused by a debug allocator's quarantine; nothing more to say
            }
        }
        return "no allocated block holds it" + looks;
    }

    private long readableTypeWord(long r) {
        int b = containing(r);
        return b >= 0 && r + Layout.OB_TYPE + 8 <= blockStart[b] + blockSize[b] ? memory.getLong(r + Layout.OB_TYPE) : 0;
    }

    /** The block containing {@code address}, or -1 (a binary search of the blocks by address). */
    private int containing(long address) {
        int lo = 0;
        int hi = blockCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blockStart[byAddress[mid]] <= address) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (hi < 0) {
            return -1;
        }
        int b = byAddress[hi];
        return address < blockStart[b] + Math.max(blockSize[b], 1) ? b : -1;
    }

    /** Whether the {@code bytes} bytes at {@code address} lie in one allocated block. */
    private boolean inOneBlock(long address, long bytes) {
        int b = containing(address);
        return b >= 0 && bytes >= 0 && address - blockStart[b] + bytes <= blockSize[b];
    }

    // ------------------------------------------------------------------ 3. roots

    private void walkRoots() {
        heap.forEachRoot((o, kind, holder) -> {
            checks++;
            int b = locate(o);
            if (b >= 0) {
                // a statically allocated object's count starts at IMMORTAL_REFCNT, all the interpreter's
                counted[b] += kind == RootKind.STATIC ? ObjectSpace.IMMORTAL_REFCNT : 1;
            } else {
                problem(() -> rootText(o, kind, holder) + " refers to " + hex(o) + ", " + notLive(o, b));
            }
        });
    }

    private static String rootText(long o, RootKind kind, Object holder) {
        return switch (kind) {
            case LOCAL -> "local '" + ((FrameImpl) holder).nameOfSlotHolding(o) + "' of " + holder;
            case GLOBAL -> "a global";
            case GLOBALS -> "the globals";
            case HANDLE -> "a handle";
            case INTERPRETER -> "the interpreter";
            case STATIC -> "the interpreter (" + ObjectSpace.IMMORTAL_REFCNT + ", static)";
            case GC_GARBAGE -> "gc.garbage";
        };
    }

    // ------------------------------------------------------------------ 4. collector lists

    private void walkCollectorLists() {
        int number = 0;
        for (GcList list : binding.lists()) {
            number++;
            long head = list.head();
            if (blockIndex.get(head) < 0) {
                continue; // reported with the heads
            }
            int before = problems.size();
            if (!walkForwards(head, number)) {
                listsIntact = false;
                walkBackwards(head, number);
            }
            if (problems.size() != before || unlisted > 0) {
                listsIntact = false;
            }
        }
    }

    /** Follows gc_next from the head; false when the walk broke before coming back to it. */
    private boolean walkForwards(long head, int number) {
        checks++;
        if ((memory.getLong(head + 8) & GcHeader.PREV_FLAGS) != 0 || (memory.getLong(head) & GcHeader.NEXT_MASK_UNREACHABLE) != 0) {
            problem(() -> "the head of collector list " + hex(head) + " carries flag bits");
        }
        long prev = head;
        long node = memory.getLong(head) & ~GcHeader.NEXT_MASK_UNREACHABLE;
        while (node != head) {
            if (node == 0) {
                if (prev == head) {
                    problem(() -> "the head of collector list " + hex(head) + " has gc_next 0");
                }
                return false; // an untracked object in the list: the tracking check names it
            }
            long o = GcHeader.objectAddress(node);
            long before = prev;
            checks++;
            int b = locate(o);
            if (b < 0) {
                problem(() -> "collector list " + hex(head) + " links to " + hex(o) + " after " + nodeText(before, head) + ", "
                        + notLive(o, b));
                return false;
            }
            if (!joinList(o, b, head, number)) {
                return false;
            }
            checks++;
            long back = GcHeader.prevHeader(memory, o);
            if (back != prev) {
                problem(() -> "collector list " + hex(head) + ": gc_prev of " + describe(o) + " is " + hex(back)
                        + ", expected " + hex(before) + " (" + nodeText(before, head) + ")");
            }
            checks++;
            if (GcHeader.isCollecting(memory, o) || GcHeader.isUnreachable(memory, o)) {
                problem(() -> describe(o) + " carries a collection's flags (COLLECTING or unreachable) outside a collection");
            }
            prev = node;
            node = GcHeader.nextHeader(memory, o);
        }
        checks++;
        long last = memory.getLong(head + 8) & ~GcHeader.PREV_FLAGS;
        long lastSeen = prev;
        if (last != lastSeen) {
            problem(() -> "the head of collector list " + hex(head) + " has gc_prev " + hex(last) + ", expected "
                    + hex(lastSeen) + " (" + nodeText(lastSeen, head) + ")");
        }
        return true;
    }

    /** After a broken forward walk: follows gc_prev from the head until it meets what the forward walk saw. */
    private void walkBackwards(long head, int number) {
        long node = memory.getLong(head + 8) & ~GcHeader.PREV_FLAGS;
        while (node != head && node != 0) {
            long o = GcHeader.objectAddress(node);
            checks++;
            int b = locate(o);
            if (b < 0) {
                problem(() -> "collector list " + hex(head) + ", walked backwards, links to " + hex(o) + ", " + notLive(o, b));
                return;
            }
            if (lastListSeen[b] == number) {
                return; // met the forward walk
            }
            if (!joinList(o, b, head, number)) {
                return;
            }
            node = GcHeader.prevHeader(memory, o);
        }
    }

    /** Records that list {@code number} (head {@code head}) holds {@code o}; false when it cannot be a member. */
    private boolean joinList(long o, int b, long head, int number) {
        if (!hasGcHeader(b, o)) {
            problem(() -> "collector list " + hex(head) + " links to " + describe(o) + ", which has no GC header");
            return false;
        }
        if (lastListSeen[b] == number) {
            problem(() -> "collector list " + hex(head) + " reaches " + describe(o)
                    + " a second time without coming back to its head");
            return false;
        }
        lastListSeen[b] = number;
        listMembers++;
        if (memberships[b]++ == 0) {
            listHead[b] = head;
        }
        return true;
    }

    /**
     * The collector's own account ({@link dev.pyheap.api.gc.mechanism.GcState#forEachObject},
     * {@link dev.pyheap.api.gc.mechanism.GcState#freezeCount}) against its lists: the same objects. Only when
     * every list walk was clean: the collector walks the same links and would not survive a
     * damaged one.
     */
    private void crossCheckCollector() {
        if (!listsIntact) {
            return;
        }
        var gcState = heap.gcState();
        String name = "the " + heap.collector().name() + " collector";
        long[] reported = {0};
        gcState.forEachObject(-1, o -> {
            reported[0]++;
            checks++;
            int b = locate(o);
            if (b < 0) {
                problem(() -> name + " reports " + hex(o) + " among its objects, " + notLive(o, b));
            } else if (memberships[b] == 0) {
                problem(() -> name + " reports " + describe(o) + " among its objects, but no collector list holds it");
            }
        });
        checks++;
        long frozen = gcState.freezeCount();
        if (reported[0] + frozen != listMembers) {
            problem(() -> name + " reports " + reported[0] + " tracked and " + frozen + " frozen objects, but its lists hold "
                    + listMembers);
        }
    }

    private String nodeText(long node, long head) {
        return node == head ? "the head" : describe(GcHeader.objectAddress(node));
    }

    // ------------------------------------------------------------------ 5. traversal

    /** Visits one object's referents, counting them; reused for every object. */
    private final class ReferentWalk implements LongConsumer {
        long object;
        PyType type;
        int ordinal;
        boolean counting;

        @Override
        public void accept(long r) {
            int slot = ordinal++;
            checks++;
            int b = locate(r);
            if (b >= 0) {
                if (counting) {
                    counted[b]++;
                }
            } else {
                problem(() -> describe(object) + " " + type.referentName(object, slot, SanityChecker.this::referentText) + " refers to " + hex(r) + ", "
                        + notLive(r, b));
            }
        }
    }

    /**
     * The blocks an object declares it owns, checked before the object reads them (see the class
     * comment): each must be allocated, hold the bytes the object reads, and belong to nothing else.
     */
    private final class OwnedBlocks implements PyType.OwnedBlockVisitor {
        long owner;
        /** The blocks this owner has declared so far (an object may declare one twice: to claim it, then to read it). */
        private final java.util.Set<Integer> declared = new java.util.HashSet<>();

        void start(long o) {
            owner = o;
            declared.clear();
        }

        @Override
        public boolean readable(long address, long bytes) {
            checks++;
            return inOneBlock(address, bytes);
        }

        @Override
        public boolean owned(long block, long bytes) {
            checks++;
            int b = blockIndex.get(block);
            if (b < 0) {
                long o = owner;
                problem(() -> "traversing " + describe(o) + " failed: it owns " + hex(block) + ", which is not an allocated block");
                return false;
            }
            if (bytes < 0 || blockSize[b] < bytes) {
                long o = owner;
                problem(() -> "traversing " + describe(o) + " failed: its sizes say it reads " + bytes + " bytes of "
                        + blockText(b));
                return false;
            }
            if (declared.add(b)) { // a second declaration by the same owner is no overlap
                claim(b, OWNED, owner);
            }
            return true;
        }

        @Override
        public boolean damaged(String what) {
            long o = owner;
            problem(() -> "traversing " + describe(o) + " failed: " + what);
            return false;
        }
    }

    private void traverseLiveObjects() {
        ReferentWalk walk = new ReferentWalk();
        OwnedBlocks owned = new OwnedBlocks();
        for (int i = 0; i < liveCount; i++) {
            long o = live[i];
            PyType type = typeOf(liveBlock[i]);
            walk.object = o;
            walk.type = type;
            owned.start(o);
            traversable[liveBlock[i]] = false;
            try {
                if (!type.forEachOwnedBlock(o, owned)) {
                    continue; // reported; its referents are not read
                }
                traversable[liveBlock[i]] = true;
                walk.ordinal = 0;
                walk.counting = true;
                type.forEachReferent(o, walk);
                walk.ordinal = 0;
                walk.counting = false;
                type.forEachUncountedReferent(o, walk);
            } catch (RuntimeException e) {
                problem(() -> "traversing " + describe(o) + " failed: " + e);
            }
        }
    }

    // ------------------------------------------------------------------ 6. refcounts

    private void checkRefcounts() {
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < liveCount; i++) {
            long o = live[i];
            int b = liveBlock[i];
            checks++;
            if (memory.getLong(o + Layout.OB_REFCNT) != counted[b]) {
                if (problems.size() + wrong.size() < SanityReport.MAX_LISTED) {
                    wrong.add(b);
                } else {
                    unlisted++;
                }
            }
        }
        if (wrong.isEmpty()) {
            return;
        }
        Map<Long, Referrers> referrers = referrersOf(wrong);
        for (int b : wrong) {
            long o = claimer[b];
            Referrers r = referrers.get(o);
            String listed = r.names.isEmpty() ? "none"
                    : String.join(", ", r.names) + (r.more > 0 ? " and " + r.more + " more" : "");
            problem(() -> "refcount of " + describe(o) + " is " + memory.getLong(o + Layout.OB_REFCNT) + ", expected "
                    + counted[b] + " (referrers: " + listed + ")");
        }
    }

    /** The first {@link #MAX_REFERRERS} referrers of an object, named, and how many more there are. */
    private static final class Referrers {
        final List<String> names = new ArrayList<>();
        long more;

        boolean full() {
            if (names.size() < MAX_REFERRERS) {
                return false;
            }
            more++;
            return true;
        }
    }

    /** The counted references to each object of {@code blocks}: a second pass over roots and objects. */
    private Map<Long, Referrers> referrersOf(List<Integer> blocks) {
        Map<Long, Referrers> referrers = new HashMap<>();
        for (int b : blocks) {
            referrers.put(claimer[b], new Referrers());
        }
        heap.forEachRoot((o, kind, holder) -> {
            Referrers r = referrers.get(o);
            if (r != null && !r.full()) {
                r.names.add(rootText(o, kind, holder));
            }
        });
        for (int i = 0; i < liveCount; i++) {
            long x = live[i];
            PyType type = typeOf(liveBlock[i]);
            if (!traversable[liveBlock[i]]) {
                continue;
            }
            int[] ordinal = {0};
            try {
                type.forEachReferent(x, o -> {
                    int slot = ordinal[0]++;
                    Referrers r = referrers.get(o);
                    if (r != null && !r.full()) {
                        r.names.add(describe(x) + " " + type.referentName(x, slot, this::referentText));
                    }
                });
            } catch (RuntimeException e) {
                // reported by the traversal
            }
        }
        return referrers;
    }

    // ------------------------------------------------------------------ 7. tracking

    private void checkTracking() {
        liveByType = new long[interp.typeCount()];
        for (int i = 0; i < liveCount; i++) {
            long o = live[i];
            int b = liveBlock[i];
            liveByType[objectType[b]]++;
            if (!hasGcHeader(b, o)) {
                continue;
            }
            checks++;
            boolean tracked = GcHeader.isTracked(memory, o);
            if (tracked && memberships[b] == 0) {
                problem(() -> describe(o) + " is tracked (gc_next " + hex(GcHeader.nextHeader(memory, o))
                        + ") but in no collector list");
            } else if (!tracked && memberships[b] > 0) {
                problem(() -> describe(o) + " is untracked (gc_next is 0) but collector list " + hex(listHead[b])
                        + " links to it");
            } else if (memberships[b] > 1) {
                problem(() -> describe(o) + " is in " + memberships[b] + " collector lists");
            }
        }
    }

    // ------------------------------------------------------------------ 8. ownership

    private void checkOwnership() {
        for (int i = 0; i < blockCount; i++) {
            checks++;
            if (claim[i] == UNCLAIMED) {
                int b = i;
                problem(() -> "leak: " + blockText(b) + " is allocated but owned by nothing");
            }
        }
    }

    // ------------------------------------------------------------------ 9. the allocator

    private void checkAllocator() {
        AllocatorStatistics s = allocator.statistics();
        String name = "allocator " + allocator.name();
        checks++;
        if (s.arenaBytes() != s.reconciledArenaBytes()) {
            problem(() -> name + ": arena bytes " + s.arenaBytes() + " != allocated " + s.allocatedBlockBytes() + " + available "
                    + s.availableBlockBytes() + " + unused pools " + s.unusedPools() * s.poolSize() + " + pool headers "
                    + s.poolHeaderBytes() + " + quantization " + s.quantizationBytes() + " + alignment "
                    + s.arenaAlignmentBytes() + " = " + s.reconciledArenaBytes());
        }
        checks++;
        if (s.mappedBytes() != s.arenaBytes() + s.rawBytes()) {
            problem(() -> name + ": mapped bytes " + s.mappedBytes() + " != arena bytes " + s.arenaBytes() + " + raw bytes "
                    + s.rawBytes());
        }
        checks++;
        long pooled = s.sizeClasses().stream().mapToLong(SizeClassUsage::blocksInUse).sum();
        if (pooled + s.rawBlocks() != s.heldBlocks()) {
            problem(() -> name + ": held blocks " + s.heldBlocks() + " (allocated " + s.allocatedBlocks()
                    + s.debug().map(d -> " + quarantined " + d.quarantinedBlocks() + " + retired " + d.retiredBlocks())
                    .orElse("") + ") != pool blocks in use " + pooled + " + raw blocks " + s.rawBlocks());
        }
        checks++;
        if (s.allocatedBlocks() != blockCount) {
            problem(() -> name + ": counts " + s.allocatedBlocks() + " allocated blocks but enumerates " + blockCount);
        }
        checks++;
        try {
            allocator.verify();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            int end = message.indexOf('\n');
            problem(() -> name + " verify() failed: " + (end < 0 ? message : message.substring(0, end)));
        }
    }

    private static String hex(long address) {
        return Addresses.hex(address);
    }
}

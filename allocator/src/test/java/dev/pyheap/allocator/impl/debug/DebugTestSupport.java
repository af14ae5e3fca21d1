package dev.pyheap.allocator.impl.debug;

import dev.pyheap.allocator.impl.DebugProvider;
import dev.pyheap.allocator.impl.MallocDebugProvider;
import dev.pyheap.allocator.impl.PymallocDebugProvider;
import dev.pyheap.api.Addresses;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.DebugOverhead;
import dev.pyheap.api.alloc.MemoryMisuseError;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationLoader;
import dev.pyheap.api.config.Options;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared helpers of the debug allocator tests: creation through the real providers, hooks, checks. */
final class DebugTestSupport {
    private DebugTestSupport() {
    }

    static final AllocationSite SITE = new AllocationSite(List.of(
            new AllocationSite.Frame("make_node", "tree.py", 12),
            new AllocationSite.Frame("<module>", "main.py", 3)));

    /**
     * CPython 3.11's lines for {@link #SITE}, as {@code PYTHONMALLOC=debug python3 -X tracemalloc=5}
     * prints them for a block overwritten past its end (no function names).
     */
    static final String SITE_TEXT = "Memory block allocated at (most recent call first):\n"
            + "  File \"tree.py\", line 12\n"
            + "  File \"main.py\", line 3";

    static final String NO_SITE_TEXT = "Enable tracemalloc to get the memory block allocation traceback";

    /** A configuration over exactly the options these allocators read, whatever else is on the module path. */
    static Configuration config(String... settings) {
        ConfigurationLoader loader = new ConfigurationLoader(List.of(Options.ALLOCATOR, Options.MEMORY, Options.HEAP_LIMIT,
                DebugOptions.QUARANTINE, DebugOptions.SERIALNO));
        for (String s : settings) {
            loader.set(s);
        }
        return loader.load();
    }

    static AllocatorProvider provider(String name) {
        return switch (name) {
            case "pymalloc_debug" -> new PymallocDebugProvider();
            case "malloc_debug" -> new MallocDebugProvider();
            case "debug" -> new DebugProvider();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A debug allocator created by the named provider, over the real base allocator. */
    static DebugAllocator open(String name, String... settings) {
        return (DebugAllocator) provider(name).create(config(settings));
    }

    static String hex(long address) {
        return Addresses.hex(address);
    }

    static int u8(Memory memory, long address) {
        return memory.getByte(address) & 0xff;
    }

    static void assertBytes(Memory memory, long address, long length, int expected) {
        for (long i = 0; i < length; i++) {
            assertEquals(expected, u8(memory, address + i), "byte at " + hex(address + i));
        }
    }

    /** The block's decorations and data are exactly as a fresh debug allocation leaves them. */
    static void assertLayout(Memory memory, long p, long size, int dataByte) {
        assertEquals(0, p % 16, "16-byte aligned");
        for (int i = 0; i < 8; i++) {
            assertEquals((int) (size >>> (8 * (7 - i))) & 0xff, u8(memory, p - 16 + i), "size word byte " + i);
        }
        assertEquals('o', u8(memory, p - 8));
        assertBytes(memory, p - 7, 7, 0xfd);
        assertBytes(memory, p, size, dataByte);
        assertBytes(memory, p + size, 8, 0xfd);
    }

    /**
     * The base statistics reconcile, and the debug overhead accounts for every base block: each is
     * live, quarantined or retired.
     */
    static DebugOverhead assertReconciles(DebugAllocator allocator) {
        AllocatorStatistics s = allocator.statistics();
        assertEquals(allocator.name(), s.allocator());
        assertEquals(s.arenaBytes(), s.reconciledArenaBytes(), "arena bytes = the six parts");
        assertEquals(s.arenaBytes() + s.rawBytes(), s.mappedBytes());
        DebugOverhead d = s.debug().orElseThrow();
        assertEquals(d.liveBlocks() * allocator.extraBytes(), d.padBytes());
        assertEquals(d.liveBlocks(), s.allocatedBlocks(), "sys.getallocatedblocks = the live blocks");
        assertEquals(allocator.retiredBlocks(), d.retiredBlocks());
        assertEquals(allocator.base().statistics().allocatedBlocks(), s.heldBlocks(),
                "base blocks = live + quarantined + retired");
        return d;
    }

    /** After a detection: new blocks work, verify passes, statistics reconcile. */
    static void assertStillUsable(DebugAllocator allocator) {
        DebugOverhead before = assertReconciles(allocator);
        long p = allocator.allocate(40);
        allocator.memory().putLong(p, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, allocator.memory().getLong(p));
        allocator.free(p);
        allocator.verify();
        DebugOverhead after = assertReconciles(allocator);
        assertEquals(before.liveBlocks(), after.liveBlocks());
        assertEquals(before.requestedBytes(), after.requestedBytes());
    }

    static void assertMessage(MemoryMisuseError e, String... fragments) {
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message lacks \"" + f + "\":\n" + e.getMessage());
        }
    }

    /** Hooks whose site and GIL state a test sets; records every GIL check. */
    static final class TestHooks implements AllocationHooks {
        AllocationSite site;
        boolean gilHeld = true;
        final List<String> checks = new ArrayList<>();

        @Override
        public AllocationSite currentSite() {
            return site;
        }

        @Override
        public void checkGil(String operation, long address) {
            checks.add(operation + " " + hex(address));
            if (!gilHeld) {
                throw new MemoryMisuseError(MemoryMisuseError.Kind.GIL_NOT_HELD, address, -1, null,
                        "Python memory allocator called without holding the GIL (" + operation + ")");
            }
        }
    }
}

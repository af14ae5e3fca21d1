package dev.pyheap.bench;

import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.driver.patterns.AllocatorPattern;
import dev.pyheap.driver.patterns.SplitMix64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every benchmark's setup, one invocation and teardown outside JMH, on the class path as JMH
 * runs them: the allocators must be found through {@code META-INF/services}, the states must be
 * wired, and what a benchmark writes must read back. No timing is checked here.
 */
class BenchmarkStatesTest {
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    /** Σ of the batch's sizes: every block's first word holds its size, and freeAll sums those words. */
    private static long batchSizeSum() {
        SplitMix64 random = new SplitMix64(AllocatorPattern.SIZE_SEED);
        long sum = 0;
        for (int i = 0; i < AllocatorBench.BATCH_BLOCKS; i++) {
            sum += AllocatorPattern.MIN_SIZE
                    + random.nextBelow(AllocatorPattern.MAX_SIZE - AllocatorPattern.MIN_SIZE + 1);
        }
        return sum;
    }

    @Test
    void bothAllocatorKindsAreFoundOnTheClassPath() {
        for (String name : new String[] {"pymalloc", "malloc"}) {
            try (var allocator = Allocators.create(name)) {
                assertEquals(name, allocator.name());
            }
        }
    }

    @Test
    void pageFaultsAreReadFromTheThreadsStat() {
        AllocatorBench.PageFaults faults = new AllocatorBench.PageFaults();
        faults.reset();
        faults.start();
        byte[] touched = new byte[64 << 20]; // fresh pages of the Java heap (or already committed: then 0)
        touched[touched.length - 1] = 1;
        faults.stop();
        assertTrue(faults.minorFaults >= 0);
        assertEquals(AllocatorBench.BATCH_BLOCKS, faults.pairs);
        assertTrue(AllocatorBench.PageFaults.minorFaults() > 0, "this thread has faulted pages in at some point");
    }

    @Test
    void anUnknownKindNamesTheKindsThatExist() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Allocators.create("jemalloc"));
        assertEquals("unknown allocator 'jemalloc'; available: debug, malloc, malloc_debug, pymalloc, pymalloc_debug", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc", "malloc"})
    void batchesReadBackEverySizeTheyWrote(String kind) {
        long expected = batchSizeSum();
        AllocatorBench bench = new AllocatorBench();

        AllocatorBench.LifoState lifo = new AllocatorBench.LifoState();
        lifo.allocator = kind;
        lifo.open();
        assertEquals(expected, bench.lifo(lifo, new AllocatorBench.PageFaults()));
        assertEquals(expected, bench.lifo(lifo, new AllocatorBench.PageFaults()), "a second invocation reuses the batch");
        assertEquals(0, lifo.heap.statistics().allocatedBlocks());
        lifo.close();

        AllocatorBench.ShuffleState shuffle = new AllocatorBench.ShuffleState();
        shuffle.allocator = kind;
        shuffle.open();
        assertEquals(expected, bench.shuffle(shuffle, new AllocatorBench.PageFaults()));
        assertEquals(0, shuffle.heap.statistics().allocatedBlocks());
        shuffle.close();
    }

    @Test
    void churnKeepsItsLiveSetAndIsTheSameSequenceOnEveryKind() {
        AllocatorBench bench = new AllocatorBench();
        long[] checksums = new long[2];
        String[] kinds = {"pymalloc", "malloc"};
        for (int k = 0; k < kinds.length; k++) {
            AllocatorBench.ChurnState s = new AllocatorBench.ChurnState();
            s.allocator = kinds[k];
            s.open();
            checksums[k] = bench.churn(s);
            assertEquals(AllocatorPattern.CHURN_LIVE, s.heap.statistics().allocatedBlocks());
            s.close();
        }
        // Each freed block's first word is its size, so the checksum depends on the sizes alone.
        assertEquals(checksums[0], checksums[1]);
        assertTrue(checksums[0] >= (long) AllocatorBench.CHURN_STEPS * AllocatorPattern.MIN_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc", "malloc"})
    void free32LeavesNothingAllocated(String kind) {
        AllocatorBench.Free32State s = new AllocatorBench.Free32State();
        s.allocator = kind;
        s.open();
        new AllocatorBench().free32(s);
        assertEquals(0, s.heap.statistics().allocatedBlocks());
        s.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "checked"})
    void memoryBenchReadsWhatItsSetupWrote(String memory) {
        MemoryBench m = new MemoryBench();
        m.allocator = "pymalloc";
        m.memory = memory;
        m.open();
        assertEquals(0x0123_4567_89AB_CDEFL, m.getLong());
        assertEquals((byte) 0x89, m.getByte(), "byte 3 of the little-endian word");
        m.putByte();
        assertEquals((byte) 0x5A, m.getByte());
        assertEquals(0x0123_4567_5AAB_CDEFL, m.getLong());
        m.putLong();
        assertEquals(0x0123_4567_89AB_CDEFL, m.getLong());
        m.putLong1024();
        m.putByte1024();
        m.getLong1024(BLACKHOLE);
        m.getByte1024(BLACKHOLE);
        m.getLongScattered(BLACKHOLE);
        assertEquals(0x0123_4567_89AB_CDEFL, m.increfDecref(), "incref then decref leaves the count as it was");
        m.increfDecref1024();
        m.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"malloc", "pymalloc@checked", "malloc,pymalloc@checked,pymalloc_debug"})
    void megamorphicBenchDrivesEveryKindThroughTheSameSites(String others) {
        MegamorphicBench m = new MegamorphicBench();
        m.allocator = "pymalloc";
        m.others = others;
        m.open();
        m.pollute();
        m.alternatingFree32();
        m.pollutedFree32();
        assertTrue(m.pollutedChurn() >= (long) MegamorphicBench.CHURN_STEPS * AllocatorPattern.MIN_SIZE);
        m.close();
    }

    @Test
    void megamorphicBenchRejectsAKindCountThatDoesNotDivideItsInvocation() {
        MegamorphicBench m = new MegamorphicBench();
        m.allocator = "pymalloc";
        m.others = "malloc,malloc,malloc,malloc,malloc,malloc";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::open);
        assertEquals("MegamorphicBench takes 2 to 6 allocator kinds in all; got 7: pymalloc,malloc,malloc,malloc,malloc,malloc,malloc",
                e.getMessage());
    }

    @Test
    void runtimeBenchLeavesTheHeapAsItFoundIt() {
        RuntimeBench r = new RuntimeBench();
        r.open();
        long blocks = r.heap.metrics().allocator().allocatedBlocks();
        long twoCount = r.capi.refcount(r.two);

        r.increfDecref();
        r.increfDecref1024();
        assertEquals(1, r.capi.refcount(r.list));
        assertEquals(1, r.capi.refcount(r.lists[RuntimeBench.OBJECTS - 1]));

        r.newListAndDrop();
        // The dropped list stays allocated on the list free list; everything else was freed.
        assertEquals(blocks + 1, r.heap.metrics().allocator().allocatedBlocks());
        r.newListAndDrop();
        r.newInstanceAndDrop();
        r.newListHandle();
        r.newInstanceHandle();
        assertEquals(blocks + 1, r.heap.metrics().allocator().allocatedBlocks());
        assertEquals(5, r.capi.refcount(r.classObject), "the handle, the bench's instance, its __mro__ and its __dict__/__weakref__ descriptors "
                + "(CPython's sys.getrefcount(C) of a new class: 5): no instance is left");

        r.getattr();
        r.setattr();
        assertEquals(twoCount + 1, r.capi.refcount(r.two), "c.x = 2 took one reference");
        r.setattr();
        assertEquals(twoCount + 1, r.capi.refcount(r.two), "storing the same value again released the old one");
        long x = r.capi.getattr(r.instance, "x");
        assertEquals(r.two, x);
        r.capi.decref(x);
        r.getattrCached();
        r.setattrCached();
        r.setattrCached();
        assertEquals(twoCount + 1, r.capi.refcount(r.two), "the cached store of the value already there changed no count");
        long oneCount = r.capi.refcount(r.one);
        r.setattrCachedReplacing();
        r.setattrCachedReplacing();
        assertEquals(oneCount, r.capi.refcount(r.one), "c.x = 1 was replaced each time: its reference released");
        assertEquals(twoCount + 1, r.capi.refcount(r.two), "the instance holds 2 again, once");

        r.close();
        assertEquals(List.of(), r.heap.closeReport());
    }
}

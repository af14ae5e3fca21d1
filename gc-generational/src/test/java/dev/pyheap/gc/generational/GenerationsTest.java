package dev.pyheap.gc.generational;

import dev.pyheap.api.alloc.SizeClassUsage;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Promotion, what each collection looks at, statistics and freezing (facts §5.4, §2.5). */
final class GenerationsTest extends GenerationalTest {

    private int generationOf(Handle obj) {
        int found = -1;
        for (int g = 0; g < 3; g++) {
            if (h.inGeneration(obj, g)) {
                assertEquals(-1, found, "in two generations");
                found = g;
            }
        }
        return found;
    }

    @Test
    void survivorsArePromotedOneGenerationPerCollection() {
        try (Handle x = t.newList()) {
            assertEquals(0, generationOf(x));
            h.collect(0);
            assertEquals(1, generationOf(x));
            h.collect(0);
            assertEquals(1, generationOf(x), "a gen-0 collection does not look at gen 1");
            Handle y = h.keep(t.newList());
            t.append(x, y);
            assertEquals(0, generationOf(y));
            h.collect(1);
            assertEquals(2, generationOf(x));
            assertEquals(2, generationOf(y), "gen 0 is merged into a gen-1 collection");
            h.collect(1);
            h.collect(2);
            assertEquals(2, generationOf(x), "the oldest generation keeps its survivors");
        }
    }

    @Test
    void getObjectsOfAGenerationThatDoesNotExistIsAValueError() {
        assertEquals("ValueError: generation parameter must be less than the number of available generations (3)",
                assertThrows(PyException.class, () -> h.gc().getObjects(3)).getMessage());
    }

    @Test
    void getObjectsWithoutGenerationSeesAllThree() {
        try (Handle a = t.newList()) {
            h.collect(1);
            try (Handle b = t.newList()) {
                h.collect(0);
                try (Handle c = t.newList()) {
                    assertEquals(List.of(2, 1, 0), List.of(generationOf(a), generationOf(b), generationOf(c)));
                    List<Handle> all = h.gc().getObjects();
                    long sum = 0;
                    for (int g = 0; g < 3; g++) {
                        List<Handle> objects = h.gc().getObjects(g);
                        sum += objects.size();
                        objects.forEach(Handle::close);
                    }
                    assertEquals(sum, all.size());
                    assertEquals(List.of(c.id(), b.id(), a.id()), all.stream().map(Handle::id)
                            .filter(id -> id == a.id() || id == b.id() || id == c.id()).toList(),
                            "generation 0 first, then 1, then 2, as CPython's get_objects()");
                    all.forEach(Handle::close);
                }
            }
        }
    }

    @Test
    void youngCollectionsNeverLookAtTheOldestGeneration() {
        long lists = h.countByType("list");
        try (Handle one = t.newInt(1); Handle atoms = t.newTuple(one)) {
            try (Handle a = t.newList(); Handle b = t.newList()) {
                t.append(a, b);
                t.append(b, a);
            }
            // freeze and unfreeze move objects into gen 2 without any collection looking at them.
            h.gc().freeze();
            h.gc().unfreeze();
            assertTrue(h.gc().isTracked(atoms));
            assertEquals(0, h.collect(0));
            assertEquals(0, h.collect(1));
            assertTrue(h.gc().isTracked(atoms), "untrack_tuples runs only on the generations collected");
            assertEquals(lists + 2, h.countByType("list"), "the gen-2 cycle is still there");
            assertEquals(2, h.collect(2));
            assertFalse(h.gc().isTracked(atoms));
            assertEquals(lists, h.countByType("list"));
        }
    }

    @Test
    void dictsOfAtomsAreUntrackedOnlyByFullCollections() {
        try (Handle d = t.newDict(); Handle key = t.literal("a")) {
            assertFalse(h.gc().isTracked(d), "{} starts untracked");
            try (Handle l = t.newList()) {
                t.setitem(d, key, l);
            }
            assertTrue(h.gc().isTracked(d), "{'a': []} is tracked");
            try (Handle one = t.newInt(1)) {
                t.setitem(d, key, one);
            }
            h.collect(0);
            h.collect(1);
            assertTrue(h.gc().isTracked(d), "young collections leave dicts alone");
            h.collect(2);
            assertFalse(h.gc().isTracked(d), "untrack_dicts in a full collection");
        }
    }

    @Test
    void tuplesOfAtomsAreUntrackedByTheFirstCollectionThatScansThem() {
        try (Handle one = t.newInt(1); Handle atoms = t.newTuple(one); Handle l = t.newList();
             Handle holder = t.newTuple(l)) {
            assertTrue(h.gc().isTracked(atoms));
            h.collect(0);
            assertFalse(h.gc().isTracked(atoms));
            assertTrue(h.gc().isTracked(holder), "a tuple holding a list stays tracked");
        }
    }

    private Map<Integer, Long> blocksInUseBySize() {
        Map<Integer, Long> bySize = new HashMap<>();
        for (SizeClassUsage c : h.heap.metrics().allocator().sizeClasses()) {
            bySize.put(c.blockSize(), c.blocksInUse());
        }
        return bySize;
    }

    @Test
    void onlyAFullCollectionEmptiesTheFreeLists() {
        for (int i = 0; i < 3; i++) {
            t.newList().close(); // to the list free list: a later [] takes it back without counting
        }
        h.collect(2); // the free lists start empty, whatever the start-up left in them
        try (Handle d = t.newDict(); Handle key = t.literal("a"); Handle one = t.newInt(1)) {
            t.setitem(d, key, one); // on release: the dict to the dict free list, its 8-slot str keys to the keys free list
        }
        t.newList().close();
        h.collect(0);
        h.collect(1);
        long count0 = h.counts().get(0);
        t.newList().close();
        assertEquals(count0, h.counts().get(0), "recycled from the free list: count[0] does not move");
        long blocks = h.heap.metrics().allocator().allocatedBlocks();
        Map<Integer, Long> inUse = blocksInUseBySize();
        h.collect(2);
        // Three free lists hold one block each here: the list's and the dict's (64-byte blocks: 40 or
        // 48 + the GC header) and the dict keys free list (CPython 3.11's keys_free_list, which
        // _debugmallocstats does not print), holding the dict's 8-slot str-keyed keys object (120
        // bytes: a 128-byte block). _PyGC_ClearAllFreeLists frees them; nothing else in the heap changes.
        assertEquals(blocks - 3, h.heap.metrics().allocator().allocatedBlocks(), "the free lists' three blocks were freed");
        Map<Integer, Long> after = blocksInUseBySize();
        assertEquals(inUse.get(64) - 2, after.get(64), "the list and the dict");
        assertEquals(inUse.get(128) - 1, after.get(128), "the dict keys object");
        Handle fresh = t.newList();
        assertEquals(List.of(1L, 0L, 0L), h.counts(), "a fresh list counts");
        fresh.close();
    }

    @Test
    void statisticsCountCollectionsAndWhatTheyCollectedPerGeneration() {
        GenerationStatistics none = new GenerationStatistics(0, 0, 0);
        assertEquals(List.of(none, none, none), h.gc().getStats());
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
        }
        assertEquals(2, h.collect(0));
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect(1));
        assertEquals(0, h.collect(2));
        assertEquals(0, h.collect(0));
        assertEquals(List.of(new GenerationStatistics(2, 2, 0), new GenerationStatistics(1, 1, 0),
                new GenerationStatistics(1, 0, 0)), h.gc().getStats());
        assertEquals(4, h.heap.metrics().collector().pauses().count(), "every collection's pause is recorded");
    }

    @Test
    void weakrefsWithCallbacksTheCollectionFreedCountAsCollected() {
        try (Handle cls = t.newClass("A")) {
            try (Handle a = t.call(cls); Handle b = t.call(cls)) {
                t.setattr(a, "b", b);
                t.setattr(b, "a", a);
                try (Handle w = t.weakref(a, (thread, ref) -> thread.delGlobal("w"))) {
                    t.setGlobal("w", w);
                }
            }
            assertEquals(3, h.collect(), "a, b and the weakref its own callback let go of");
            assertEquals(new GenerationStatistics(1, 3, 0), h.gc().getStats().get(2));
        }
    }

    @Test
    void freezeMovesEverythingOutOfReachAndUnfreezeIntoTheOldestGeneration() {
        h.collect(0);
        h.collect(0); // counts (0, 2, 0)
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
            List<Handle> objects = h.gc().getObjects();
            long tracked = objects.size();
            objects.forEach(Handle::close);
            h.gc().freeze();
            assertEquals(tracked, h.gc().getFreezeCount());
            assertEquals(List.of(0L, 0L, 0L), h.counts(), "freeze zeroes every count");
            assertEquals(0, h.gc().getObjects().size(), "frozen objects are not in get_objects()");
            assertFalse(h.inGeneration(a, 0));
            assertTrue(h.gc().isTracked(a), "frozen objects stay tracked");
        }
        assertEquals(0, h.collect(), "a frozen cycle is never examined");
        h.gc().unfreeze();
        assertEquals(0, h.gc().getFreezeCount());
        assertEquals(2, h.collect(0) + h.collect(1) + h.collect(2), "back in gen 2: found only by a full collection");
    }
}

package dev.pyheap.runtime;

import dev.pyheap.api.alloc.SizeClassUsage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Objects are blocks of the allocator: N lists are N blocks of the 64-byte class plus their item arrays. */
final class ObjectsInMemoryTest {

    private static long inUse(HeapFixture f, int blockSize) {
        for (SizeClassUsage u : f.allocator().statistics().sizeClasses()) {
            if (u.blockSize() == blockSize) {
                return u.blocksInUse();
            }
        }
        return 0;
    }

    @Test
    void nListsAreNBlocksOfTheirSizeClassPlusItemArrays() {
        try (HeapFixture f = new HeapFixture()) {
            PyThreadState t = f.t;
            int n = 1000;
            long lists64 = inUse(f, 64);     // list: 16 GC header + 40 = 56 -> 64-byte class
            long arrays32 = inUse(f, 32);    // 4 slots * 8 = 32-byte item array
            List<Handle> lists = new ArrayList<>();
            try (Handle none = t.none()) {
                for (int i = 0; i < n; i++) {
                    Handle l = t.newList();
                    t.append(l, none);
                    lists.add(l);
                }
            }
            assertEquals(lists64 + n, inUse(f, 64));
            assertEquals(arrays32 + n, inUse(f, 32));
            for (Handle l : lists) {
                assertEquals(0, (l.id() - 16) % 16, "16-byte aligned blocks, id after the GC header");
                l.close();
            }
            // 80 dead lists stay on the free list; their item arrays are freed
            assertEquals(lists64 + 80, inUse(f, 64));
            assertEquals(arrays32, inUse(f, 32));
        }
    }
}

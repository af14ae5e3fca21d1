package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** list_resize of 3.11 over 2000 appends and 2000 pops, against the formula CPython runs (facts §2.3). */
final class ListGrowthTest {

    private static long expectedAllocated(long allocated, long oldSize, long newSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            return allocated;
        }
        long n = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > n - newSize) {
            n = (newSize + 3) & ~3L;
        }
        return newSize == 0 ? 0 : n;
    }

    @Test
    void appendsAndPopsFollowListResize() {
        try (HeapFixture f = new HeapFixture(); Handle l = f.t.newList(); Handle none = f.t.none()) {
            List<Long> seen = new ArrayList<>();
            long allocated = 0;
            for (int i = 0; i < 2000; i++) {
                f.t.append(l, none);
                allocated = expectedAllocated(allocated, i, i + 1);
                assertEquals(56 + 8 * allocated, f.sys().getsizeof(l), "after append " + (i + 1));
                if (seen.isEmpty() || seen.get(seen.size() - 1) != allocated) {
                    seen.add(allocated);
                }
            }
            assertEquals(List.of(4L, 8L, 16L, 24L, 32L, 40L, 52L, 64L, 76L, 92L, 108L, 128L, 148L, 172L, 200L,
                    232L, 268L, 308L, 352L, 400L, 456L, 520L, 592L, 672L), seen.subList(0, 24));
            for (int n = 2000; n > 0; n--) {
                f.t.listPop(l).close();
                allocated = expectedAllocated(allocated, n, n - 1);
                assertEquals(56 + 8 * allocated, f.sys().getsizeof(l), "after pop to " + (n - 1));
            }
            assertEquals(56, f.sys().getsizeof(l));
        }
    }
}

package dev.pyheap.allocator.impl.debug;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quarantine on its own: FIFO order, byte bound, and the range lookup the debug memory relies on. */
class DebugQuarantineTest {

    private static Quarantine.Entry entry(long data, long size) {
        return new Quarantine.Entry(new DebugBlock(data, size, 0, null), data - 16, size + 24, null);
    }

    @Test
    void overlappingFindsTheOnlyBlockAnAccessCanTouch() {
        Quarantine q = new Quarantine(-1);
        Quarantine.Entry a = entry(0x1010, 40);   // [0x1000, 0x1040)
        Quarantine.Entry b = entry(0x2010, 8);    // [0x2000, 0x2020)
        q.add(b);
        q.add(a);
        assertNull(q.overlapping(0x0fff, 1));
        assertSame(a, q.overlapping(0x0ff8, 9));  // reaches the first byte
        assertSame(a, q.overlapping(0x1000, 1));
        assertSame(a, q.overlapping(0x103f, 1));
        assertNull(q.overlapping(0x1040, 8));
        assertSame(b, q.overlapping(0x1030, 0x1000)); // touches both: the one starting highest is reported
        assertSame(b, q.overlapping(0x1040, 0x1000));
        assertNull(q.overlapping(0x1040, 0x2000 - 0x1040));
        assertSame(b, q.overlapping(0x201f, 1));
        assertNull(q.overlapping(0x2020, 1));
        assertSame(a, q.at(0x1010));
        assertNull(q.at(0x1000));
        assertNull(q.at(0x1018));
    }

    @Test
    void oldestLeavesFirstAndTheBoundsFollow() {
        Quarantine q = new Quarantine(200);
        Quarantine.Entry high = entry(0x9010, 40);
        Quarantine.Entry low = entry(0x1010, 40);
        Quarantine.Entry mid = entry(0x5010, 40);
        q.add(high);
        q.add(low);
        q.add(mid);
        assertEquals(3, q.blocks());
        assertEquals(192, q.bytes());
        assertFalse(q.mustEvictFor(8));
        assertTrue(q.mustEvictFor(64));
        assertSame(high, q.removeOldest());
        assertNull(q.overlapping(0x9010, 1), "the highest end follows the removal");
        assertSame(low, q.removeOldest());
        assertNull(q.overlapping(0x1010, 1), "the lowest start follows the removal");
        assertSame(mid, q.overlapping(0x5010, 1));
        assertSame(mid, q.removeOldest());
        assertNull(q.removeOldest());
        assertEquals(0, q.bytes());
        assertNull(q.overlapping(0x5010, 1));
    }

    @Test
    void limitsDecideWhatIsHeld() {
        assertFalse(new Quarantine(0).enabled());
        assertTrue(new Quarantine(-1).admits(Long.MAX_VALUE));
        assertFalse(new Quarantine(-1).mustEvictFor(Long.MAX_VALUE));
        Quarantine q = new Quarantine(100);
        assertTrue(q.admits(100));
        assertFalse(q.admits(101));
        assertFalse(q.mustEvictFor(1000), "nothing to evict from an empty quarantine");
        assertThrows(IllegalArgumentException.class, () -> new Quarantine(-2));
    }
}

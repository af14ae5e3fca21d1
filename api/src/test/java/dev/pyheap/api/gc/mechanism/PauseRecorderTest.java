package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.gc.PauseStatistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PauseRecorderTest {

    @Test
    void emptyRecorderReportsZeros() {
        assertEquals(PauseStatistics.NONE, new PauseRecorder().statistics());
    }

    @Test
    void smallPausesAreExact() {
        PauseRecorder r = new PauseRecorder();
        for (int i = 1; i <= 10; i++) {
            r.record(i);
        }
        assertEquals(new PauseStatistics(10, 5, 10, 10, 55), r.statistics());
    }

    @Test
    void bucketsCoverEveryValueAndAreOrdered() {
        long previousUpper = -1;
        for (int b = 0; b < 61 * 16; b++) {
            long upper = PauseRecorder.upperBound(b);
            assertTrue(upper > previousUpper, "bucket " + b);
            assertEquals(b, PauseRecorder.bucketOf(upper), "upper bound of bucket " + b);
            assertEquals(b, PauseRecorder.bucketOf(previousUpper + 1), "lower bound of bucket " + b);
            previousUpper = upper;
            if (upper == Long.MAX_VALUE) {
                break;
            }
        }
        assertEquals(Long.MAX_VALUE, previousUpper);
    }

    @Test
    void percentilesAreWithinOneSixteenthAbove() {
        PauseRecorder r = new PauseRecorder();
        // 1000 pauses of 1..1000 µs: p50 is 500 µs, p99 990 µs, max 1000 µs.
        for (long us = 1; us <= 1000; us++) {
            r.record(us * 1000);
        }
        PauseStatistics s = r.statistics();
        assertEquals(1000, s.count());
        assertEquals(1_000_000, s.maxNanos());
        assertEquals(500_500_000, s.totalNanos());
        assertTrue(s.p50Nanos() >= 500_000 && s.p50Nanos() <= 500_000 * 17 / 16, "p50 " + s.p50Nanos());
        assertTrue(s.p99Nanos() >= 990_000 && s.p99Nanos() <= 1_000_000, "p99 " + s.p99Nanos());
    }

    @Test
    void percentileNeverExceedsTheExactMaximum() {
        PauseRecorder r = new PauseRecorder();
        r.record(1_000_001);
        PauseStatistics s = r.statistics();
        assertEquals(1_000_001, s.p50Nanos());
        assertEquals(1_000_001, s.p99Nanos());
        r.reset();
        assertEquals(PauseStatistics.NONE, r.statistics());
    }

    @Test
    void negativePauseCountsAsZero() {
        PauseRecorder r = new PauseRecorder();
        r.record(-5);
        assertEquals(new PauseStatistics(1, 0, 0, 0, 0), r.statistics());
    }
}

package dev.pyheap.runtime.gil;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Single-thread behaviour: switch interval, misuse messages, exact counters. */
final class GilTest {

    @Test
    void theSwitchIntervalDefaultsToCPythonsFiveMilliseconds() {
        Gil gil = Gil.create();
        assertEquals(0.005, gil.switchInterval());
        assertEquals(5_000, Gil.DEFAULT_SWITCH_INTERVAL_MICROS);
    }

    @Test
    void theSwitchIntervalIsStoredInWholeMicroseconds() {
        Gil gil = Gil.create();
        gil.setSwitchInterval(0.001);
        assertEquals(0.001, gil.switchInterval());
        gil.setSwitchInterval(0.0000015);
        assertEquals(1e-6, gil.switchInterval(), "truncated to 1 microsecond");
        gil.setSwitchInterval(2.5);
        assertEquals(2.5, gil.switchInterval());
        // 1e6 * 0.0001 is a hair above 100 and 1e-6 * 100 a hair below 0.0001: CPython prints
        // sys.getswitchinterval() as 9.999999999999999e-05 after setswitchinterval(0.0001) too.
        assertEquals(9.999999999999999e-05, Gil.create(0.0001).switchInterval());
    }

    @Test
    void anIntervalBelowOneMicrosecondReadsBackAsZeroAsInCPython() throws Exception {
        Gil gil = Gil.create(1e-7);
        assertEquals(0.0, gil.switchInterval());
        gil.acquire();
        Workers workers = new Workers();
        workers.start("waiter", () -> {
            gil.acquire();
            gil.release();
        });
        // Waits run for one microsecond at least, so the waiter still asks for the GIL.
        await().until(() -> gil.statistics().dropRequests() == 1);
        gil.checkpoint();
        gil.release();
        workers.joinAll(Duration.ofSeconds(60));
    }

    @Test
    void aWaitersDropRequestSetsTheEvalBreakerWhichStaysSetUntilTheHolderClearsIt() throws Exception {
        Gil gil = Gil.create(0.001);
        EvalBreaker breaker = gil.evalBreaker();
        assertFalse(breaker.isSet(), "nobody has asked for anything yet");
        gil.acquire();
        Workers workers = new Workers();
        workers.start("waiter", () -> {
            gil.acquire();
            gil.release();
        });
        await().until(breaker::isSet);
        assertEquals(1, gil.statistics().dropRequests());
        assertTrue(breaker.isSet(), "set until cleared, whatever the holder does meanwhile");
        gil.setSwitchInterval(60); // the holder, queued behind the waiter below, rings no doorbell of its own
        breaker.clear(); // what an evaluation loop does before it runs the check point
        gil.checkpoint(); // hands the GIL to the waiter and takes it back
        assertEquals(1, gil.statistics().forcedSwitches());
        gil.release();
        workers.joinAll(Duration.ofSeconds(60));
        assertFalse(breaker.isSet(), "the request was served and nobody asked again");
        assertTrue(gil.evalBreaker() == breaker, "one word per GIL");
        assertFalse(Gil.create().evalBreaker() == breaker, "each heap's GIL has its own");
    }

    @Test
    void setSwitchIntervalRejectsWhatCPythonRejects() {
        Gil gil = Gil.create();
        for (double bad : new double[] {0.0, -0.0, -0.005, Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gil.setSwitchInterval(bad));
            assertEquals("switch interval must be strictly positive", e.getMessage(), "for " + bad);
        }
        // CPython 3.11 takes NaN, inf and huge values through an undefined C cast (SwitchInterval): refused here.
        for (double undefined : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gil.setSwitchInterval(undefined));
            assertEquals("switch interval must be finite", e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gil.setSwitchInterval(1e300));
        assertEquals("switch interval too large", e.getMessage());
        assertEquals(0.005, gil.switchInterval(), "a rejected value changes nothing");

        IllegalArgumentException atCreation = assertThrows(IllegalArgumentException.class, () -> Gil.create(0));
        assertEquals("switch interval must be strictly positive", atCreation.getMessage());
    }

    @Test
    void acquiringTwiceIsAnErrorBecauseTheGilIsNotReentrant() {
        Gil gil = Gil.create();
        gil.acquire();
        IllegalStateException e = assertThrows(IllegalStateException.class, gil::acquire);
        assertEquals("the GIL is not re-entrant: thread '" + Thread.currentThread().getName() + "' already holds it",
                e.getMessage());
        assertTrue(gil.isHeldByCurrentThread(), "the failed acquire leaves the GIL with its holder");
        assertEquals(1, gil.statistics().acquisitions());
        gil.release();
    }

    @Test
    void releasingOrCheckpointingWithoutTheGilIsAnError() {
        Gil gil = Gil.create();
        String me = Thread.currentThread().getName();

        IllegalStateException release = assertThrows(IllegalStateException.class, gil::release);
        assertEquals("thread '" + me + "' cannot release the GIL without holding the GIL; the GIL is free",
                release.getMessage());
        IllegalStateException checkpoint = assertThrows(IllegalStateException.class, gil::checkpoint);
        assertEquals("thread '" + me + "' reached a check point without holding the GIL; the GIL is free",
                checkpoint.getMessage());

        gil.acquire();
        gil.release();
        IllegalStateException twice = assertThrows(IllegalStateException.class, gil::release);
        assertEquals("thread '" + me + "' cannot release the GIL without holding the GIL; the GIL is free",
                twice.getMessage());
    }

    @Test
    void onlyTheHolderMayReleaseTheGil() throws Exception {
        Gil gil = Gil.create();
        gil.acquire();
        String me = Thread.currentThread().getName();
        Workers workers = new Workers();
        workers.start("intruder", () -> {
            IllegalStateException release = assertThrows(IllegalStateException.class, gil::release);
            assertEquals("thread 'intruder' cannot release the GIL without holding the GIL; it is held by thread '"
                    + me + "'", release.getMessage());
            IllegalStateException checkpoint = assertThrows(IllegalStateException.class, gil::checkpoint);
            assertEquals("thread 'intruder' reached a check point without holding the GIL; it is held by thread '"
                    + me + "'", checkpoint.getMessage());
            assertFalse(gil.isHeldByCurrentThread());
        });
        workers.joinAll(Duration.ofSeconds(60));
        assertTrue(gil.isHeldByCurrentThread());
        gil.release();
    }

    @Test
    void isHeldByCurrentThreadFollowsAcquireAndRelease() {
        Gil gil = Gil.create();
        assertFalse(gil.isHeldByCurrentThread());
        gil.acquire();
        assertTrue(gil.isHeldByCurrentThread());
        gil.release();
        assertFalse(gil.isHeldByCurrentThread());
    }

    @Test
    void uncontendedUseCountsOneSwitchForTheFirstHolderOnly() {
        Gil gil = Gil.create();
        assertEquals(new GilSnapshot(0, 0, 0, 0, 0, 0, Optional.empty()), gil.statistics());
        for (int i = 0; i < 3; i++) {
            gil.acquire();
            for (int j = 0; j < 1_000; j++) {
                gil.checkpoint();
            }
            assertEquals(Optional.of(Thread.currentThread().getName()), gil.statistics().holder());
            gil.release();
        }
        assertEquals(new GilSnapshot(3, 0, 0, 1, 0, 0, Optional.empty()), gil.statistics(),
                "check points without a drop request neither drop nor count anything");
    }

    @Test
    void eachHeapsGilIsIndependent() throws Exception {
        Gil first = Gil.create();
        Gil second = Gil.create();
        first.acquire();
        Workers workers = new Workers();
        workers.start("other-heap", () -> {
            second.acquire();
            assertTrue(second.isHeldByCurrentThread());
            assertFalse(first.isHeldByCurrentThread());
            second.release();
        });
        workers.joinAll(Duration.ofSeconds(60)); // holding one heap's GIL does not block another heap's
        assertEquals(0, second.statistics().contendedAcquisitions());
        first.release();
    }

    /**
     * A holder that dies with the GIL: a waiter queued with a long switch interval (far above the
     * 50 ms it looks at the holder) fails once the holder is dead, and so does every later acquire.
     */
    @Test
    void waitersFailWhenTheHolderDiesWithTheGil() throws Exception {
        Gil gil = Gil.create(3600);
        java.util.concurrent.CountDownLatch die = new java.util.concurrent.CountDownLatch(1);
        Thread doomed = new Thread(() -> {
            gil.acquire();
            try {
                die.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "doomed");
        doomed.start();
        await().until(() -> gil.statistics().holder().isPresent());
        java.util.concurrent.CompletableFuture<Throwable> outcome = new java.util.concurrent.CompletableFuture<>();
        Workers workers = new Workers();
        workers.start("waiter", () -> {
            try {
                gil.acquire();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        await().until(() -> gil.statistics().contendedAcquisitions() == 1);
        die.countDown();
        await().atMost(Duration.ofSeconds(30)).until(outcome::isDone);
        String dead = "thread 'doomed' died holding it, perhaps in the middle of an operation, so the heap cannot be used"
                + " any more (close it)";
        assertEquals("thread 'waiter' cannot take the GIL: " + dead, outcome.get().getMessage());
        IllegalStateException later = assertThrows(IllegalStateException.class, gil::acquire);
        assertEquals("thread '" + Thread.currentThread().getName() + "' cannot take the GIL: " + dead, later.getMessage());
        assertEquals(0, gil.statistics().dropRequests(), "no switch interval ran out");
        assertEquals(Optional.of("doomed"), gil.statistics().holder());
        workers.joinAll(Duration.ofSeconds(60));
    }
}

package dev.pyheap.runtime.gil;

import java.util.Optional;

/**
 * What a {@link Gil} has done since it was created. The counters relate as
 * {@code acquisitions >= switches}, {@code acquisitions >= contendedAcquisitions} and
 * {@code dropRequests >= forcedSwitches}.
 */
public interface GilStatistics {

    /** Times any thread took the GIL, re-acquisitions after a forced switch included. */
    long acquisitions();

    /** Acquisitions that found the GIL held and had to wait. */
    long contendedAcquisitions();

    /**
     * Times a waiting thread, after a full switch interval in which the GIL stayed with the same
     * holder, asked that holder to drop it (CPython's {@code gil_drop_request}). A request already
     * pending is not counted again.
     */
    long dropRequests();

    /**
     * Times the GIL went to a different thread than the one that held it last (CPython's
     * {@code switch_number}); the very first acquisition counts.
     */
    long switches();

    /** Times a holder gave the GIL up at a check point because a waiter asked for it. */
    long forcedSwitches();

    /** Nanoseconds spent waiting in contended acquisitions, summed over all threads. */
    long totalWaitNanos();

    /** The name of the thread holding the GIL, or empty when it is free. */
    Optional<String> holder();
}

package dev.pyheap.runtime.gil;

import java.util.Objects;
import java.util.Optional;

/** An immutable {@link GilStatistics}, taken at one moment. */
public record GilSnapshot(long acquisitions, long contendedAcquisitions, long dropRequests, long switches,
                          long forcedSwitches, long totalWaitNanos, Optional<String> holder)
        implements GilStatistics {

    public GilSnapshot {
        Objects.requireNonNull(holder, "holder");
    }
}

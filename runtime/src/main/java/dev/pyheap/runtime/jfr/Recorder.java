package dev.pyheap.runtime.jfr;

import jdk.jfr.FlightRecorder;

/**
 * Whether the events can be recorded at all: only once the JVM's Flight Recorder is initialized (a
 * recording started with {@code -XX:StartFlightRecording}, {@code jcmd JFR.start} or the
 * {@code jdk.jfr} API). Until then no event object is made: the first use of an event class makes the
 * recorder read its whole metadata, a tenth of a second of every short run otherwise. A recording
 * started later is seen at the next event.
 */
public final class Recorder {
    private Recorder() {
    }

    /** {@link FlightRecorder#isInitialized()}: a static flag, no work. */
    public static boolean started() {
        return FlightRecorder.isInitialized();
    }
}

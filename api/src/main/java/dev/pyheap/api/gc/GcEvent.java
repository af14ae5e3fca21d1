package dev.pyheap.api.gc;

/**
 * A {@code gc.callbacks} event: {@code phase} is {@code "start"} or {@code "stop"}; the counts are
 * zero on start.
 *
 * @param phase         start or stop
 * @param generation    the generation being collected
 * @param collected     as {@link CollectionResult#collected()} (stop only)
 * @param uncollectable as {@link CollectionResult#uncollectable()} (stop only)
 */
public record GcEvent(Phase phase, int generation, long collected, long uncollectable) {

    /** The two phases of {@code gc.callbacks}. */
    public enum Phase {
        START("start"),
        STOP("stop");

        private final String pythonName;

        Phase(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The phase string CPython passes to callbacks. */
        public String pythonName() {
            return pythonName;
        }
    }
}

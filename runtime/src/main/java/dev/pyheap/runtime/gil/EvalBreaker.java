package dev.pyheap.runtime.gil;

/**
 * CPython's {@code eval_breaker}: the one word a heap's evaluation loops read at their check points
 * (a function's entry, a backward jump) to learn whether the GIL's holder has anything to do there
 * besides running on.
 *
 * <p>Each source of such work keeps its own flag: a thread asking for the GIL (the GIL's drop
 * request), an interrupt for the main thread (a signal), an Error of embedder code waiting to
 * propagate. The source sets its flag first and then {@link #request()}s. The holder that finds the
 * word set {@link #clear() clears} it first and then looks at every flag. In that order no request
 * is lost: one made while the holder looks sets the word after the clear, and the next check point
 * finds it. A request the holder cannot serve (an interrupt, seen by a thread other than the main
 * one) is requested again, so that the thread it is for finds the word set when its turn comes.
 *
 * <p>Both accesses are volatile: a plain load on the reading side, which is what every check point
 * costs while nothing is pending.
 */
public final class EvalBreaker {
    private volatile boolean set;

    /** Whether some source asked the holder to stop at its next check point. */
    public boolean isSet() {
        return set;
    }

    /** Asks the GIL's holder to look at its sources of work at its next check point (any thread). */
    public void request() {
        set = true;
    }

    /** The holder's first step at a check point that found the word set, before it looks at each source. */
    public void clear() {
        set = false;
    }
}

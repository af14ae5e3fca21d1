package dev.pyheap.runtime.gil;

/**
 * A heap's global interpreter lock: whoever holds it may touch the heap; everyone else waits.
 *
 * <p>A mutator thread {@link #acquire() takes} the GIL for a stretch of work, calls
 * {@link #checkpoint()} between operations (where CPython's eval loop tests its eval breaker:
 * loop back-edges, function entry, after calls into C) and {@link #release() releases} it when it
 * is done or about to block. Between two check points a thread keeps the GIL, however long it
 * runs; this is what makes a single heap operation atomic for the other threads.
 *
 * <p>The lock is fair over time, as CPython 3.11's is: a thread that has waited one
 * {@linkplain #switchInterval() switch interval} asks the holder to drop the GIL, and the holder
 * gives it up at its next check point and does not take it back before another thread has had it.
 *
 * <p>Like CPython's, this GIL is not re-entrant, and only the holder may release it. Each heap has
 * its own; nothing is shared between instances.
 */
public interface Gil {

    /** CPython's default switch interval, {@code sys.getswitchinterval()} = 0.005 s, in microseconds. */
    long DEFAULT_SWITCH_INTERVAL_MICROS = 5_000;

    /** A free GIL with the default switch interval of 5 ms. */
    static Gil create() {
        return new ForcedSwitchingGil("gil");
    }

    /**
     * A free GIL with the given switch interval in seconds.
     *
     * @throws IllegalArgumentException as {@link #setSwitchInterval(double)} does
     */
    static Gil create(double switchIntervalSeconds) {
        return create(switchIntervalSeconds, "gil");
    }

    /**
     * A free GIL with the given switch interval in seconds, named {@code heapName} in its flight
     * recorder events (the heap it guards).
     *
     * @throws IllegalArgumentException as {@link #setSwitchInterval(double)} does
     */
    static Gil create(double switchIntervalSeconds, String heapName) {
        Gil gil = new ForcedSwitchingGil(heapName);
        gil.setSwitchInterval(switchIntervalSeconds);
        return gil;
    }

    /**
     * Takes the GIL, waiting as long as it takes. While it waits, the thread asks the holder to
     * drop the GIL once per switch interval in which no other thread got it. The wait does not
     * end on interrupt; the thread's interrupt status is restored once it holds the GIL. It ends,
     * failing, when the holder turns out to have died without releasing the GIL: the GIL is then
     * abandoned for good and every later call fails the same way, naming the dead thread.
     *
     * @throws IllegalStateException when the calling thread already holds the GIL, or when the GIL was
     *                               abandoned by a thread that died holding it
     */
    void acquire();

    /**
     * Gives the GIL up. If another thread has asked for it, this returns only after some other
     * thread has taken it, so the caller cannot win it straight back.
     *
     * @throws IllegalStateException when the calling thread does not hold the GIL
     */
    void release();

    /**
     * The holder's check point. When no thread has asked for the GIL this costs the ownership
     * check and one volatile read; when one has, the holder drops the GIL, waits until another thread has taken it, and
     * queues to take it again before returning (a forced switch).
     *
     * @throws IllegalStateException when the calling thread does not hold the GIL
     */
    void checkpoint();

    /** Whether the calling thread holds the GIL. */
    boolean isHeldByCurrentThread();

    /**
     * The eval breaker of the heap this GIL guards: requested by a thread that asks for the GIL (and by
     * the heap's other sources of work for the holder), so that an evaluation loop needs to call
     * {@link #checkpoint()} only when it finds the word set.
     */
    EvalBreaker evalBreaker();

    /**
     * {@code sys.getswitchinterval()}: the stored interval in seconds, with microsecond
     * resolution. An interval set below one microsecond reads back as 0.0, as in CPython, and
     * waits behave as if it were one microsecond.
     */
    double switchInterval();

    /**
     * {@code sys.setswitchinterval(seconds)}: how long a waiting thread lets the holder run
     * before it asks for the GIL. The value is truncated to whole microseconds.
     *
     * @throws IllegalArgumentException {@code switch interval must be strictly positive} for zero or a
     *                                  negative value (CPython's); {@code switch interval must be finite}
     *                                  for NaN and infinity, {@code switch interval too large} from
     *                                  2<sup>63</sup> microseconds, which CPython converts with undefined
     *                                  behaviour ({@link dev.pyheap.api.config.SwitchInterval})
     */
    void setSwitchInterval(double seconds);

    /** A consistent snapshot of the counters. */
    GilStatistics statistics();
}

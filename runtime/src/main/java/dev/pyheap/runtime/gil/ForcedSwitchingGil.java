package dev.pyheap.runtime.gil;

import dev.pyheap.api.config.SwitchInterval;
import dev.pyheap.runtime.jfr.GilForcedSwitchEvent;
import dev.pyheap.runtime.jfr.Recorder;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * CPython 3.11's GIL with forced switching, one instance per heap.
 *
 * <h2>State</h2>
 * The GIL itself is the flag {@code locked}. A small mutex guards it together with the thread
 * that last held the GIL ({@code lastHolder}), the {@code switchNumber} (how many times the GIL
 * went to a thread other than its last holder) and the counters. The mutex is held only for a few
 * instructions at a time; threads never sit on it while they run Python-level work. Two
 * conditions hang off the mutex: {@code released}, where threads wait for the flag to clear, and
 * {@code switched}, where a thread that gave the GIL up on request waits for someone else to take
 * it. Finally {@code dropRequest} is the holder's doorbell (CPython's {@code gil_drop_request},
 * folded into its eval breaker): volatile, so the holder can poll it without the mutex.
 *
 * <h2>Taking the GIL</h2>
 * A thread that finds the flag clear takes it at once. Otherwise it waits on {@code released} for
 * at most one switch interval at a time. When a wait runs out while the GIL is still held and the
 * switch number has not moved during that wait, the same holder has had the GIL for a whole
 * interval while this thread was queued, so the waiter rings the doorbell and keeps waiting. A
 * wait that ends because some other thread got the GIL in between does not ring: that holder has
 * only just started its turn. Having taken the flag, the thread records itself as last holder,
 * bumping the switch number if that changes who it is, wakes a thread waiting on
 * {@code switched}, and silences the doorbell: whatever request is pending was aimed at the turn
 * that just ended, and a thread that still waits will ring again after another interval.
 *
 * <h2>Dropping the GIL</h2>
 * The holder clears the flag and wakes one waiter. If the doorbell is ringing, it then waits on
 * {@code switched} until the last holder is no longer itself. Without that wait the dropping
 * thread, still running on its core, would usually win the flag back before the woken waiter
 * is even scheduled, and the waiter's turn would never come (CPython's FORCE_SWITCHING). A ringing
 * doorbell always has a thread behind it that is still queued (taking the GIL silences it, and
 * waits cannot be abandoned), so this wait ends.
 *
 * <h2>Check points</h2>
 * The holder reads the doorbell at each check point. Silent, nothing happens. Ringing, the holder
 * drops the GIL as above and then queues for it like any other thread, behind the one that rang.
 *
 * <h2>A holder that dies</h2>
 * A thread that ends while it holds the GIL (an exception escaped its work before it released it)
 * never releases it, and the JVM tells nobody. Waiters therefore wait in slices of at most
 * {@link #DEAD_HOLDER_POLL_NANOS} and look at the holder between slices; the first to find it dead
 * marks the GIL abandoned, wakes the others, and each waiter then fails with one
 * {@link IllegalStateException} naming the dead thread, as does every later {@link #acquire()}.
 * The GIL is not handed on: the thread died between two check points, where the heap may be in the
 * middle of an operation (an Error inside a resize, an embedder's own half-done update), and a
 * thread given the GIL would go on working on it unknowingly. (CPython has no recovery either: a
 * thread killed with the GIL stops the process.) The heap can still be closed.
 *
 * <h2>Ownership</h2>
 * {@code holder} is written only under the mutex, but the checks "am I the holder?" read it
 * without the mutex. That is sound for a thread asking about itself: its own last write to the
 * field (itself on taking, null on dropping) is always visible to it, and writes by other threads
 * never name it. Any other use of the field (statistics, error messages) takes the mutex.
 */
final class ForcedSwitchingGil implements Gil {

    /** The longest a waiter waits before it looks whether the holder is still alive. */
    static final long DEAD_HOLDER_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();

    private volatile boolean dropRequest;
    /** Requested with every drop request, after it (see {@link EvalBreaker}). */
    private final EvalBreaker evalBreaker = new EvalBreaker();
    private volatile long intervalMicros = DEFAULT_SWITCH_INTERVAL_MICROS;

    // Guarded by mutex (holder: see the class comment).
    private boolean locked;
    private Thread holder;
    private Thread lastHolder;
    /** The holder found dead with the GIL, or null; set once. */
    private Thread abandonedBy;
    private long switchNumber;
    private long acquisitions;
    private long contendedAcquisitions;
    private long dropRequests;
    private long forcedSwitches;
    private long totalWaitNanos;
    /** The heap's name in the flight recorder's events. */
    private final String heapName;

    ForcedSwitchingGil(String heapName) {
        this.heapName = heapName;
    }

    @Override
    public void acquire() {
        Thread me = Thread.currentThread();
        if (holder == me) {
            throw new IllegalStateException("the GIL is not re-entrant: thread '" + me.getName() + "' already holds it");
        }
        take(me);
    }

    @Override
    public void release() {
        Thread me = Thread.currentThread();
        if (holder != me) {
            throw notHolder(me, "cannot release the GIL");
        }
        drop(me, false);
    }

    @Override
    public void checkpoint() {
        Thread me = Thread.currentThread();
        if (holder != me) {
            throw notHolder(me, "reached a check point");
        }
        if (dropRequest) {
            drop(me, true);
            take(me);
        }
    }

    @Override
    public boolean isHeldByCurrentThread() {
        return holder == Thread.currentThread();
    }

    @Override
    public EvalBreaker evalBreaker() {
        return evalBreaker;
    }

    @Override
    public double switchInterval() {
        // The same arithmetic as sys.getswitchinterval(), so the doubles match CPython's bit for bit.
        return 1e-6 * intervalMicros;
    }

    @Override
    public void setSwitchInterval(double seconds) {
        intervalMicros = SwitchInterval.toMicros(seconds); // CPython's checks and its (unsigned long) (1e6 * s)
    }

    @Override
    public GilStatistics statistics() {
        mutex.lock();
        try {
            return new GilSnapshot(acquisitions, contendedAcquisitions, dropRequests, switchNumber, forcedSwitches,
                    totalWaitNanos, Optional.ofNullable(holder).map(Thread::getName));
        } finally {
            mutex.unlock();
        }
    }

    private void take(Thread me) {
        mutex.lock();
        try {
            if (locked) {
                awaitRelease(me);
            }
            locked = true;
            holder = me;
            acquisitions++;
            if (lastHolder != me) {
                lastHolder = me;
                switchNumber++;
                // Only a change of holder can end a wait on `switched`.
                switched.signal();
            }
            if (dropRequest) {
                dropRequest = false;
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Waits, with the mutex held on entry and exit, until the flag is clear; rings the doorbell
     * when a whole switch interval of timed-out waiting passed without another thread getting the
     * GIL. Fails when the holder died with the GIL (see the class comment).
     */
    private void awaitRelease(Thread me) {
        contendedAcquisitions++;
        long start = System.nanoTime();
        boolean interrupted = false;
        try {
            long seenSwitch = switchNumber;
            long waited = 0; // timed-out waiting in this turn, toward one switch interval
            while (locked) {
                requireLiveHolder(me);
                long interval = intervalNanos();
                long slice = Math.min(interval - waited, DEAD_HOLDER_POLL_NANOS);
                boolean timedOut;
                try {
                    timedOut = released.awaitNanos(slice) <= 0;
                } catch (InterruptedException e) {
                    // A dropping holder may be waiting for us on `switched`; abandoning the wait could hang it.
                    interrupted = true;
                    timedOut = false;
                }
                if (!timedOut || switchNumber != seenSwitch) { // woken, or another thread's turn began
                    seenSwitch = switchNumber;
                    waited = 0;
                    continue;
                }
                waited += slice;
                if (waited >= interval) {
                    waited = 0;
                    if (locked && !dropRequest) {
                        dropRequest = true;
                        evalBreaker.request();
                        dropRequests++;
                    }
                }
            }
        } finally {
            totalWaitNanos += System.nanoTime() - start;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Fails, waking the other waiters to fail too, when the GIL's holder has died with it. */
    private void requireLiveHolder(Thread me) {
        if (abandonedBy == null && holder != null && !holder.isAlive()) {
            abandonedBy = holder;
            released.signalAll();
        }
        if (abandonedBy != null) {
            throw new IllegalStateException("thread '" + me.getName() + "' cannot take the GIL: thread '"
                    + abandonedBy.getName() + "' died holding it, perhaps in the middle of an operation, so the heap"
                    + " cannot be used any more (close it)");
        }
    }

    private void drop(Thread me, boolean atCheckPoint) {
        mutex.lock();
        try {
            locked = false;
            holder = null;
            released.signal();
            if (dropRequest) {
                GilForcedSwitchEvent event = null;
                if (atCheckPoint) {
                    forcedSwitches++;
                    if (Recorder.started()) {
                        event = new GilForcedSwitchEvent();
                        if (event.isEnabled()) {
                            event.begin(); // its duration: until another thread has taken the GIL
                        } else {
                            event = null;
                        }
                    }
                }
                while (lastHolder == me) {
                    switched.awaitUninterruptibly();
                }
                if (event != null && event.shouldCommit()) {
                    event.heap = heapName;
                    event.holder = me.getName();
                    event.dropRequests = dropRequests;
                    event.forcedSwitches = forcedSwitches;
                    event.commit();
                }
            }
        } finally {
            mutex.unlock();
        }
    }

    private long intervalNanos() {
        return TimeUnit.MICROSECONDS.toNanos(Math.max(1, intervalMicros)); // saturates for huge intervals
    }

    private IllegalStateException notHolder(Thread me, String what) {
        Thread current;
        mutex.lock();
        try {
            current = holder;
        } finally {
            mutex.unlock();
        }
        String state = current == null ? "the GIL is free" : "it is held by thread '" + current.getName() + "'";
        return new IllegalStateException("thread '" + me.getName() + "' " + what + " without holding the GIL; " + state);
    }
}

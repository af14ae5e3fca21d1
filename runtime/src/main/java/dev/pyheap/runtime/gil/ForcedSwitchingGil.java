package dev.pyheap.runtime.gil;

import dev.pyheap.api.config.SwitchInterval;

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
 * <h2>Ownership</h2>
 * {@code holder} is written only under the mutex, but the checks "am I the holder?" read it
 * without the mutex. That is sound for a thread asking about itself: its own last write to the
 * field (itself on taking, null on dropping) is always visible to it, and writes by other threads
 * never name it. Any other use of the field (statistics, error messages) takes the mutex.
 */
final class ForcedSwitchingGil implements Gil {

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();

    private volatile boolean dropRequest;
    private volatile long intervalMicros = DEFAULT_SWITCH_INTERVAL_MICROS;

    // Guarded by mutex (holder: see the class comment).
    private boolean locked;
    private Thread holder;
    private Thread lastHolder;
    private long switchNumber;
    private long acquisitions;
    private long contendedAcquisitions;
    private long dropRequests;
    private long forcedSwitches;
    private long totalWaitNanos;

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
                awaitRelease();
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

    /** Waits, with the mutex held on entry and exit, until the flag is clear; rings the doorbell when due. */
    private void awaitRelease() {
        contendedAcquisitions++;
        long start = System.nanoTime();
        boolean interrupted = false;
        while (locked) {
            long seenSwitch = switchNumber;
            boolean timedOut;
            try {
                timedOut = released.awaitNanos(intervalNanos()) <= 0;
            } catch (InterruptedException e) {
                // A dropping holder may be waiting for us on `switched`; abandoning the wait could hang it.
                interrupted = true;
                timedOut = false;
            }
            if (timedOut && locked && switchNumber == seenSwitch && !dropRequest) {
                dropRequest = true;
                dropRequests++;
            }
        }
        totalWaitNanos += System.nanoTime() - start;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drop(Thread me, boolean atCheckPoint) {
        mutex.lock();
        try {
            locked = false;
            holder = null;
            released.signal();
            if (dropRequest) {
                if (atCheckPoint) {
                    forcedSwitches++;
                }
                while (lastHolder == me) {
                    switched.awaitUninterruptibly();
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

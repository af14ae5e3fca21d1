package dev.pyheap.driver.scheduling;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The driver's turns, for the yield policies other than the switch interval: exactly one thread
 * has the turn, and only it takes the GIL, so nobody ever waits on the GIL itself and the
 * interleaving is decided by the policy alone. Thread 0 has the first turn; a thread that ends
 * passes the turn to the next live one, round-robin.
 *
 * <h2>One condition per thread</h2>
 * Each thread waits on a condition of its own, and a hand-over signals only the condition of the
 * thread that gets the turn. With one shared condition and {@code signalAll}, every hand-over woke
 * every waiting thread to find it was not its turn: with 256 threads that was 255 futile wake-ups
 * per operation under {@code --yield always}. {@link #futileWakeUps()} counts wake-ups that found
 * another thread's turn (none, unless the JVM wakes a thread spuriously).
 */
final class TurnScheduler {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition[] yourTurn;
    private final boolean[] done;
    // Guarded by lock.
    private int turn;
    private long handOvers;
    private long wakeUps;
    private long futileWakeUps;

    TurnScheduler(int threads) {
        done = new boolean[threads];
        yourTurn = new Condition[threads];
        for (int i = 0; i < threads; i++) {
            yourTurn[i] = lock.newCondition();
        }
    }

    /** Blocks until it is thread {@code i}'s turn (uninterruptibly: the turn always comes). */
    void awaitTurn(int i) {
        lock.lock();
        try {
            while (turn != i) {
                yourTurn[i].awaitUninterruptibly();
                wakeUps++;
                if (turn != i) {
                    futileWakeUps++;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives the turn to {@code next}, waking that thread alone. */
    void pass(int next) {
        lock.lock();
        try {
            give(next);
        } finally {
            lock.unlock();
        }
    }

    /** Thread {@code i} has ended; if it had the turn, the next live thread gets it. */
    void finished(int i) {
        lock.lock();
        try {
            done[i] = true;
            if (turn == i) {
                give(nextLive(i));
            }
        } finally {
            lock.unlock();
        }
    }

    private void give(int next) {
        turn = next;
        if (next >= 0) {
            handOvers++;
            yourTurn[next].signal();
        }
    }

    /** The live thread after {@code i}, round-robin ({@code i} itself when it is the only one; -1 when none). */
    int nextLive(int i) {
        lock.lock();
        try {
            int n = done.length;
            for (int k = 1; k <= n; k++) {
                int j = (i + k) % n;
                if (!done[j]) {
                    return j;
                }
            }
            return -1;
        } finally {
            lock.unlock();
        }
    }

    /** The {@code r}-th live thread (0-based, modulo the number live); -1 when none. */
    int live(long r) {
        lock.lock();
        try {
            int live = 0;
            for (boolean d : done) {
                live += d ? 0 : 1;
            }
            if (live == 0) {
                return -1;
            }
            long k = Long.remainderUnsigned(r, live);
            for (int j = 0; j < done.length; j++) {
                if (!done[j] && k-- == 0) {
                    return j;
                }
            }
            throw new AssertionError("unreachable");
        } finally {
            lock.unlock();
        }
    }

    /** Turns given so far (by {@link #pass} and by a thread ending with the turn). */
    long handOvers() {
        return underLock(() -> handOvers);
    }

    /** Returns from a wait, whether or not the turn had come. */
    long wakeUps() {
        return underLock(() -> wakeUps);
    }

    /** Wake-ups that found another thread's turn. */
    long futileWakeUps() {
        return underLock(() -> futileWakeUps);
    }

    /** Whether thread {@code i} is waiting for its turn (for tests). */
    boolean waiting(int i) {
        return underLock(() -> lock.hasWaiters(yourTurn[i]) ? 1 : 0) == 1;
    }

    private long underLock(LongSupplier read) {
        lock.lock();
        try {
            return read.getAsLong();
        } finally {
            lock.unlock();
        }
    }
}

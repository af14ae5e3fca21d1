package dev.pyheap.driver;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The driver's turns, for the yield policies other than the switch interval: exactly one thread
 * has the turn, and only it takes the GIL, so nobody ever waits on the GIL itself and the
 * interleaving is decided by the policy alone. Thread 0 has the first turn; a thread that ends
 * passes the turn to the next live one, round-robin.
 */
final class TurnScheduler {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final boolean[] done;
    private int turn;

    TurnScheduler(int threads) {
        done = new boolean[threads];
    }

    /** Blocks until it is thread {@code i}'s turn (uninterruptibly: the turn always comes). */
    void awaitTurn(int i) {
        lock.lock();
        try {
            while (turn != i) {
                changed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives the turn to {@code next}. */
    void pass(int next) {
        lock.lock();
        try {
            turn = next;
            changed.signalAll();
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
                turn = nextLive(i);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
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
}

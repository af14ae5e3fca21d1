package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.state.ThreadState;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One import of a module at a time, as importlib._bootstrap's {@code _ModuleLock}s make it: a thread
 * that imports a module another thread is importing (found in {@code sys.modules} half run, or not
 * there yet) waits, without the GIL, until that import ends, and then sees the whole module.
 *
 * <pre>
 *   name ──► Lock { owner thread, count (re-entered by the owner), waiters }
 *   thread ──► the Lock it waits for (to find deadlocks)
 * </pre>
 * Invariants: a Lock is in {@link #locks} while it has an owner or a waiter; only its owner re-enters
 * it (a module that imports itself, directly or in a cycle, gets the partly run module as in
 * CPython). A wait that would close a cycle of threads each waiting for a module the next one
 * imports ({@code _has_deadlock}) is not made: the caller gets the partly run module instead, as
 * CPython's {@code _DeadlockError} path gives it.
 */
final class ModuleImportLocks {
    private static final class Lock {
        /** Read without the monitor by {@link #importedElsewhere}: volatile, so a finished import is seen. */
        volatile Thread owner;
        int count;
        int waiters;
    }

    private final Map<String, Lock> locks = new ConcurrentHashMap<>();
    private final Map<Thread, Lock> waitingFor = new HashMap<>();

    /** Whether another thread is importing {@code name} now (the check before a module found in sys.modules is used). */
    boolean importedElsewhere(String name) {
        Lock lock = locks.get(name);
        return lock != null && lock.owner != Thread.currentThread();
    }

    /**
     * Takes the lock of {@code name} for this thread, waiting without the GIL while another thread
     * holds it; false (and no lock taken) when waiting would deadlock.
     */
    boolean acquire(String name, ThreadState ts) {
        Thread me = Thread.currentThread();
        Lock lock;
        synchronized (this) {
            lock = locks.computeIfAbsent(name, n -> new Lock());
            if (lock.owner == null || lock.owner == me) {
                lock.owner = me;
                lock.count++;
                return true;
            }
            if (deadlock(lock, me)) {
                return false;
            }
            lock.waiters++;
            waitingFor.put(me, lock);
        }
        boolean interrupted = false;
        ts.releaseGil();
        try {
            synchronized (this) {
                while (lock.owner != null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                lock.owner = me;
                lock.count = 1;
                lock.waiters--;
                waitingFor.remove(me);
            }
        } finally {
            ts.acquireGil();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    /** Gives back one hold of this thread on {@code name}'s lock. */
    synchronized void release(String name) {
        Lock lock = locks.get(name);
        if (--lock.count == 0) {
            lock.owner = null;
            if (lock.waiters == 0) {
                locks.remove(name);
            }
            notifyAll();
        }
    }

    /** {@code _has_deadlock}: following owners to the locks they wait for leads back to {@code me}. */
    private boolean deadlock(Lock lock, Thread me) {
        java.util.Set<Thread> seen = new java.util.HashSet<>();
        for (Thread owner = lock.owner; owner != null && seen.add(owner); ) {
            if (owner == me) {
                return true;
            }
            Lock next = waitingFor.get(owner);
            owner = next == null ? null : next.owner;
        }
        return false;
    }
}

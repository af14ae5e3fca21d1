"""Locks and the like between processes: Lock, RLock, Semaphore, BoundedSemaphore, Condition,
Event, Barrier.

Each lives in the process that made it (multiprocessing._hub), as CPython's named semaphores live
in the kernel. The owner of a lock is the (process id, thread id) of the caller, passed with each
call, so a lock taken by one thread of a child is that thread's, whichever thread of the owning
process serves the call. CPython's errors and reprs."""

import os
import threading
import time

from . import _hub, process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = 2147483647


def _me():
    return (os.getpid(), threading.get_ident())


class _SemCore:
    """A counting semaphore (kind SEMAPHORE, value up to maxvalue) or a recursive mutex."""

    def __init__(self, kind, value, maxvalue):
        self.kind = kind
        self.value = value
        self.maxvalue = maxvalue
        self.owner = None
        self.count = 0
        self.cond = threading.Condition(threading.Lock())

    def _available(self, owner):
        if self.kind == RECURSIVE_MUTEX:
            return self.count == 0 or self.owner == owner
        return self.value > 0

    def acquire(self, owner, block=True, timeout=None):
        with self.cond:
            if not self._available(owner):
                if not block or not _hub.wait_until(self.cond, lambda: self._available(owner), timeout):
                    return False
            if self.kind == RECURSIVE_MUTEX:
                self.owner = owner
                self.count += 1
            else:
                self.value -= 1
                self.owner = owner
                self.count += 1
            return True

    def release(self, owner):
        with self.cond:
            if self.kind == RECURSIVE_MUTEX:
                if self.count == 0 or self.owner != owner:
                    raise AssertionError("attempt to release recursive lock not owned by thread")
                self.count -= 1
                if self.count == 0:
                    self.owner = None
            else:
                if self.maxvalue != SEM_VALUE_MAX and self.value >= self.maxvalue:
                    raise ValueError("semaphore or lock released too many times")
                self.value += 1
                if self.count > 0:
                    self.count -= 1
                if self.value > 0 and self.maxvalue == 1:
                    self.owner = None
            self.cond.notify()

    def release_all(self, owner):
        """For Condition.wait: releases the caller's hold whatever its depth; returns the depth."""
        with self.cond:
            if self.kind == RECURSIVE_MUTEX:
                depth = self.count
                self.count = 0
                self.owner = None
            else:
                depth = 1
                self.value += 1
                self.count = max(self.count - 1, 0)
            self.cond.notify()
            return depth

    def acquire_depth(self, owner, depth):
        self.acquire(owner)
        if self.kind == RECURSIVE_MUTEX:
            with self.cond:
                self.count = depth

    def is_mine(self, owner):
        with self.cond:
            return self.count > 0 and self.owner == owner

    def state(self):
        with self.cond:
            return self.value, self.count, self.owner

    def new_condition(self):
        return _hub.Ref(_CondCore(self))


class _CondCore:
    """The waiters of a condition variable over a _SemCore of the same process."""

    def __init__(self, lock):
        self.lock = lock
        self.mutex = threading.Lock()
        self.waiters = []

    def wait(self, owner, timeout):
        waiter = threading.Lock()
        waiter.acquire()
        with self.mutex:
            self.waiters.append(waiter)
        depth = self.lock.release_all(owner)
        try:
            got = waiter.acquire(True, -1 if timeout is None else max(timeout, 0.0))
            if not got:
                with self.mutex:
                    if waiter in self.waiters:
                        self.waiters.remove(waiter)
                    else:
                        got = True
            return got
        finally:
            self.lock.acquire_depth(owner, depth)

    def notify(self, n):
        with self.mutex:
            woken = self.waiters[:n] if n is not None else self.waiters[:]
            del self.waiters[:len(woken)]
        for waiter in woken:
            waiter.release()

    def sleeping(self):
        with self.mutex:
            return len(self.waiters)


class SemLock:
    """What Lock, RLock and the semaphores share: acquire, release, the with-statement."""

    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._ref = _hub.Ref(_SemCore(kind, value, maxvalue))

    def __getstate__(self):
        return self._ref

    def __setstate__(self, state):
        self._ref = state

    def acquire(self, block=True, timeout=None):
        return self._ref('acquire', _me(), block, timeout)

    def release(self):
        self._ref('release', _me())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def _is_mine(self):
        return self._ref('is_mine', _me())

    def _state(self):
        return self._ref('state')

    def _holder(self, free, owner):
        """Who holds the lock, as CPython's reprs name it."""
        if self._is_mine():
            return _owner_name()
        if free:
            return 'None'
        if owner is not None and owner[0] == os.getpid():
            return 'SomeOtherThread'
        return 'SomeOtherProcess'


def _owner_name():
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Semaphore(SemLock):
    """A counting semaphore shared by processes."""

    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._state()[0]

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)
        self._maxvalue = value

    def __getstate__(self):
        return (self._ref, self._maxvalue)

    def __setstate__(self, state):
        self._ref, self._maxvalue = state

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value, self._maxvalue)


class Lock(SemLock):
    """A non-recursive lock shared by processes (any thread or process may release it)."""

    def __init__(self, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            value, count, owner = self._state()
            name = self._holder(value == 1, owner)
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    """A recursive lock shared by processes: released by its owner as many times as acquired."""

    def __init__(self, *, ctx=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            value, count, owner = self._state()
            name = self._holder(count == 0, owner)
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:
    """A condition variable over a Lock or RLock (an RLock made for it when none is given)."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._ref = self._lock._ref('new_condition')

    def __getstate__(self):
        return (self._lock, self._ref)

    def __setstate__(self, state):
        self._lock, self._ref = state

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        return self._lock.release()

    def __repr__(self):
        try:
            num_waiters = self._ref('sleeping')
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        """Releases the lock, waits for a notify (or timeout), takes the lock again."""
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        return self._ref('wait', _me(), timeout)

    def notify(self, n=1):
        """Wakes up to n waiters."""
        assert self._lock._is_mine(), 'lock is not owned'
        self._ref('notify', n)

    def notify_all(self):
        """Wakes every waiter."""
        assert self._lock._is_mine(), 'lock is not owned'
        self._ref('notify', None)

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true (or timeout); returns its last value."""
        return wait_for(self, predicate, timeout)


def wait_for(cond, predicate, timeout):
    """Condition.wait_for over cond's wait(): predicate() checked after each wake-up."""
    result = predicate()
    endtime = None if timeout is None else time.monotonic() + timeout
    waittime = None
    while not result:
        if endtime is not None:
            waittime = endtime - time.monotonic()
            if waittime <= 0:
                break
        cond.wait(waittime)
        result = predicate()
    return result


class _EventCore:
    def __init__(self):
        self.event = threading.Event()

    def is_set(self):
        return self.event.is_set()

    def set(self):
        self.event.set()

    def clear(self):
        self.event.clear()

    def wait(self, timeout):
        return self.event.wait(timeout)


class Event:
    """A flag processes set, clear and wait for."""

    def __init__(self, *, ctx=None):
        self._ref = _hub.Ref(_EventCore())

    def __getstate__(self):
        return self._ref

    def __setstate__(self, state):
        self._ref = state

    def is_set(self):
        return self._ref('is_set')

    def set(self):
        self._ref('set')

    def clear(self):
        self._ref('clear')

    def wait(self, timeout=None):
        """Waits until the flag is set (or timeout); returns the flag."""
        return self._ref('wait', timeout)

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class _BarrierCore:
    def __init__(self, parties, action, timeout):
        self.barrier = threading.Barrier(parties, action, timeout)

    def wait(self, timeout):
        return self.barrier.wait(timeout)

    def reset(self):
        self.barrier.reset()

    def abort(self):
        self.barrier.abort()

    def info(self):
        return self.barrier.parties, self.barrier.n_waiting, self.barrier.broken


class Barrier:
    """A barrier for a fixed number of parties (the action runs in the process that made it)."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._ref = _hub.Ref(_BarrierCore(parties, action, timeout))

    def __getstate__(self):
        return self._ref

    def __setstate__(self, state):
        self._ref = state

    def wait(self, timeout=None):
        """Waits for the other parties; returns this party's index, 0 to parties - 1."""
        return self._ref('wait', timeout)

    def reset(self):
        self._ref('reset')

    def abort(self):
        self._ref('abort')

    @property
    def parties(self):
        return self._ref('info')[0]

    @property
    def n_waiting(self):
        return self._ref('info')[1]

    @property
    def broken(self):
        return self._ref('info')[2]

    def __repr__(self):
        parties, n_waiting, broken = self._ref('info')
        if broken:
            return f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: broken>"
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}:"
                f" waiters={n_waiting}/{parties}>")

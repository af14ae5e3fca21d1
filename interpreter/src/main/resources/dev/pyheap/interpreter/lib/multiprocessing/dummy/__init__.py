"""multiprocessing's names over threads: a Process is a thread of this process, the queues and
locks are the queue and threading modules' own, Pool is pool.ThreadPool."""

import array
import queue
import threading

from ..connection import Pipe
from ..managers import Namespace
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Event, Barrier, Condition

Queue = JoinableQueue = queue.Queue

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager',
           'Pipe', 'Pool', 'JoinableQueue']

_started = []


class DummyProcess(threading.Thread):
    """A thread answering to a Process's names (exitcode: 0 once it ended, None before)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._started_here = False

    def start(self):
        self._started_here = True
        _started.append(self)
        super().start()

    @property
    def exitcode(self):
        return 0 if self._started_here and not self.is_alive() else None


Process = DummyProcess
current_process = threading.current_thread


def active_children():
    """The DummyProcesses started and still running."""
    _started[:] = [p for p in _started if p.is_alive()]
    return list(_started)


def freeze_support():
    pass


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value:
    """A holder of one value (the typecode is kept for the repr only)."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self.value)


def Manager():
    import sys
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from ..pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)

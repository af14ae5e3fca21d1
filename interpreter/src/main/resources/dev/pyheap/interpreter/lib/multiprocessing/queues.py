"""Queues between processes: Queue, JoinableQueue and SimpleQueue.

A queue lives in the process that made it (multiprocessing._hub) and holds pickled messages:
put pickles the object at once (CPython's feeder thread pickles it a moment later, so a change
made right after put may or may not travel there) and get unpickles a copy, whichever process
calls."""

import collections
import threading

from queue import Empty, Full

from . import _hub, reduction

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class _QueueCore:
    """The messages of one queue, its bound, and for a JoinableQueue the unfinished tasks."""

    def __init__(self, maxsize):
        self.maxsize = maxsize
        self.items = collections.deque()
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_done = threading.Condition(self.mutex)
        self.unfinished = 0

    def put(self, data, block=True, timeout=None):
        with self.not_full:
            room = lambda: self.maxsize <= 0 or len(self.items) < self.maxsize
            if not room() and (not block or not _hub.wait_until(self.not_full, room, timeout)):
                raise Full
            self.items.append(data)
            self.unfinished += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            ready = lambda: bool(self.items)
            if not ready() and (not block or not _hub.wait_until(self.not_empty, ready, timeout)):
                raise Empty
            data = self.items.popleft()
            self.not_full.notify()
            return data

    def qsize(self):
        with self.mutex:
            return len(self.items)

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= len(self.items)

    def task_done(self):
        with self.all_done:
            if self.unfinished <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished -= 1
            if self.unfinished == 0:
                self.all_done.notify_all()

    def join(self):
        with self.all_done:
            while self.unfinished:
                self.all_done.wait()


class Queue:
    """A FIFO queue several processes put to and get from."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._ref = _hub.Ref(_QueueCore(maxsize))
        self._closed = False

    def __getstate__(self):
        return (self._maxsize, self._ref)

    def __setstate__(self, state):
        self._maxsize, self._ref = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        """Puts obj (pickled now); with a bound, waits for room (queue.Full when it does not come)."""
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._ref('put', reduction.dumps(obj), block, timeout)

    def get(self, block=True, timeout=None):
        """Removes and returns the next object (queue.Empty when none comes in time)."""
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return reduction.loads(self._ref('get', block, timeout))

    def qsize(self):
        return self._ref('qsize')

    def empty(self):
        return self._ref('qsize') == 0

    def full(self):
        return self._ref('full')

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        """No more puts from this process."""
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose join() waits until task_done() was called for every item put."""

    def task_done(self):
        self._ref('task_done')

    def join(self):
        self._ref('join')


class SimpleQueue:
    """An unbounded FIFO queue: put, get, empty, close."""

    def __init__(self, *, ctx=None):
        self._ref = _hub.Ref(_QueueCore(0))
        self._closed = False

    def __getstate__(self):
        return self._ref

    def __setstate__(self, state):
        self._ref = state
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return self._ref('qsize') == 0

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return reduction.loads(self._ref('get'))

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._ref('put', reduction.dumps(obj))

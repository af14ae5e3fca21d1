"""The helper module queue imports (CPython's Modules/_queuemodule.c): SimpleQueue, an unbounded
first-in, first-out queue without task accounting, and Empty, the exception queue's getters raise.
A SimpleQueue is a deque whose items a semaphore counts, so getters sleep on the semaphore and
put() never blocks."""

import threading
import types
from collections import deque

__all__ = ['Empty', 'SimpleQueue']

_BAD_TIMEOUT = "'timeout' must be a non-negative number"


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class SimpleQueue:
    """An unbounded first-in, first-out queue without task_done()/join(); put() never
    blocks. A semaphore counts the items, so getters sleep on it."""

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds item (block and timeout are accepted for Queue's signature, and ignored)."""
        self._queue.append(item)
        self._count.release()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Takes out and gives the oldest item, waiting as Queue.get does."""
        if block and timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        got = self._count.acquire(True, timeout) if block else self._count.acquire(False)
        if not got:
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """Whether it holds no item at this instant."""
        return not self._queue

    def qsize(self):
        """The number of items at this instant."""
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)

"""Queues that hand items from thread to thread: Queue (oldest item first), LifoQueue (newest
first), PriorityQueue (smallest first) and SimpleQueue (unbounded, oldest first, no task
accounting).

A Queue is a container behind one lock (`mutex`) with three conditions sharing it: getters
sleep on `not_empty`, putters on `not_full` (only when maxsize > 0 bounds it), and join() on
`all_tasks_done`. Each put counts a task in `unfinished_tasks`; task_done() uncounts one and
wakes the joiners when none is left. The subclasses change only the container, through the
four storage hooks _init/_qsize/_put/_get, which run with the lock held.

A blocking call with a timeout waits at most that long and then raises Empty or Full; a
non-blocking call raises them at once; a negative timeout is a ValueError.
"""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


# the C helper module's: SimpleQueue and Empty are _queue's, as CPython's queue imports them
from _queue import Empty, SimpleQueue


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


_BAD_TIMEOUT = "'timeout' must be a non-negative number"


def _wait_until(condition, ready, timeout):
    """With condition's lock held: sleeps on condition until ready() holds, for at most
    `timeout` seconds (None: no limit). Says whether ready() held in the end."""
    if timeout is None:
        while not ready():
            condition.wait()
        return True
    deadline = time() + timeout
    while not ready():
        left = deadline - time()
        if left <= 0.0:
            return False
        condition.wait(left)
    return True


class Queue:
    """A first-in, first-out queue holding at most maxsize items (no bound when
    maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # ---- task accounting

    def task_done(self):
        """Marks one task, an item that get() gave, as finished; when every item put so far
        is finished, join() returns. ValueError when called more often than items were put."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Waits until every item put has been gotten and marked with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # ---- size (only a snapshot: other threads may change it right after)

    def qsize(self):
        """The number of items, roughly (see the class comment)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue holds no item at this instant."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is bounded and at its bound at this instant."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # ---- putting and getting

    def put(self, item, block=True, timeout=None):
        """Adds item. When the queue is full: raises Full at once if not `block`, else waits
        for room, at most `timeout` seconds when given (then Full)."""
        with self.not_full:
            if self.maxsize > 0:
                if block and timeout is not None and timeout < 0:
                    raise ValueError(_BAD_TIMEOUT)
                has_room = lambda: self._qsize() < self.maxsize
                if not (_wait_until(self.not_full, has_room, timeout) if block else has_room()):
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Takes out and gives the next item. When the queue is empty: raises Empty at once
        if not `block`, else waits for an item, at most `timeout` seconds when given (then
        Empty)."""
        with self.not_empty:
            if block and timeout is not None and timeout < 0:
                raise ValueError(_BAD_TIMEOUT)
            has_item = self._qsize
            if not (_wait_until(self.not_empty, has_item, timeout) if block else has_item()):
                raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # ---- storage hooks (lock held)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A queue giving its smallest item first (a heap; items are often (priority, data)
    pairs)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue giving its newest item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()

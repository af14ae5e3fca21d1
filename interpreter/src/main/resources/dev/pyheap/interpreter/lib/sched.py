"""A general purpose event scheduler: scheduler (enter, enterabs, cancel, empty, run with or
without blocking, queue) over a time function and a delay function (time.monotonic and
time.sleep by default), and Event. Events run in order of time, then priority, then the order
they were scheduled in."""

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = ('''Numeric type compatible with the return value of the
timefunc function passed to the constructor.''')
Event.priority.__doc__ = ('''Events scheduled for the same time will be executed
in the order of their priority.''')
Event.sequence.__doc__ = ('''A continually increasing sequence number that
    separates events if time and priority are equal.''')
Event.action.__doc__ = ('''Executing the event means executing
action(*argument, **kwargs)''')
Event.argument.__doc__ = ('''argument is a sequence holding the positional
arguments for the action.''')
Event.kwargs.__doc__ = ('''kwargs is a dictionary holding the keyword
arguments for the action.''')

_sentinel = object()


class scheduler:
    """A queue of events (a heap of Event tuples) run by run()."""

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at the given time; returns the Event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as their times come, waiting with delayfunc; without blocking, runs
        those due and returns the delay until the next one (or None)."""
        lock = self._lock
        queue = self._queue
        while True:
            with lock:
                if not queue:
                    break
                time, priority, sequence, action, argument, kwargs = queue[0]
                now = self.timefunc()
                if time > now:
                    wait = True
                else:
                    wait = False
                    heapq.heappop(queue)
            if wait:
                if not blocking:
                    return time - now
                self.delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                # lets other threads run
                self.delayfunc(0)

    @property
    def queue(self):
        """The events not run yet, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return sorted(events)

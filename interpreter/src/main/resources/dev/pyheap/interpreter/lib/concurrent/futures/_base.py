"""Future, Executor, wait() and as_completed(): what every executor shares.

A Future's life: PENDING, then either RUNNING and FINISHED (with a result or an exception),
or CANCELLED and, once the executor has seen the cancellation, CANCELLED_AND_NOTIFIED. A
Condition per future guards its state and wakes the threads blocked in result() or
exception().

wait() and as_completed() watch many futures with one _Waiter: it is added to each watched
future's `_waiters`, every future tells it when it completes (finishes, or has its
cancellation noticed), and the waiter sets its Event when its caller should look again: at
every completion (as_completed, FIRST_COMPLETED), or once the count of outstanding futures
drops to zero (ALL_COMPLETED), or also at the first exception (FIRST_EXCEPTION). The futures'
conditions are taken together, in a fixed order, while the waiter is installed, so no
completion slips between the look at the states and the installation.
"""

import collections
import logging
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# the word a Future's repr shows for each state
_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
# done for result() and friends
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# complete for wait() and as_completed(): a cancellation counts once the executor noticed it
_COMPLETE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """The root of this module's own exceptions."""


class CancelledError(Error):
    """Raised when asking a cancelled Future for its outcome."""


# since 3.11 the built-in one
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Raised when setting the outcome of a Future that already has one."""


class BrokenExecutor(RuntimeError):
    """Raised by an executor that cannot run calls any more."""


# ---------------------------------------------------------------------------------------------
# Watching many futures

class _Waiter:
    """Collects the futures that complete, and sets `event` when its watcher should wake:
    `countdown` is None to wake at every completion, else the number of outstanding futures
    (wake at zero); `stop_on_exception` also wakes at the first future that raised."""

    def __init__(self, countdown=None, stop_on_exception=False):
        self.event = threading.Event()
        self.finished_futures = []
        self.lock = threading.Lock()
        self.countdown = countdown
        self.stop_on_exception = stop_on_exception

    def completed(self, future, raised):
        with self.lock:
            self.finished_futures.append(future)
            if self.countdown is None or (raised and self.stop_on_exception):
                self.event.set()
                return
            self.countdown -= 1
            if not self.countdown:
                self.event.set()


def _lock_all(futures):
    """The futures sorted so that every caller takes their conditions in one order (and so
    cannot deadlock against another)."""
    return sorted(futures, key=id)


def _create_and_install_waiters(fs, return_when):
    if return_when in (_AS_COMPLETED, FIRST_COMPLETED):
        waiter = _Waiter()
    elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
        outstanding = sum(f._state not in _COMPLETE_STATES for f in fs)
        waiter = _Waiter(outstanding, return_when == FIRST_EXCEPTION)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def _hand_out(batch, waiter, *watched):
    """Yields the futures of `batch` (a list, taken from its end), each first forgotten by
    the sets in `watched` and freed from `waiter`; the list holds the only reference the
    generator keeps, so a future the caller drops can go."""
    while batch:
        future = batch[-1]
        for group in watched:
            group.remove(future)
        with future._condition:
            future._waiters.remove(waiter)
        del future
        yield batch.pop()


def as_completed(fs, timeout=None):
    """Yields the futures of `fs` (duplicates once) as they complete, the already complete
    ones first. TimeoutError when `timeout` seconds pass (from the call) with some still
    outstanding."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    ordered = _lock_all(fs)
    for f in ordered:
        f._condition.acquire()
    try:
        ready = list({f for f in fs if f._state in _COMPLETE_STATES})
        outstanding = fs.difference(ready)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finally:
        for f in ordered:
            f._condition.release()
    del ordered
    try:
        yield from _hand_out(ready, waiter, fs)
        while outstanding:
            if timeout is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(outstanding), total))
            waiter.event.wait(left)
            with waiter.lock:
                batch = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # _hand_out takes from the end: reversed, they come in completion order
            batch.reverse()
            yield from _hand_out(batch, waiter, fs, outstanding)
    finally:
        _uninstall_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _raised(future):
    return not future.cancelled() and future.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits, at most `timeout` seconds, until the futures of `fs` meet `return_when`: all
    complete (ALL_COMPLETED), any complete (FIRST_COMPLETED), or all complete or any raised
    (FIRST_EXCEPTION). Gives the sets (done, not_done) as a named pair."""
    fs = set(fs)
    ordered = _lock_all(fs)
    for f in ordered:
        f._condition.acquire()
    try:
        done = {f for f in fs if f._state in _COMPLETE_STATES}
        if done:
            met = (len(done) == len(fs)
                   or return_when == FIRST_COMPLETED
                   or (return_when == FIRST_EXCEPTION and any(_raised(f) for f in done)))
            if met:
                return DoneAndNotDoneFutures(done, fs - done)
        elif not fs:
            return DoneAndNotDoneFutures(done, set())
        waiter = _create_and_install_waiters(fs, return_when)
    finally:
        for f in ordered:
            f._condition.release()
    waiter.event.wait(timeout)
    _uninstall_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ---------------------------------------------------------------------------------------------
# The future

def _settle(future, timeout):
    # condition held: waits, at most `timeout` seconds, for an outcome; gives the state then
    if future._state not in _DONE_STATES:
        future._condition.wait(timeout)
    return future._state


def _conclude(future, result, exception):
    # condition held: the outcome stored, the waiters and the blocked threads told
    future._result = result
    future._exception = exception
    future._state = FINISHED
    for waiter in future._waiters:
        waiter.completed(future, exception is not None)
    future._condition.notify_all()


class Future:
    """Stands for the outcome of a call that may not have run yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head, self._exception.__class__.__name__)
            return '%s returned %s>' % (head, self._result.__class__.__name__)

    # ---- asking

    def cancelled(self):
        """Whether it was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Whether the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether it has an outcome or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if not self._exception:
            return self._result
        try:
            raise self._exception
        finally:
            # the traceback will hold this frame: do not let it hold the future too
            self = None

    def result(self, timeout=None):
        """The call's value, waiting at most `timeout` seconds for it. Raises what the call
        raised, CancelledError, or TimeoutError when the time runs out."""
        try:
            with self._condition:
                state = _settle(self, timeout)
                if state in _CANCELLED_STATES:
                    raise CancelledError()
                if state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            # as in __get_result: a raised exception's frames must not keep the future
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result() does."""
        with self._condition:
            state = _settle(self, timeout)
            if state in _CANCELLED_STATES:
                raise CancelledError()
            if state == FINISHED:
                return self._exception
            raise TimeoutError()

    def add_done_callback(self, fn):
        """Calls fn(future) once it is done (now, if it already is). An exception from fn is
        logged and otherwise ignored."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    # ---- changing (cancel for everyone; the rest for executors)

    def cancel(self):
        """Cancels the call unless it is running or done; says whether the future ends up
        cancelled."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: marks the future running and gives True,
        or, when it was cancelled, tells its waiters and gives False."""
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.completed(self, False)
                return False
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: the call returned `result`."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            _conclude(self, result, None)
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised `exception`."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            _conclude(self, None, exception)
        self._invoke_callbacks()


    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------------------------------------
# Executors

def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            # a map() result given up on (timeout, or the consumer went away) is not run
            fut.cancel()
    finally:
        # the exception's traceback holds this frame: drop the future from it
        del fut


class Executor:
    """The interface of executors: submit() a call and get its Future; map(); shutdown(),
    also on leaving a with block."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and gives the Future of its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with every call submitted at once. The iterator gives
        the results in order; a call's exception is raised where its result would come, and
        TimeoutError when a result is not there `timeout` seconds after this call."""
        if timeout is not None:
            deadline = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # a separate generator, so that the calls are submitted now rather than at the
        # first next()
        def result_iterator():
            try:
                # popped from the end, so each future is dropped once given out
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once the pending calls are done (waiting for them
        when `wait`); cancel_futures cancels those not started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

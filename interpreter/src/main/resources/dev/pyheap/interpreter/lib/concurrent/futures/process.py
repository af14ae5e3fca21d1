"""ProcessPoolExecutor: calls run in worker processes (multiprocessing, "spawn").

Workers are started as calls arrive, up to max_workers, and kept (a process is a new JVM). The
executor holds the calls not yet sent; at most max_workers + 1 are on the call queue at a time, so
a call still held can be cancelled, and one sent is RUNNING. A thread of the executor takes the
results off the result queue, completes the futures and sends more calls; it also watches the
workers, and a worker that ended without being asked to (killed, os._exit) breaks the pool: every
pending future fails with BrokenProcessPool, and so does any later submit. An exception a call
raised comes back with the worker's traceback text as its __cause__ (_RemoteTraceback)."""

import collections
import itertools
import os
import queue
import threading
import traceback
import weakref
from functools import partial

from concurrent.futures import _base
from concurrent.futures.thread import _WorkItem
import multiprocessing as mp

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

EXTRA_QUEUED_CALLS = 1
_executors = weakref.WeakSet()
_global_shutdown = False


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for executor in list(_executors):
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly: the pool cannot run calls any more."""


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """A worker's loop: (work id, fn, args, kwargs) in, (work id, exception, result) out."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            result_queue.put(('init-failed', os.getpid(), None))
            return
    done = 0
    while True:
        call = call_queue.get()
        if call is None:
            result_queue.put(('exit', os.getpid(), None))
            return
        work_id, fn, args, kwargs = call
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            result_queue.put((work_id, _ExceptionWithTraceback(e, e.__traceback__), None))
        else:
            try:
                result_queue.put((work_id, None, r))
            except BaseException as e:
                result_queue.put((work_id, _ExceptionWithTraceback(e, e.__traceback__), None))
        del call, fn, args, kwargs
        done += 1
        if max_tasks is not None and done >= max_tasks:
            result_queue.put(('exit', os.getpid(), None))
            return


class ProcessPoolExecutor(_base.Executor):
    """An executor running calls in a pool of worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is None:
            mp_context = mp.get_context()
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._call_queue = mp_context.SimpleQueue()
        self._result_queue = mp_context.Queue()
        self._processes = {}
        self._idle = 0
        self._pending = {}
        self._queued = collections.deque()
        self._in_flight = 0
        self._ids = itertools.count()
        self._lock = threading.RLock()
        self._shutdown = False
        self._broken = False
        self._manager = None

    def _start_worker(self):
        p = self._mp_context.Process(
            target=_process_worker,
            args=(self._call_queue, self._result_queue, self._initializer, self._initargs,
                  self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def _feed(self):
        """Sends held calls while fewer than max_workers + 1 are out (the lock held)."""
        while self._queued and self._in_flight < self._max_workers + EXTRA_QUEUED_CALLS:
            work_id = self._queued.popleft()
            item = self._pending[work_id]
            if not item.future.set_running_or_notify_cancel():
                del self._pending[work_id]
                continue
            self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
            self._in_flight += 1

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            work_id = next(self._ids)
            self._pending[work_id] = _WorkItem(f, fn, args, kwargs)
            self._queued.append(work_id)
            # a worker more when none is idle
            if len(self._processes) < self._max_workers and self._in_flight >= len(self._processes):
                self._start_worker()
            self._feed()
            if self._manager is None:
                _executors.add(self)
                self._manager = threading.Thread(target=self._manage, daemon=True)
                self._manager.start()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _manage(self):
        """The executor's thread: results to futures, more calls out, dead workers noticed."""
        while True:
            with self._lock:
                if self._shutdown and not self._pending and not self._processes:
                    return
                if self._shutdown and not self._pending and not self._queued:
                    for _ in range(len(self._processes)):
                        self._call_queue.put(None)
                    self._shutdown = 'stopping'
            try:
                work_id, exc, result = self._result_queue.get(timeout=0.1)
            except queue.Empty:
                self._check_workers()
                continue
            with self._lock:
                if work_id in ('exit', 'init-failed'):
                    p = self._processes.pop(exc, None)
                    if p is not None:
                        p.join()
                    if work_id == 'init-failed':
                        self._break('A child process terminated abruptly, the process pool is not usable anymore')
                        return
                    if self._pending and len(self._processes) < self._max_workers and not self._shutdown == 'stopping':
                        self._start_worker()
                    continue
                item = self._pending.pop(work_id, None)
                self._in_flight -= 1
                self._feed()
            if item is not None:
                if exc is not None:
                    item.future.set_exception(exc)
                else:
                    item.future.set_result(result)

    def _check_workers(self):
        with self._lock:
            for pid, p in list(self._processes.items()):
                if p.exitcode is not None:
                    self._break('A child process terminated abruptly, the process pool is not usable anymore')
                    return

    def _break(self, message):
        self._broken = message
        for p in self._processes.values():
            if p.exitcode is None:
                p.terminate()
        for item in self._pending.values():
            if not item.future.done():
                item.future.set_exception(BrokenProcessPool(
                    'A process in the process pool was terminated abruptly '
                    'while the future was running or pending.'))
        self._pending.clear()
        self._queued.clear()
        self._processes.clear()
        self._shutdown = self._shutdown or True

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls sent chunksize at a time to the workers."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(partial(_process_chunk, fn),
                              _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            if cancel_futures:
                for work_id in list(self._queued):
                    item = self._pending.pop(work_id, None)
                    if item is not None:
                        item.future.cancel()
                self._queued.clear()
            if not self._shutdown:
                self._shutdown = True
            manager = self._manager
        if manager is not None and wait:
            manager.join()
            for p in list(self._processes.values()):
                p.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

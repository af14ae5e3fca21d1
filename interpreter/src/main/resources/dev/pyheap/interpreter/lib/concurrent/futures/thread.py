"""ThreadPoolExecutor: runs the submitted calls on at most max_workers threads.

The executor and its workers share one SimpleQueue of _WorkItems (a Future plus its call).
submit() queues an item and then, unless a worker says it is idle (each worker releases
`_idle_semaphore` after every item), starts one more thread while below max_workers. None on
the queue is the stop signal: a worker that takes it while the executor (or the interpreter)
is shutting down, or once the executor is gone, puts it back for the next worker and ends.

Workers reach their executor only through a weak reference whose callback queues the stop
signal, so an executor nobody holds any more lets its threads end. At interpreter exit,
before threading joins the non-daemon threads, every queue gets the signal and every worker
is joined (through threading's atexit hook list, `_register_atexit`).
"""

import itertools
import os
import queue
import threading
import types
import weakref

from concurrent.futures import _base

# each live worker thread -> its executor's queue, for the exit hook
_threads_queues = weakref.WeakKeyDictionary()
_shutdown = False
# taken by submit() too, so that no item is queued after the exit hook ran
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    pairs = list(_threads_queues.items())
    for _, work_queue in pairs:
        work_queue.put(None)
    for thread, _ in pairs:
        thread.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """A call waiting for a worker, and the Future of its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        # no local may name the future: the exception's traceback holds this frame, and a
        # future reachable from its own exception would be a cycle
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # nor the item (and the call's arguments), for the same reason
            self = None
        else:
            self.future.set_result(outcome)

    __class_getitem__ = classmethod(types.GenericAlias)


def _stop_requested(executor):
    return _shutdown or executor is None or executor._shutdown


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is None:
                executor = executor_reference()
                if _stop_requested(executor):
                    if executor is not None:
                        executor._shutdown = True
                    # pass the signal on to the next worker
                    work_queue.put(None)
                    return
                del executor
                continue
            item.run()
            # drop the finished call (and its arguments) before sleeping on the queue
            del item
            executor = executor_reference()
            if executor is not None:
                executor._idle_semaphore.release()
            del executor
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker's initializer failed: the pool runs nothing any more."""


def _drain(work_queue):
    """The work items still queued, taken off the queue (stop signals dropped)."""
    while True:
        try:
            item = work_queue.get_nowait()
        except queue.Empty:
            return
        if item is not None:
            yield item


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on a pool of threads."""

    # numbers the pools for their threads' names: ThreadPoolExecutor-0_0, -1_0, ...
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """max_workers defaults to the cores plus four, at most 32 (the calls are expected
        to wait for I/O rather than compute); initializer(*initargs) runs first in each
        worker."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix
                                    or "ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # an idle worker will take the new item: no thread needed
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return

        def weakref_cb(_, q=self._work_queue):
            q.put(None)

        worker = threading.Thread(
            name='%s_%d' % (self._thread_name_prefix or self, count),
            target=_worker,
            args=(weakref.ref(self, weakref_cb), self._work_queue,
                  self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        _threads_queues[worker] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # the calls still queued fail with the same error
            for item in _drain(self._work_queue):
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # what no worker has taken yet never runs
                for item in _drain(self._work_queue):
                    item.future.cancel()
            # wakes one worker, which passes the signal on
            self._work_queue.put(None)
        if wait:
            for worker in self._threads:
                worker.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

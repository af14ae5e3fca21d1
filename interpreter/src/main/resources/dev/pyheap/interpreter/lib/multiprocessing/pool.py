"""Pools of workers: Pool (processes) and ThreadPool (threads) with CPython's API: apply,
apply_async, map, map_async, imap, imap_unordered, starmap, starmap_async, close, terminate, join,
the with-statement (which terminates).

Workers are started once and kept for the pool's life (a process is a JVM: seconds to start), each
taking tasks from one queue and putting results on another; maxtasksperchild ends a worker after
that many tasks and a new one takes its place. A task is a batch (a chunk of map's items); its
results are handed to the job's result object by a thread of the pool. An exception raised by a
worker comes back with the worker's traceback text as its __cause__ (RemoteTraceback)."""

import collections
import itertools
import os
import queue
import threading
import time
import traceback

from . import util
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    """The text of a worker's traceback, the __cause__ of the exception it raised."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception with its traceback as text, pickled so that it is rebuilt with it as __cause__."""

    def __init__(self, exc, tb):
        tb = traceback.format_exception(type(exc), exc, tb)
        tb = ''.join(tb)
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """A result or exception that could not be pickled to cross back."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    """A worker's loop: run tasks from inqueue, put (job, i, (success, value)) on outqueue."""
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1
    outqueue.put(('exit', os.getpid() if wrap_exception else threading.get_ident(), None))


def _helper_reraises_exception(ex):
    raise ex


class Pool:
    """A pool of worker processes."""
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._pool = []
        self._state = INIT
        if context is None:
            from .context import _default_context
            context = _default_context.get_context()
        self._ctx = context
        self._setup_queues()
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._workers_lock = threading.Lock()
        for _ in range(processes):
            self._start_worker()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()
        self._state = RUN

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()
        self._quick_put = self._inqueue.put

    def _start_worker(self):
        w = self.Process(self._ctx, target=worker,
                         args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                               self._maxtasksperchild, self._wrap_exception))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _worker_exited(self, ident):
        with self._workers_lock:
            for w in self._pool:
                if w.ident == ident:
                    # a process is reaped here; a thread is joined by join() or terminate() alone
                    # (two joins of one thread at once are not safe in this threading)
                    if self._wrap_exception:
                        w.join()
                    self._pool.remove(w)
                    break
            if self._state == RUN and self._maxtasksperchild is not None:
                self._start_worker()

    def _handle_results(self):
        get = self._outqueue.get
        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                return
            job, i, obj = task
            if job == 'exit':
                self._worker_exited(i)
                continue
            try:
                self._cache[job]._set(i, obj)
            except KeyError:
                pass

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for its result."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable] computed by the workers, in order."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable] computed by the workers, in order."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """map() returning an AsyncResult."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """An iterator over func(x) for x in iterable, in order, as results arrive."""
        return self._imap(IMapIterator, func, iterable, chunksize, "Chunksize must be 1+, not {0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator over func(x) for x in iterable, in the order they complete."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize,
                          "Chunksize must be 1+, not {0!r}")

    def _imap(self, iterator_type, func, iterable, chunksize, message):
        self._check_running()
        if chunksize < 1:
            raise ValueError(message.format(chunksize))
        result = iterator_type(self)
        if chunksize == 1:
            tasks = ((func, (x,)) for x in iterable)
        else:
            tasks = ((mapstar, (batch,)) for batch in Pool._get_tasks(func, iterable, chunksize))
        n = 0
        for i, (f, args) in enumerate(tasks):
            self._quick_put((result._job, i, f, args, {}))
            n += 1
        result._set_length(n)
        if chunksize == 1:
            return result
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """func(*args, **kwds) in a worker; returns an AsyncResult at once."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._quick_put((result._job, 0, func, args, kwds))
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        for i, x in enumerate(task_batches):
            self._quick_put((result._job, i, mapper, (x,), {}))
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def close(self):
        """No more tasks: the workers end once the queued tasks are done."""
        if self._state == RUN:
            self._state = CLOSE
            for _ in range(len(self._pool)):
                self._quick_put(None)

    def terminate(self):
        """Ends the workers now, their tasks unfinished."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        with self._workers_lock:
            workers = list(self._pool)
        for w in workers:
            self._stop_worker(w)
        self._outqueue.put(None)
        self._result_handler.join()
        for w in workers:
            w.join()

    def _stop_worker(self, w):
        if w.exitcode is None:
            w.terminate()

    def join(self):
        """Waits for the workers to end (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        while True:
            with self._workers_lock:
                workers = list(self._pool)
            if not workers:
                break
            for w in workers:
                w.join()
            with self._workers_lock:
                for w in workers:
                    if w in self._pool and w.exitcode is not None:
                        self._pool.remove(w)
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult:
    """The result of apply_async: ready, successful, wait, get."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The result (waiting up to timeout: multiprocessing.TimeoutError), or the worker's exception raised."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async: a list filled chunk by chunk."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            # the first failure is the job's outcome; later chunks are only counted
            self._success = False
            self._value = result
        if self._number_left == 0:
            callback = self._callback if self._success else self._error_callback
            if callback:
                callback(self._value)
            del self._cache[self._job]
            self._event.set()
            self._pool = None


class IMapIterator:
    """The iterator imap returns: results in order, next(timeout)."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._cache.pop(self._job, None)
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered returns: results as they complete."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (objects are passed, not pickled)."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from .dummy import DummyProcess
        return DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._quick_put = self._inqueue.put

    def _stop_worker(self, w):
        pass

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        while True:
            try:
                self._inqueue.get(block=False)
            except queue.Empty:
                break
        with self._workers_lock:
            workers = list(self._pool)
        for _ in workers:
            self._inqueue.put(None)
        for w in workers:
            w.join()
        self._outqueue.put(None)
        self._result_handler.join()

"""Running calls asynchronously: a Future stands for a call's result; an Executor runs calls and
hands out their Futures; ThreadPoolExecutor runs them on a pool of threads, ProcessPoolExecutor
in worker processes (imported on first use). wait() and as_completed() watch several Futures at once.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
                                      Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    if name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor as pe
        globals()['ProcessPoolExecutor'] = pe
        return pe
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Helpers shared by the package: the logger, the standard streams' flush, what runs at exit."""

import atexit
import sys
import threading

from . import process

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr',
           'is_exiting', 'Finalize']

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False
_exiting = False


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """The package's logger, 'multiprocessing'."""
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
    return _logger


def log_to_stderr(level=None):
    """Makes the package's logger write to stderr."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def is_exiting():
    return _exiting or _exiting is None


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


_finalizers = []


class Finalize:
    """Calls callback(*args, **kwargs) once: when called, or at exit (exitpriority not None)."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._exitpriority = exitpriority
        if exitpriority is not None:
            _finalizers.append(self)

    def __call__(self, wr=None):
        callback, self._callback = self._callback, None
        if callback is None:
            return None
        try:
            _finalizers.remove(self)
        except ValueError:
            pass
        return callback(*self._args, **self._kwargs)

    def cancel(self):
        self._callback = None
        try:
            _finalizers.remove(self)
        except ValueError:
            pass

    def still_active(self):
        return self._callback is not None


def _run_finalizers(minpriority=None):
    pending = [f for f in _finalizers if minpriority is None or f._exitpriority >= minpriority]
    pending.sort(key=lambda f: f._exitpriority, reverse=True)
    for f in pending:
        try:
            f()
        except Exception:
            import traceback
            traceback.print_exc()


def _exit_function():
    """At exit: daemonic children terminated, the others joined, the finalizers run."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    _run_finalizers(0)
    for p in process.active_children():
        if p.daemon:
            p._popen.terminate()
    for p in process.active_children():
        p.join()
    _run_finalizers()


atexit.register(_exit_function)

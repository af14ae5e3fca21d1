"""The signal module, as CPython 3.11's on Linux for what a program can do without the operating
system's signals reaching it: the constants (Signals, Handlers, Sigmasks as IntEnums, NSIG, the
itimer names), signal and getsignal (the table of handlers, CPython's checks and messages: SIGKILL
and SIGSTOP refused with EINVAL), default_int_handler, strsignal, valid_signals, and raise_signal,
which delivers the signal to the program at once: its Python handler is called with the signal
number and the current frame, SIG_IGN drops it, SIGINT's default raises KeyboardInterrupt. Signals
sent from outside (Ctrl-C, kill) do not reach a handler here: the interpreter runs on the JVM,
which keeps them; a terminating signal's default action ends the process by that signal at once,
as the kernel ends CPython's (a stopping signal's does nothing).
"""

import sys as _sys
from enum import IntEnum as _IntEnum

_SIGNALS = [('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
            ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11),
            ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16),
            ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
            ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
            ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29),
            ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64)]

Signals = _IntEnum('Signals', _SIGNALS, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


ItimerError.__module__ = 'signal'

_DESCRIPTIONS = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
                 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
                 10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
                 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
                 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
                 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
                 24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
                 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
                 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call'}


class _BuiltinHandler:
    """default_int_handler: a built-in function in CPython (so its repr says), raising KeyboardInterrupt."""
    __slots__ = ()
    __name__ = __qualname__ = 'default_int_handler'

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _BuiltinHandler()

# what each signal's handler is at start-up: SIGINT's is default_int_handler, SIGPIPE and SIGXFSZ
# are ignored (CPython sets them so), the others SIG_DFL
_handlers = {n: Handlers.SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = Handlers.SIG_IGN
_handlers[25] = Handlers.SIG_IGN


def _int(value):
    if not hasattr(type(value), '__index__') or isinstance(value, float):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


def _number(signalnum):
    n = _int(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def _enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def signal(signalnum, handler, /):
    n = _number(signalnum)
    if handler is not Handlers.SIG_IGN and handler is not Handlers.SIG_DFL and not callable(handler):
        if handler in (0, 1) and type(handler) is int:
            handler = Handlers(handler)
        else:
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in (9, 19):
        raise OSError(22, 'Invalid argument')
    old = _handlers[n]
    _handlers[n] = handler
    return old


def getsignal(signalnum, /):
    return _handlers[_number(signalnum)]


def strsignal(signalnum, /):
    n = _number(signalnum)
    if n in _DESCRIPTIONS:
        return _DESCRIPTIONS[n]
    if 34 <= n <= 64:
        return f'Real-time signal {n - 34}'
    return f'Unknown signal {n}'


def valid_signals():
    return {_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Delivers the signal to this program now: its handler runs, or its default action."""
    _deliver(_number(signalnum), _sys._getframe(1))


def _deliver(n, frame):
    """Signal n reaching the program while frame runs (os.kill of its own pid comes here too)."""
    handler = _handlers[n]
    if handler == Handlers.SIG_IGN and type(handler) is not _BuiltinHandler:
        return
    if handler == Handlers.SIG_DFL and type(handler) is not _BuiltinHandler:
        if n in (17, 18, 23, 28):  # ignored by default
            return
        if n in (19, 20, 21, 22):  # the default action stops the process: a JVM is not stopped here
            return
        # the default action ends the process by the signal, at once (no finally, no atexit, no
        # flush), so a parent sees -n and a shell 128 + n
        import _subprocess
        _subprocess.end_by_signal(n)
    handler(n, frame)


def pthread_kill(thread_id, signalnum, /):
    import threading
    if thread_id != threading.main_thread().ident:
        raise OSError(3, 'No such process')
    _deliver(_number(signalnum), _sys._getframe(1))

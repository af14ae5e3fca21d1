"""faulthandler module: dumps the Python tracebacks of the program's threads.

The tracebacks are written to a file descriptor (an int, or the fileno() of a file object, which
is flushed first) in CPython's format, as faulthandler.c writes them: one block per thread,
newest thread first, "Current thread 0x..." for the calling one. dump_traceback_later dumps from a
watchdog thread of its own (which is not listed) after a timeout, register dumps when a signal
arrives (through the signal module, so only between two bytecodes of the main thread).

This runtime cannot crash on a fault the way C code does (a Java error is an exception), so
enable() records its file and all_threads for is_enabled() and for a fatal error the runtime
reports, but no signal handler is installed for SIGSEGV, SIGFPE, SIGABRT, SIGBUS or SIGILL."""

import os as _os
import sys as _sys
import _thread

_MAX_FRAME_DEPTH = 100
_MAX_STRING_LENGTH = 500

# enable()'s state: (fd, file object kept alive, all_threads) or None
_enabled = None
# dump_traceback_later's watchdog: a lock the watchdog waits on, released to cancel it
_later = None
# register()'s handlers: signum to (previous handler, fd, file, all_threads, chain)
_registered = {}


def _file_descriptor(file):
    """The descriptor of `file` (None: sys.stderr), flushing a file object first."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descripter')
        return file, None
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError('file is not a valid file descripter')
    try:
        file.flush()
    except Exception:
        pass
    return fd, file


def _truncated(text):
    if len(text) > _MAX_STRING_LENGTH:
        return text[:_MAX_STRING_LENGTH] + '...'
    return text


def _frame_lines(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAME_DEPTH:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lineno = frame.f_lineno
        lines.append('  File "%s", line %s in %s\n' % (
            _truncated(code.co_filename), '???' if lineno is None else lineno, _truncated(code.co_name)))
        frame = frame.f_back
        depth += 1
    return lines


def _dump(fd, all_threads, current, own_frame, header=''):
    """Writes the tracebacks: every thread's but the watchdog's when all_threads, else the
    caller's frame stack; `current` is the ident labelled as the current thread, whose stack
    starts at own_frame (the frame that called into this module)."""
    text = [header]
    frames = _sys._current_frames()
    if current is not None:
        frames[current] = own_frame
    if all_threads:
        first = True
        # the runtime's idents grow as threads start: the newest first, as CPython lists them
        for ident in sorted(frames, reverse=True):
            if ident == _watchdog_ident():
                continue
            if not first:
                text.append('\n')
            first = False
            label = 'Current thread' if ident == current else 'Thread'
            text.append('%s 0x%016x (most recent call first):\n' % (label, ident))
            text.extend(_frame_lines(frames[ident]))
    else:
        text.append('Stack (most recent call first):\n')
        text.extend(_frame_lines(own_frame))
    _os.write(fd, ''.join(text).encode('utf-8', 'backslashreplace'))


def _watchdog_ident():
    return _later[1] if _later is not None else None


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads if all_threads is True, into file."""
    fd, _ = _file_descriptor(file)
    _dump(fd, all_threads, _thread.get_ident(), _sys._getframe(1))


def enable(file=None, all_threads=True):
    """Enable the fault handler."""
    global _enabled
    fd, keep = _file_descriptor(file)
    _enabled = (fd, keep, bool(all_threads))


def disable():
    """Disable the fault handler."""
    global _enabled
    was = _enabled is not None
    _enabled = None
    return was


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled is not None


def _format_timeout(timeout):
    us = int(timeout * 1e6 + 0.5) if timeout >= 0 else 0
    seconds, us = divmod(us, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = 'Timeout (%d:%02d:%02d' % (hours, minutes, seconds)
    if us:
        text += '.%06d' % us
    return text + ')!\n'


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback of all threads in timeout seconds,
    or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
    global _later
    timeout = float(timeout)
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    if timeout * 1e6 >= 2 ** 63:
        raise OverflowError('timeout value is too large')
    fd, keep = _file_descriptor(file)
    cancel_dump_traceback_later()
    cancel = _thread.allocate_lock()
    cancel.acquire()
    state = [cancel, None, keep]
    header = _format_timeout(timeout)

    def watchdog():
        state[1] = _thread.get_ident()
        started.release()
        while not cancel.acquire(True, timeout):
            _dump(fd, True, None, None, header)
            if exit:
                _os._exit(1)
            if not repeat:
                break

    started = _thread.allocate_lock()
    started.acquire()
    _later = state
    _thread.start_new_thread(watchdog, ())
    started.acquire()


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _later
    state, _later = _later, None
    if state is not None:
        state[0].release()


def register(signum, file=None, all_threads=True, chain=False):
    """Register a handler for the signal 'signum': dump the traceback of the current thread,
    or of all threads if all_threads is True, into file."""
    import signal
    if signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL):
        raise RuntimeError('signal %d cannot be registered, use enable() instead' % signum)
    fd, keep = _file_descriptor(file)

    def handler(sig, frame):
        _dump(fd, all_threads, _thread.get_ident(), frame)
        if chain and callable(previous):
            previous(sig, frame)

    previous = _registered[signum][0] if signum in _registered else signal.getsignal(signum)
    signal.signal(signum, handler)
    _registered[signum] = (previous, keep)


def unregister(signum):
    """Unregister the handler of the signal 'signum' registered by register()."""
    import signal
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[0] if entry[0] is not None else signal.SIG_DFL)
    return True

"""The Unix event loop: the selector loop with signal handlers, AF_UNIX servers and connections,
pipe transports and subprocesses; the child watchers and the default policy.

pyheap's child processes and their pipes are the JVM's (subprocess module): their pipes are not
descriptors a selector can watch, so a pipe transport reads or writes in a thread of its own and
hands its results to the loop with call_soon_threadsafe, and a child's exit is waited for in a
thread too (ThreadedChildWatcher, the default of 3.11 as well). Signals reach a program only through
signal.raise_signal/pthread_kill (the signal module's handlers): a handler added with
add_signal_handler is run as a callback of the loop, woken through the self-pipe."""

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
           'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher', 'DefaultEventLoopPolicy')

import collections
import errno
import io
import itertools
import os
import selectors
import signal
import socket
import stat
import subprocess
import sys
import threading
import warnings

from . import base_events
from . import base_subprocess
from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import selector_events
from . import tasks
from . import transports


def _sighandler_noop(signum, frame):
    """Dummy signal handler."""
    pass


def _check_no_ssl(ssl, ssl_handshake_timeout, ssl_shutdown_timeout):
    if ssl_handshake_timeout is not None and not ssl:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None and not ssl:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    if ssl:
        raise NotImplementedError('pyheap: asyncio has no TLS transports (ssl=)')


def waitstatus_to_exitcode(status):
    try:
        return os.waitstatus_to_exitcode(status)
    except ValueError:
        return status


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector event loop with Unix's additions."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}

    def close(self):
        super().close()
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _handle_signal(self, sig):
        # runs in the signal module's handler: the callback is scheduled and the selector woken
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._add_callback_signalsafe(handle)

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in the loop when the signal arrives."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            raise ValueError('set_wakeup_fd only works in main thread of the main interpreter')
        handle = events.Handle(callback, args, self, None)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, lambda signum, frame: self._handle_signal(signum))
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def remove_signal_handler(self, sig):
        """Remove the handler of the signal: whether there was one."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        return _ThreadedReadPipeTransport(self, pipe, protocol, waiter, extra)

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        return _ThreadedWritePipeTransport(self, pipe, protocol, waiter, extra)

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr, bufsize,
                                         extra=None, **kwargs):
        waiter = self.create_future()
        transp = _UnixSubprocessTransport(self, protocol, args, shell, stdin, stdout, stderr, bufsize,
                                          waiter=waiter, extra=extra, **kwargs)
        transp._watch_exit()
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transp.close()
            await transp._wait()
            raise
        return transp

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Connect to the AF_UNIX socket at path (or use sock): a (transport, protocol) pair."""
        assert server_hostname is None or isinstance(server_hostname, str)
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        _check_no_ssl(ssl, ssl_handshake_timeout, ssl_shutdown_timeout)
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
            sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory, ssl, server_hostname,
                                                       ssl_handshake_timeout=ssl_handshake_timeout,
                                                       ssl_shutdown_timeout=ssl_shutdown_timeout)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None,
                                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
        """A Server listening on the AF_UNIX socket at path (a stale socket file there is removed)."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        _check_no_ssl(ssl, ssl_handshake_timeout, ssl_shutdown_timeout)
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if path[0] not in (0, '\x00'):
                try:
                    if stat.S_ISSOCK(os.stat(path).st_mode):
                        os.remove(path)
                except FileNotFoundError:
                    pass
                except OSError as err:
                    base_events._log('ERROR', f'Unable to check or remove stale UNIX socket {path!r}: {err!r}')
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
                raise
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('path was not specified, and no sock specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
        server = base_events.Server(self, [sock], protocol_factory, ssl, backlog, ssl_handshake_timeout,
                                    ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server


class _ThreadedReadPipeTransport(transports.ReadTransport):
    """Reads a pipe in a thread of its own; the data comes to the protocol as callbacks of the loop."""

    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._protocol = protocol
        self._closing = False
        self._paused = False
        self._held = collections.deque()  # data that came while reading was paused
        self._eof = False
        self._read = getattr(pipe, 'read1', None) or pipe.read
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._start_thread)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        return '<{}>'.format(' '.join(info))

    def _start_thread(self):
        if self._closing:
            return
        threading.Thread(target=self._reader, name='asyncio-pipe-reader', daemon=True).start()

    def _reader(self):
        while True:
            try:
                data = self._read(self.max_size)
            except (OSError, ValueError):
                data = b''
            try:
                self._loop.call_soon_threadsafe(self._data_ready, data)
            except (RuntimeError, AttributeError):
                # the loop is closed (or the transport gone): nobody waits for the data
                return
            if not data:
                return

    def _data_ready(self, data):
        if self._closing and self._protocol is None:
            return
        if self._paused:
            self._held.append(data)
            return
        self._deliver(data)

    def _deliver(self, data):
        if self._closing:
            return
        if data:
            self._protocol.data_received(data)
            return
        self._eof = True
        try:
            self._protocol.eof_received()
        finally:
            self._close(None)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        while self._held and not self._paused and not self._closing:
            self._deliver(self._held.popleft())

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._close(None)

    def __del__(self, _warn=warnings.warn):
        if self._pipe is not None:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            self._pipe.close()

    def _close(self, exc):
        self._closing = True
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            if not self._eof:
                # the reading thread ends with the pipe
                try:
                    self._pipe.close()
                except OSError:
                    pass
            self._pipe = None
            self._protocol = None
            self._loop = None


class _ThreadedWritePipeTransport(transports._FlowControlMixin, transports.WriteTransport):
    """Writes a pipe in a thread of its own: write() queues the data (the buffer the flow control
    counts) and the thread takes it out in order; close() lets the queue drain first."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['pipe'] = pipe
        self._pipe = pipe
        self._protocol = protocol
        self._buffer_size = 0
        self._closing = False
        self._conn_lost = 0
        self._queue = collections.deque()
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._writer, name='asyncio-pipe-writer', daemon=True)
        self._thread.start()
        self._loop.call_soon(self._protocol.connection_made, self)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'bufsize={self._buffer_size}')
        return '<{}>'.format(' '.join(info))

    def _writer(self):
        # None in the queue: close the pipe and stop
        while True:
            with self._wake:
                while not self._queue:
                    self._wake.wait()
                data = self._queue.popleft()
            if data is None:
                exc = None
                try:
                    self._pipe.close()
                except OSError as e:
                    exc = e
                self._report(self._call_connection_lost, exc)
                return
            try:
                self._pipe.write(data)
                self._pipe.flush()
            except (BrokenPipeError, ConnectionResetError, OSError, ValueError) as exc:
                self._report(self._write_failed, exc)
                return
            self._report(self._written, len(data))

    def _report(self, callback, *args):
        try:
            self._loop.call_soon_threadsafe(callback, *args)
        except (RuntimeError, AttributeError):
            pass

    def _written(self, n):
        self._buffer_size -= n
        self._maybe_resume_protocol()

    def _write_failed(self, exc):
        if self._conn_lost:
            return
        self._conn_lost += 1
        self._buffer_size = 0
        self._closing = True
        self._call_connection_lost(exc)

    def get_write_buffer_size(self):
        return self._buffer_size

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        data = bytes(data)
        if not data:
            return
        if self._conn_lost or self._closing:
            if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                base_events._log('WARNING', 'pipe closed by peer or os.write(pipe, data) raised exception.')
            self._conn_lost += 1
            return
        self._buffer_size += len(data)
        with self._wake:
            self._queue.append(data)
            self._wake.notify()
        self._maybe_pause_protocol()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        with self._wake:
            self._queue.append(None)
            self._wake.notify()

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._closing = True
        with self._wake:
            self._queue.clear()
            self._queue.append(None)
            self._wake.notify()

    def __del__(self, _warn=warnings.warn):
        if self._pipe is not None and not self._closing:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)

    def _call_connection_lost(self, exc):
        if self._protocol is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child started with subprocess.Popen; its exit is waited for in a thread."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                                      universal_newlines=False, bufsize=bufsize, **kwargs)

    def _watch_exit(self):
        proc = self._proc
        loop = self._loop

        def wait():
            returncode = proc.wait()
            try:
                loop.call_soon_threadsafe(self._exited, returncode)
            except RuntimeError:
                pass

        threading.Thread(target=wait, name=f'waitpid-{proc.pid}', daemon=True).start()

    def _exited(self, returncode):
        if self._loop is not None and self._returncode is None:
            self._process_exited(returncode)


class AbstractChildWatcher:
    """Watches child processes for their exit (deprecated since 3.12; here for the interface)."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        raise NotImplementedError()


class ThreadedChildWatcher(AbstractChildWatcher):
    """Waits for each child in a thread of its own (os.waitpid), then calls its handler through
    the running loop's call_soon_threadsafe."""

    def __init__(self):
        self._pid_counter = itertools.count(0)
        self._threads = {}

    def is_active(self):
        return True

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        pass

    def add_child_handler(self, pid, callback, *args):
        loop = events.get_running_loop()
        thread = threading.Thread(target=self._do_waitpid, name=f'waitpid-{next(self._pid_counter)}',
                                  args=(loop, pid, callback, args), daemon=True)
        self._threads[pid] = thread
        thread.start()

    def remove_child_handler(self, pid):
        return True

    def attach_loop(self, loop):
        pass

    def _do_waitpid(self, loop, expected_pid, callback, args):
        assert expected_pid > 0
        try:
            pid, status = os.waitpid(expected_pid, 0)
        except ChildProcessError:
            pid = expected_pid
            returncode = 255
        else:
            returncode = waitstatus_to_exitcode(status)
        if not loop.is_closed():
            loop.call_soon_threadsafe(callback, pid, returncode, *args)
        self._threads.pop(expected_pid)


# the other watchers of 3.11 differ in how they learn of an exit (SIGCHLD, pidfd); with the JVM's
# children only waiting works, so they all wait in threads
class SafeChildWatcher(ThreadedChildWatcher):
    pass


class FastChildWatcher(ThreadedChildWatcher):
    pass


class MultiLoopChildWatcher(ThreadedChildWatcher):
    pass


class PidfdChildWatcher(ThreadedChildWatcher):
    pass


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy with a watcher for child processes."""
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def get_child_watcher(self):
        if self._watcher is None:
            self._watcher = ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        assert watcher is None or isinstance(watcher, AbstractChildWatcher)
        self._watcher = watcher


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

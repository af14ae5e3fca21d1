"""The selector event loop: the loop waits in a selectors.DefaultSelector (epoll) for its registered
descriptors and timers; the socket operations (sock_recv, sock_sendall, sock_connect, sock_accept...)
try the non-blocking call first and, when it would block, register a reader or writer callback that
retries it once the selector reports the descriptor ready; transports wrap a connected socket for a
protocol (data_received, buffered writes with flow control, EOF and close).

Each registered descriptor's selector key holds a (reader, writer) pair of Handles; a ready
descriptor's handles go to the ready queue. A socketpair (the self-pipe) is always registered, so a
write to it from another thread or a signal handler (call_soon_threadsafe) wakes the selector."""

__all__ = 'BaseSelectorEventLoop',

import collections
import errno
import functools
import selectors
import socket
import warnings
import weakref

from . import base_events
from . import constants
from . import events
from . import futures
from . import protocols
from . import transports
from . import trsock


def _test_selector_event(selector, fd, event):
    # whether the selector watches fd for the event
    try:
        key = selector.get_key(fd)
    except KeyError:
        return False
    return bool(key.events & event)


# the connect() failures a Linux TCP socket reports asynchronously (through SO_ERROR once writable,
# as "Connect call failed"), which our sockets report from connect() itself
_ASYNC_CONNECT_ERRORS = frozenset({errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EHOSTUNREACH})


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop over a selector (the platform's default, epoll on Linux)."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = selectors.DefaultSelector()
        self._selector = selector
        self._make_self_pipe()
        self._transports = weakref.WeakValueDictionary()

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _make_datagram_transport(self, sock, protocol, address=None, waiter=None, extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address, waiter, extra)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close_self_pipe()
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _close_self_pipe(self):
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None
        self._internal_fds -= 1

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._internal_fds += 1
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def _process_self_data(self, data):
        pass

    def _read_from_self(self):
        while True:
            try:
                data = self._ssock.recv(4096)
                if not data:
                    break
                self._process_self_data(data)
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            # a full self-pipe already wakes the selector
            if self._debug:
                base_events._log('DEBUG', 'Fail to write a null byte into the self-pipe socket')

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=constants.SSL_HANDSHAKE_TIMEOUT,
                       ssl_shutdown_timeout=constants.SSL_SHUTDOWN_TIMEOUT):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock, sslcontext, server,
                         backlog, ssl_handshake_timeout, ssl_shutdown_timeout)

    def _accept_connection(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                           ssl_handshake_timeout=constants.SSL_HANDSHAKE_TIMEOUT,
                           ssl_shutdown_timeout=constants.SSL_SHUTDOWN_TIMEOUT):
        # up to backlog connections per readiness report
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    # out of descriptors: stop accepting for a while
                    self.call_exception_handler({
                        'message': 'socket.accept() out of system resource',
                        'exception': exc,
                        'socket': trsock.TransportSocket(sock),
                    })
                    self._remove_reader(sock.fileno())
                    self.call_later(constants.ACCEPT_RETRY_DELAY, self._start_serving, protocol_factory, sock,
                                    sslcontext, server, backlog, ssl_handshake_timeout, ssl_shutdown_timeout)
                else:
                    raise
            else:
                extra = {'peername': addr}
                self.create_task(self._accept_connection2(protocol_factory, conn, extra, sslcontext, server,
                                                          ssl_handshake_timeout, ssl_shutdown_timeout))

    async def _accept_connection2(self, protocol_factory, conn, extra, sslcontext=None, server=None,
                                  ssl_handshake_timeout=constants.SSL_HANDSHAKE_TIMEOUT,
                                  ssl_shutdown_timeout=constants.SSL_SHUTDOWN_TIMEOUT):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter=waiter, extra=extra, server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                context = {'message': 'Error on transport creation for incoming connection', 'exception': exc}
                if protocol is not None:
                    context['protocol'] = protocol
                if transport is not None:
                    context['transport'] = transport
                self.call_exception_handler(context)

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f'Invalid file object: {fd!r}') from None
        transport = self._transports.get(fileno)
        if transport and not transport.is_closing():
            raise RuntimeError(f'File descriptor {fd!r} is used by transport {transport!r}')

    def _add_handler(self, fd, event, callback, args):
        # the key's data is the (reader, writer) pair: the handle takes the event's place
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        slot = 0 if event == selectors.EVENT_READ else 1
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = [None, None]
            pair[slot] = handle
            self._selector.register(fd, event, tuple(pair))
        else:
            pair = list(key.data)
            old = pair[slot]
            pair[slot] = handle
            self._selector.modify(fd, key.events | event, tuple(pair))
            if old is not None:
                old.cancel()
        return handle

    def _remove_handler(self, fd, event):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        slot = 0 if event == selectors.EVENT_READ else 1
        pair = list(key.data)
        old = pair[slot]
        pair[slot] = None
        mask = key.events & ~event
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(pair))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_handler(fd, selectors.EVENT_READ, callback, args)

    def _remove_reader(self, fd):
        return self._remove_handler(fd, selectors.EVENT_READ)

    def _add_writer(self, fd, callback, *args):
        return self._add_handler(fd, selectors.EVENT_WRITE, callback, args)

    def _remove_writer(self, fd):
        return self._remove_handler(fd, selectors.EVENT_WRITE)

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._ensure_fd_no_transport(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        """Stop watching fd for reading: whether it was watched."""
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        """Stop watching fd for writing: whether it was watched."""
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    def _check_nonblocking(self, sock):
        base_events._check_ssl_socket(sock)
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    def _wait_readable(self, sock, fut, callback, *args):
        # retry the operation whenever sock is readable, until the future is done
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, callback, fut, sock, *args)
        fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))

    def _wait_writable(self, sock, fut, callback, *args):
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_writer(fd, callback, fut, sock, *args)
        fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))

    def _sock_read_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_reader(fd)

    def _sock_write_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_writer(fd)

    def _sock_retry(self, fut, sock, operation, *args):
        """One more try of a socket operation the selector reported ready for."""
        if fut.done():
            return
        try:
            result = operation(*args)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def _sock_read_op(self, sock, operation, *args):
        self._check_nonblocking(sock)
        try:
            return operation(*args)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_readable(sock, fut, self._sock_retry, operation, *args)
        return await fut

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from the socket."""
        return await self._sock_read_op(sock, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receive into buf: the number of bytes received."""
        return await self._sock_read_op(sock, sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram: (data, address)."""
        return await self._sock_read_op(sock, sock.recvfrom, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Receive a datagram into buf: (nbytes, address)."""
        if not nbytes:
            nbytes = len(buf)
        return await self._sock_read_op(sock, sock.recvfrom_into, buf, nbytes)

    async def sock_sendall(self, sock, data):
        """Send all of data, waiting while the socket's buffer is full."""
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        self._wait_writable(sock, fut, self._sock_sendall, memoryview(data), [n])
        return await fut

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to address: the number of bytes sent."""
        self._check_nonblocking(sock)
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_writable(sock, fut, self._sock_retry, sock.sendto, data, address)
        return await fut

    async def sock_connect(self, sock, address):
        """Connect the socket to address (a host name is resolved first)."""
        self._check_nonblocking(sock)
        if sock.family == socket.AF_INET or (base_events._HAS_IPv6 and sock.family == socket.AF_INET6):
            resolved = await self._ensure_resolved(address, family=sock.family, type=sock.type,
                                                   proto=sock.proto, loop=self)
            _, _, _, _, address = resolved[0]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        try:
            return await fut
        finally:
            fut = None

    def _sock_connect(self, fut, sock, address):
        tcp = sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            self._wait_writable(sock, fut, self._sock_connect_cb, address)
        except (SystemExit, KeyboardInterrupt):
            raise
        except OSError as exc:
            if tcp and exc.errno in _ASYNC_CONNECT_ERRORS:
                # Linux reports this once the socket is writable, one iteration of the loop later
                self._wait_writable(sock, fut, self._sock_connect_failed,
                                    OSError(exc.errno, f'Connect call failed {address}'))
            else:
                fut.set_exception(exc)
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            if tcp:
                # a non-blocking TCP connect() on Linux is in progress (EINPROGRESS) even over
                # loopback: the connection is complete when the socket is reported writable
                self._wait_writable(sock, fut, self._sock_connect_cb, address)
            else:
                fut.set_result(None)
        finally:
            fut = None

    def _sock_connect_failed(self, fut, sock, exc):
        if not fut.done():
            fut.set_exception(exc)

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        finally:
            fut = None

    async def sock_accept(self, sock):
        """Accept a connection: (conn, address), conn non-blocking."""
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        if fut.done():
            return
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            if not self._test_reading(sock.fileno()):
                self._wait_readable(sock, fut, self._sock_accept)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    def _test_reading(self, fd):
        return _test_selector_event(self._selector, fd, selectors.EVENT_READ)

    def _process_events(self, event_list):
        for key, mask in event_list:
            fileobj, (reader, writer) = key.fileobj, key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(fileobj)
                else:
                    self._add_callback(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(fileobj)
                else:
                    self._add_callback(writer)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()


def _bytes_like(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')


class _SelectorTransport(transports._FlowControlMixin, transports.Transport):
    """What the socket transports share: the socket's extra information, closing (after the
    buffered data is written), fatal errors, pausing the reading."""

    max_size = 256 * 1024  # the most one recv() asks for

    _buffer_factory = bytearray
    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)
        self._extra['socket'] = trsock.TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except socket.error:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = self._buffer_factory()
        self._conn_lost = 0  # how many times the connection was found lost (and writes ignored)
        self._closing = False
        self._paused = False
        if self._server is not None:
            self._server._attach()
        loop._transports[self._sock_fd] = self

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            reading = _test_selector_event(self._loop._selector, self._sock_fd, selectors.EVENT_READ)
            info.append('read=polling' if reading else 'read=idle')
            writing = _test_selector_event(self._loop._selector, self._sock_fd, selectors.EVENT_WRITE)
            info.append(f"write=<{'polling' if writing else 'idle'}, bufsize={self.get_write_buffer_size()}>")
        return '<{}>'.format(' '.join(info))

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)
        # else: _write_ready calls connection_lost once the buffer is written

    def __del__(self, _warn=warnings.warn):
        if self._sock is not None:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            self._sock.close()

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # an OSError (the peer reset the connection...) is the connection's end, not the program's error
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)

    def _lost_write(self):
        # a write after the connection was lost: dropped, and logged after a few
        if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
            base_events._log('WARNING', 'socket.send() raised exception.')
        self._conn_lost += 1


class _SelectorSocketTransport(_SelectorTransport):
    """A connected stream socket's transport."""

    _start_tls_compatible = True
    _sendfile_compatible = constants._SendfileMode.TRY_NATIVE

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._read_ready_cb = None
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        self._empty_waiter = None
        base_events._set_nodelay(self._sock)
        # the protocol learns of the connection, then reading starts, then the waiter is woken
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def set_protocol(self, protocol):
        if isinstance(protocol, protocols.BufferedProtocol):
            self._read_ready_cb = self._read_ready__get_buffer
        else:
            self._read_ready_cb = self._read_ready__data_received
        super().set_protocol(protocol)

    def _read_ready(self):
        self._read_ready_cb()

    def _read_ready__get_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not nbytes:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_ready__data_received(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # half-closed: no more reading, writing goes on
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        _bytes_like(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return
        if self._conn_lost:
            self._lost_write()
            return
        if not self._buffer:
            # nothing waits: send at once what the socket takes
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = data[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        assert self._buffer, 'Data should not be empty'
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            if self._empty_waiter is not None:
                self._empty_waiter.set_exception(exc)
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop._remove_writer(self._sock_fd)
                if self._empty_waiter is not None:
                    self._empty_waiter.set_result(None)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def _call_connection_lost(self, exc):
        super()._call_connection_lost(exc)
        if self._empty_waiter is not None:
            self._empty_waiter.set_exception(ConnectionError('Connection is closed by peer'))

    def _make_empty_waiter(self):
        if self._empty_waiter is not None:
            raise RuntimeError('Empty waiter is already set')
        self._empty_waiter = self._loop.create_future()
        if not self._buffer:
            self._empty_waiter.set_result(None)
        return self._empty_waiter

    def _reset_empty_waiter(self):
        self._empty_waiter = None


class _SelectorDatagramTransport(_SelectorTransport):
    """A datagram socket's transport: one datagram_received per datagram; sendto buffers the
    datagrams the socket does not take at once."""

    _buffer_factory = collections.deque

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._address = address
        self._buffer_size = 0
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def _send(self, data, addr):
        if self._extra['peername']:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def sendto(self, data, addr=None):
        _bytes_like(data)
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            self._lost_write()
            return
        if not self._buffer:
            try:
                self._send(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                self._send(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)

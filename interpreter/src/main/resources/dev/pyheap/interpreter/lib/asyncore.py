"""The socket event loop of before asyncio (deprecated in 3.11, gone in 3.12).

A map from file descriptor to dispatcher (the module's socket_map unless one is given) is the
set of channels; each pass of loop() asks every dispatcher whether it is readable() and
writable(), waits with select() (or poll() with use_poll) and calls handle_read_event,
handle_write_event or handle_expt_event of the ready ones. The dispatcher turns those into
handle_accept / handle_connect / handle_read / handle_write / handle_close calls for a subclass
to define; an exception in one of them goes to handle_error, which logs it in one line and
closes the channel."""

import os
import select
import socket
import sys
import time
import warnings
from errno import (EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET, EINVAL, ENOTCONN,
                   ESHUTDOWN, EISCONN, EBADF, ECONNABORTED, EPIPE, EAGAIN, errorcode)

_DEPRECATION_MSG = ('The {name} module is deprecated and will be removed in '
                    'Python {remove}. The recommended replacement is asyncio')
warnings._deprecated(__name__, _DEPRECATION_MSG, remove=(3, 12))

_DISCONNECTED = frozenset({ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED, EPIPE, EBADF})

# Kept across a reload of the module, as every dispatcher made so far is in it.
try:
    socket_map
except NameError:
    socket_map = {}


def _strerror(err):
    try:
        return os.strerror(err)
    except (ValueError, OverflowError, NameError):
        if err in errorcode:
            return errorcode[err]
        return "Unknown error %s" % err


class ExitNow(Exception):
    pass


_reraised_exceptions = (ExitNow, KeyboardInterrupt, SystemExit)


# read, write and _exception are the frames handle_error's report starts with: each calls its
# event handler itself.
def read(obj):
    try:
        obj.handle_read_event()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def write(obj):
    try:
        obj.handle_write_event()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def _exception(obj):
    try:
        obj.handle_expt_event()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def readwrite(obj, flags):
    """Dispatch poll()'s flags for obj; a lost connection closes it."""
    try:
        if flags & select.POLLIN:
            obj.handle_read_event()
        if flags & select.POLLOUT:
            obj.handle_write_event()
        if flags & select.POLLPRI:
            obj.handle_expt_event()
        if flags & (select.POLLHUP | select.POLLERR | select.POLLNVAL):
            obj.handle_close()
    except OSError as e:
        if e.errno not in _DISCONNECTED:
            obj.handle_error()
        else:
            obj.handle_close()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def poll(timeout=0.0, map=None):
    """One pass over map with select()."""
    if map is None:
        map = socket_map
    if not map:
        return
    readers, writers, errors = [], [], []
    for fd, obj in list(map.items()):
        is_r = obj.readable()
        is_w = obj.writable()
        if is_r:
            readers.append(fd)
        # A listening socket is never asked to write.
        if is_w and not obj.accepting:
            writers.append(fd)
        if is_r or is_w:
            errors.append(fd)
    if [] == readers == writers == errors:
        time.sleep(timeout)
        return
    readers, writers, errors = select.select(readers, writers, errors, timeout)
    for fds, dispatch in ((readers, read), (writers, write), (errors, _exception)):
        for fd in fds:
            obj = map.get(fd)
            if obj is not None:
                dispatch(obj)


def poll2(timeout=0.0, map=None):
    """One pass over map with select.poll()."""
    if map is None:
        map = socket_map
    if timeout is not None:
        timeout = int(timeout * 1000)
    pollster = select.poll()
    if not map:
        return
    for fd, obj in list(map.items()):
        flags = 0
        if obj.readable():
            flags |= select.POLLIN | select.POLLPRI
        if obj.writable() and not obj.accepting:
            flags |= select.POLLOUT
        if flags:
            pollster.register(fd, flags)
    for fd, flags in pollster.poll(timeout):
        obj = map.get(fd)
        if obj is not None:
            readwrite(obj, flags)


poll3 = poll2


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Poll until map is empty, or count passes."""
    if map is None:
        map = socket_map
    poll_fun = poll2 if use_poll and hasattr(select, 'poll') else poll
    if count is None:
        while map:
            poll_fun(timeout, map)
    else:
        while map and count > 0:
            poll_fun(timeout, map)
            count = count - 1


class dispatcher:
    """A non-blocking socket in a map, with handle_* methods for its events."""

    debug = False
    connected = False
    accepting = False
    connecting = False
    closing = False
    addr = None
    ignore_log_types = frozenset({'warning'})

    def __init__(self, sock=None, map=None):
        self._map = socket_map if map is None else map
        self._fileno = None
        if not sock:
            self.socket = None
            return
        sock.setblocking(False)
        self.set_socket(sock, map)
        self.connected = True
        try:
            self.addr = sock.getpeername()
        except OSError as err:
            if err.errno in (ENOTCONN, EINVAL):
                # A socket that is not connected (yet): a listener, or one to connect later.
                self.connected = False
            else:
                self.del_channel(map)
                raise

    def __repr__(self):
        status = [self.__class__.__module__ + "." + self.__class__.__qualname__]
        if self.accepting and self.addr:
            status.append('listening')
        elif self.connected:
            status.append('connected')
        if self.addr is not None:
            try:
                status.append('%s:%d' % self.addr)
            except TypeError:
                status.append(repr(self.addr))
        return '<%s at %#x>' % (' '.join(status), id(self))

    def add_channel(self, map=None):
        if map is None:
            map = self._map
        map[self._fileno] = self

    def del_channel(self, map=None):
        if map is None:
            map = self._map
        if self._fileno in map:
            del map[self._fileno]
        self._fileno = None

    def create_socket(self, family=socket.AF_INET, type=socket.SOCK_STREAM):
        self.family_and_type = family, type
        sock = socket.socket(family, type)
        sock.setblocking(False)
        self.set_socket(sock)

    def set_socket(self, sock, map=None):
        self.socket = sock
        self._fileno = sock.fileno()
        self.add_channel(map)

    def set_reuse_addr(self):
        try:
            current = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, current | 1)
        except OSError:
            pass

    def readable(self):
        return True

    def writable(self):
        return True

    def listen(self, num):
        self.accepting = True
        if os.name == 'nt' and num > 5:
            num = 5
        return self.socket.listen(num)

    def bind(self, addr):
        self.addr = addr
        return self.socket.bind(addr)

    def connect(self, address):
        self.connected = False
        self.connecting = True
        err = self.socket.connect_ex(address)
        if err in (EINPROGRESS, EALREADY, EWOULDBLOCK) or err == EINVAL and os.name == 'nt':
            self.addr = address
            return
        if err in (0, EISCONN):
            self.addr = address
            self.handle_connect_event()
        else:
            raise OSError(err, errorcode[err])

    def accept(self):
        """(socket, address), or None when no connection is waiting after all."""
        try:
            conn, addr = self.socket.accept()
        except TypeError:
            return None
        except OSError as why:
            if why.errno in (EWOULDBLOCK, ECONNABORTED, EAGAIN):
                return None
            raise
        return conn, addr

    def send(self, data):
        try:
            return self.socket.send(data)
        except OSError as why:
            if why.errno == EWOULDBLOCK:
                return 0
            if why.errno in _DISCONNECTED:
                self.handle_close()
                return 0
            raise

    def recv(self, buffer_size):
        """Bytes read; b'' (after handle_close) when the peer has closed."""
        try:
            data = self.socket.recv(buffer_size)
        except OSError as why:
            if why.errno in _DISCONNECTED:
                self.handle_close()
                return b''
            raise
        if not data:
            self.handle_close()
            return b''
        return data

    def close(self):
        self.connected = False
        self.accepting = False
        self.connecting = False
        self.del_channel()
        if self.socket is not None:
            try:
                self.socket.close()
            except OSError as why:
                if why.errno not in (ENOTCONN, EBADF):
                    raise

    def log(self, message):
        sys.stderr.write('log: %s\n' % str(message))

    def log_info(self, message, type='info'):
        if type not in self.ignore_log_types:
            print('%s: %s' % (type, message))

    def handle_read_event(self):
        if self.accepting:
            self.handle_accept()
        elif not self.connected:
            if self.connecting:
                self.handle_connect_event()
            self.handle_read()
        else:
            self.handle_read()

    def handle_connect_event(self):
        err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise OSError(err, _strerror(err))
        self.handle_connect()
        self.connected = True
        self.connecting = False

    def handle_write_event(self):
        if self.accepting:
            return
        if not self.connected and self.connecting:
            self.handle_connect_event()
        self.handle_write()

    def handle_expt_event(self):
        err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            self.handle_close()
        else:
            self.handle_expt()

    def handle_error(self):
        nil, t, v, tbinfo = compact_traceback()
        try:
            self_repr = repr(self)
        except:
            self_repr = '<__repr__(self) failed for object at %0x>' % id(self)
        self.log_info('uncaptured python exception, closing channel %s (%s:%s %s)'
                      % (self_repr, t, v, tbinfo), 'error')
        self.handle_close()

    def handle_expt(self):
        self.log_info('unhandled incoming priority event', 'warning')

    def handle_read(self):
        self.log_info('unhandled read event', 'warning')

    def handle_write(self):
        self.log_info('unhandled write event', 'warning')

    def handle_connect(self):
        self.log_info('unhandled connect event', 'warning')

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            self.handle_accepted(*pair)

    def handle_accepted(self, sock, addr):
        sock.close()
        self.log_info('unhandled accepted event', 'warning')

    def handle_close(self):
        self.log_info('unhandled close event', 'warning')
        self.close()


class dispatcher_with_send(dispatcher):
    """A dispatcher whose send() buffers what the socket does not take at once."""

    def __init__(self, sock=None, map=None):
        dispatcher.__init__(self, sock, map)
        self.out_buffer = b''

    def initiate_send(self):
        sent = dispatcher.send(self, self.out_buffer[:65536])
        self.out_buffer = self.out_buffer[sent:]

    def handle_write(self):
        self.initiate_send()

    def writable(self):
        return (not self.connected) or len(self.out_buffer)

    def send(self, data):
        if self.debug:
            self.log_info('sending %s' % repr(data))
        self.out_buffer = self.out_buffer + data
        self.initiate_send()


def compact_traceback():
    """((file, function, line) of the innermost frame, type, value, '[file|function|line]'
    for each frame) of the exception being handled."""
    t, v, tb = sys.exc_info()
    if not tb:
        raise AssertionError("traceback does not exist")
    frames = []
    while tb:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, code.co_name, str(tb.tb_lineno)))
        tb = tb.tb_next
    info = ' '.join(['[%s|%s|%s]' % frame for frame in frames])
    return frames[-1], t, v, info


def close_all(map=None, ignore_all=False):
    if map is None:
        map = socket_map
    for channel in list(map.values()):
        try:
            channel.close()
        except OSError as err:
            if err.errno != EBADF and not ignore_all:
                raise
        except _reraised_exceptions:
            raise
        except:
            if not ignore_all:
                raise
    map.clear()


if os.name == 'posix':
    class file_wrapper:
        """A file descriptor (a duplicate of the one given) with the socket methods a
        dispatcher calls."""

        def __init__(self, fd):
            self.fd = os.dup(fd)

        def __del__(self):
            if self.fd >= 0:
                warnings.warn("unclosed file %r" % self, ResourceWarning, source=self)
            self.close()

        def recv(self, *args):
            return os.read(self.fd, *args)

        def send(self, *args):
            return os.write(self.fd, *args)

        def getsockopt(self, level, optname, buflen=None):
            if level == socket.SOL_SOCKET and optname == socket.SO_ERROR and not buflen:
                return 0
            raise NotImplementedError("Only asyncore specific behaviour implemented.")

        read = recv
        write = send

        def close(self):
            if self.fd < 0:
                return
            fd = self.fd
            self.fd = -1
            os.close(fd)

        def fileno(self):
            return self.fd

    class file_dispatcher(dispatcher):
        """A dispatcher over a file descriptor (a pipe's end, say), made non-blocking."""

        def __init__(self, fd, map=None):
            dispatcher.__init__(self, None, map)
            self.connected = True
            try:
                fd = fd.fileno()
            except AttributeError:
                pass
            self.set_file(fd)
            os.set_blocking(fd, False)

        def set_file(self, fd):
            self.socket = file_wrapper(fd)
            self._fileno = self.socket.fileno()
            self.add_channel()

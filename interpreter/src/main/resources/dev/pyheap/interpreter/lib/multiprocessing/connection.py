"""Connections: the two ends of a pipe, sending picklable objects (send/recv) or bytes
(send_bytes/recv_bytes) either way (one way with duplex=False).

The pipe lives in the process that made it (multiprocessing._hub) as two queues of messages, one
per direction, and the number of processes holding each end open. An end given to another process
(pickled, as a Process argument or through a queue) reaches the pipe through the hub; recv on an end
whose other end every holder closed raises EOFError once the messages sent are read, and send to
such an end raises BrokenPipeError, as with a descriptor."""

import collections
import threading
import time

from . import _hub, reduction
from .context import AuthenticationError, BufferTooShort

__all__ = ['Pipe', 'Connection', 'wait']


class _PipeCore:
    """The shared state of one pipe: messages waiting at each end, holders of each end."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.messages = (collections.deque(), collections.deque())
        self.holders = [1, 1]

    def send(self, side, data):
        with self.cond:
            if self.holders[1 - side] == 0:
                raise BrokenPipeError(32, 'Broken pipe')
            self.messages[1 - side].append(data)
            self.cond.notify_all()

    def recv(self, side):
        with self.cond:
            while True:
                if self.messages[side]:
                    return self.messages[side].popleft()
                if self.holders[1 - side] == 0:
                    raise EOFError
                self.cond.wait()

    def poll(self, side, timeout):
        with self.cond:
            return _hub.wait_until(self.cond, lambda: self.messages[side] or self.holders[1 - side] == 0, timeout)

    def reserve(self, side):
        """An end pickled: counted as held from now, so that the holder closing its own copy
        before the receiver unpickles it does not end the pipe (a descriptor duplicated for a
        child is open from the spawn)."""
        with self.cond:
            self.holders[side] += 1

    def claim(self, side):
        """The reserved end unpickled: its holder's exit (its connection ending) closes it."""
        _hub.on_disconnect(lambda: self.detach(side))

    def detach(self, side):
        with self.cond:
            if self.holders[side] > 0:
                self.holders[side] -= 1
            self.cond.notify_all()


class Connection:
    """One end of a pipe."""

    def __init__(self, ref, side, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._ref = ref
        self._side = side
        self._readable = readable
        self._writable = writable
        self._open = True

    def __del__(self):
        if getattr(self, '_open', False) and self._ref.is_local:
            self.close()

    def _check_closed(self):
        if not self._open:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        """True if the connection is closed."""
        return not self._open

    @property
    def readable(self):
        """True if the connection is readable."""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable."""
        return self._writable

    def fileno(self):
        """A number naming the connection (no descriptor of this process stands behind it)."""
        self._check_closed()
        return self._ref.ident * 2 + self._side + 1000

    def close(self):
        """Closes this end: the other sees EOFError once every holder of this end closed it."""
        if self._open:
            self._open = False
            try:
                self._ref('detach', self._side)
            except (OSError, EOFError):
                pass

    def send_bytes(self, buf, offset=0, size=None):
        """Sends the bytes of buf[offset:offset+size] as one message."""
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast('B')
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._ref('send', self._side, bytes(m[offset:offset + size]))

    def send(self, obj):
        """Sends a picklable object."""
        self._check_closed()
        self._check_writable()
        self._ref('send', self._side, reduction.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """One message's bytes (OSError when longer than maxlength)."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._ref('recv', self._side)
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Reads one message into buf at offset; returns its length."""
        self._check_closed()
        self._check_readable()
        with memoryview(buf) as m:
            itemsize = m.itemsize
            bytesize = itemsize * len(m)
            if offset < 0:
                raise ValueError("negative offset")
            elif offset > bytesize:
                raise ValueError("offset too large")
            data = self._ref('recv', self._side)
            size = len(data)
            if bytesize - offset < size:
                raise BufferTooShort(data)
            m.cast('B')[offset:offset + size] = data
            return size // itemsize

    def recv(self):
        """Receives an object sent with send()."""
        self._check_closed()
        self._check_readable()
        return reduction.loads(self._ref('recv', self._side))

    def poll(self, timeout=0.0):
        """Whether there is anything to read (a message, or the end of the other side)."""
        self._check_closed()
        self._check_readable()
        return self._ref('poll', self._side, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        self._check_closed()
        self._ref('reserve', self._side)
        return _rebuild_connection, (self._ref, self._side, self._readable, self._writable)


def _rebuild_connection(ref, side, readable, writable):
    ref('claim', side)
    return Connection(ref, side, readable, writable)


def Pipe(duplex=True):
    """A pair (conn1, conn2) of connected ends; with duplex=False conn1 only receives and conn2 only sends."""
    ref = _hub.Ref(_PipeCore())
    if duplex:
        return Connection(ref, 0), Connection(ref, 1)
    return Connection(ref, 0, writable=False), Connection(ref, 1, readable=False)


def wait(object_list, timeout=None):
    """The objects of object_list that are ready: connections with something to read, ended processes' sentinels."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = []
        for o in object_list:
            if isinstance(o, Connection):
                if o.poll(0):
                    ready.append(o)
            elif hasattr(o, 'poll') and hasattr(o, '_popen_sentinel'):
                if o.poll() is not None:
                    ready.append(o)
            else:
                from . import process
                for p in list(process._children):
                    if getattr(p, '_sentinel', None) == o and p._popen.poll() is not None:
                        ready.append(o)
                        break
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.005)

"""select(), poll() and epoll(): waiting for descriptors to become ready.

Each is the kernel's own call (select(2), poll(2), epoll_create1/epoll_ctl/epoll_wait) through the
interpreter's engine (_pyheap_socket), on the kernel's descriptors behind the program's: sockets, pipe
ends and epoll instances. The events and their order are the kernel's. A regular file or a standard
stream that the JVM holds is ready at once, as the kernel reports regular files, and epoll refuses it
with EPERM.
"""

import _pyheap_socket as _engine

__all__ = ["select", "error"]

error = OSError


def _descriptor(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            get = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = get()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _seconds(timeout):
    if timeout is None:
        return -1.0
    if not isinstance(timeout, (int, float)):
        try:
            timeout = timeout.__index__()
        except AttributeError:
            raise TypeError("timeout must be a float or None") from None
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    if timeout < 0:
        raise ValueError("timeout must be non-negative")
    return float(timeout)


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until some of the objects are ready: (readable, writable, exceptional) lists."""
    seconds = _seconds(timeout)
    groups = [[(obj, _descriptor(obj)) for obj in list(objects)] for objects in (rlist, wlist, xlist)]
    ready = _engine.select(*[[fd for _, fd in group] for group in groups], seconds)
    result = []
    for group, fds in zip(groups, ready):
        fds = set(fds)
        result.append([obj for obj, fd in group if fd in fds])
    return tuple(result)


POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP = 64, 128, 256, 512, 1024, 8192
EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP = 1, 2, 4, 8, 16
EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLLRDHUP = 64, 128, 256, 512, 1024, 8192
EPOLLEXCLUSIVE, EPOLLONESHOT, EPOLLET, EPOLL_CLOEXEC = 1 << 28, 1 << 30, 1 << 31, 524288
PIPE_BUF = 4096

__all__ += ["poll", "epoll"]

def _event_mask(value, bits):
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError("an integer is required") from None
    if bits == 16:
        if value < 0:
            raise ValueError("value must be positive")
        if value > 0xFFFF:
            raise OverflowError("Python int too large for C unsigned short")
        return value
    return value & 0xFFFFFFFF


def _wait_timeout(timeout):
    """poll()'s and epoll.poll()'s timeout: None, or an int or float (NaN refused)."""
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        try:
            timeout = timeout.__index__()
        except AttributeError:
            raise TypeError("timeout must be an integer or None") from None
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    return timeout


class _Poll:
    """poll(2) over the descriptors registered: what select.poll() returns."""

    def __init__(self):
        self._masks = {}
        self._polling = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Register a file descriptor with the polling object."""
        fd = _descriptor(fd)
        self._masks[fd] = _event_mask(eventmask, 16)

    def modify(self, fd, eventmask, /):
        """Modify an already registered file descriptor."""
        fd = _descriptor(fd)
        mask = _event_mask(eventmask, 16)
        if fd not in self._masks:
            raise FileNotFoundError(2, "No such file or directory")
        self._masks[fd] = mask

    def unregister(self, fd, /):
        """Remove a file descriptor being tracked by the polling object."""
        fd = _descriptor(fd)
        try:
            del self._masks[fd]
        except KeyError:
            raise KeyError(fd) from None

    def poll(self, timeout=None, /):
        """Polls the set of registered file descriptors: a list of (fd, event) 2-tuples."""
        timeout = _wait_timeout(timeout)
        if timeout is not None and abs(timeout) >= 2 ** 63 / 1e6:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
        seconds = -1.0 if timeout is None or timeout < 0 else timeout / 1000
        if self._polling:
            raise RuntimeError("concurrent poll() invocation")
        self._polling = True
        try:
            fds = list(self._masks)
            ready = _engine.poll(fds, [self._masks[fd] for fd in fds], seconds)
            return [(fd, ev) for fd, ev in zip(fds, ready) if ev]
        finally:
            self._polling = False


_Poll.__name__ = _Poll.__qualname__ = "poll"
_Poll.__module__ = "select"


def poll():
    """Returns a polling object.

    This object supports registering and unregistering file descriptors, and then
    polling them for I/O events."""
    return _Poll()


class epoll:
    """select.epoll(sizehint=-1, flags=0)

    Returns an epolling object

    sizehint must be a positive integer or -1 for the default size. The
    sizehint is used to optimize internal data structures. It doesn't limit
    the maximum number of monitored events."""

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        if flags and flags != EPOLL_CLOEXEC:
            raise OSError(22, "Invalid argument")
        import os
        self._fd = _engine.epoll_create()
        # kept for close() from __del__ at exit, when importing os fails
        self._os_close = os.close

    @classmethod
    def fromfd(cls, fd, /):
        """Create an epoll object from a given control fd."""
        import os
        self = cls.__new__(cls)
        self._fd = fd
        self._os_close = os.close
        return self

    def _check_open(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed epoll object")

    @property
    def closed(self):
        """True if the epoll handler is closed"""
        return self._fd < 0

    def close(self):
        """Close the epoll control file descriptor.

        Further operations on the epoll object will raise an exception."""
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            self._os_close(fd)

    def fileno(self):
        """Return the epoll control file descriptor."""
        self._check_open()
        return self._fd

    def _control(self, op, fd, mask):
        self._check_open()
        _engine.epoll_ctl(self._fd, op, _descriptor(fd), mask)

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Registers a new fd or raises an OSError if the fd is already registered."""
        self._control(1, fd, _event_mask(eventmask, 32))

    def modify(self, fd, eventmask):
        """Modify event mask for a registered file descriptor."""
        self._control(3, fd, _event_mask(eventmask, 32))

    def unregister(self, fd):
        """Remove a registered file descriptor from the epoll object."""
        self._control(2, fd, 0)

    def poll(self, timeout=None, maxevents=-1):
        """Wait for events on the epoll file descriptor.

        Returns a list containing any descriptors that have events to report,
        as a list of (fd, events) 2-tuples."""
        self._check_open()
        timeout = _wait_timeout(timeout)
        seconds = -1.0 if timeout is None or timeout < 0 else timeout
        if maxevents == -1:
            maxevents = 1023
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        return _engine.epoll_wait(self._fd, float(seconds), maxevents)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        if getattr(self, "_fd", -1) >= 0:
            self.close()


epoll.__module__ = "select"


# Frames that CPython runs in C leave no traceback entry: select is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c

"""select(): waiting for sockets to become readable or writable.

Sockets and pipe ends are the interpreter's java.nio channels (see socket), watched through a
java.nio Selector; files and the standard streams are always ready, as select(2) reports regular
files. poll() and epoll() keep their registrations here and ask the same engine: they report
readiness to read and to write (POLLIN/POLLOUT and their RDNORM/WRNORM aliases) and POLLNVAL, not
priority data, errors or hang-ups (a pipe whose writer closed polls as readable, not POLLHUP), and an
edge-triggered registration (EPOLLET) is reported as a level-triggered one.
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
    groups = []
    for objects in (rlist, wlist, xlist):
        objects = list(objects)
        groups.append([(obj, _descriptor(obj)) for obj in objects])
    ready_r, ready_w = _engine.select([fd for _, fd in groups[0]], [fd for _, fd in groups[1]], seconds)
    return ([obj for obj, fd in groups[0] if fd in ready_r],
            [obj for obj, fd in groups[1] if fd in ready_w], [])


POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP = 64, 128, 256, 512, 1024, 8192
EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP = 1, 2, 4, 8, 16
EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLLRDHUP = 64, 128, 256, 512, 1024, 8192
EPOLLEXCLUSIVE, EPOLLONESHOT, EPOLLET, EPOLL_CLOEXEC = 1 << 28, 1 << 30, 1 << 31, 524288
PIPE_BUF = 4096

__all__ += ["poll", "epoll"]

# What the engine watches: readiness to read (POLLIN and its aliases) and to write (POLLOUT and its
# aliases). Priority data, errors and hang-ups are not reported.
_READ_BITS = POLLIN | POLLRDNORM
_WRITE_BITS = POLLOUT | POLLWRNORM


def _engine_mask(events):
    return (POLLIN if events & _READ_BITS else 0) | (POLLOUT if events & _WRITE_BITS else 0)


def _reported(events, ready):
    """The bits of `events` that the engine's POLLIN/POLLOUT/POLLNVAL answer `ready` sets."""
    if ready & POLLNVAL:
        return POLLNVAL
    return (events & _READ_BITS if ready & POLLIN else 0) | (events & _WRITE_BITS if ready & POLLOUT else 0)


def _wait(fds_masks, seconds):
    fds = list(fds_masks)
    masks = [_engine_mask(fds_masks[fd]) for fd in fds]
    ready = _engine.poll(fds, masks, seconds)
    return [(fd, _reported(fds_masks[fd], r)) for fd, r in zip(fds, ready)]


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
            return [(fd, ev) for fd, ev in _wait(self._masks, seconds) if ev]
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
        # the epoll instance takes a descriptor number, the lowest free one, as epoll_create1 does
        import os
        self._fd = os.open("/dev/null", os.O_RDONLY)
        self._masks = {}
        # kept for close() from __del__ at exit, when importing os fails
        self._os_close = os.close

    @classmethod
    def fromfd(cls, fd, /):
        """Create an epoll object from a given control fd."""
        import os
        self = cls.__new__(cls)
        self._fd = fd
        self._masks = {}
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
            self._masks.clear()
            self._os_close(fd)

    def fileno(self):
        """Return the epoll control file descriptor."""
        self._check_open()
        return self._fd

    def _target(self, fd):
        self._check_open()
        fd = _descriptor(fd)
        try:
            regular = _engine.regular(fd)
        except OSError:
            raise OSError(9, "Bad file descriptor") from None
        return fd, regular

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Registers a new fd or raises an OSError if the fd is already registered."""
        fd, regular = self._target(fd)
        mask = _event_mask(eventmask, 32)
        if mask & EPOLLEXCLUSIVE and mask & ~(EPOLLEXCLUSIVE | EPOLLIN | EPOLLOUT | EPOLLERR | EPOLLHUP
                                              | EPOLLET | EPOLLRDNORM | EPOLLRDBAND | EPOLLWRNORM
                                              | EPOLLWRBAND | EPOLLMSG | EPOLLRDHUP | EPOLLPRI):
            raise OSError(22, "Invalid argument")
        if regular:
            raise PermissionError(1, "Operation not permitted")
        if fd in self._masks:
            raise FileExistsError(17, "File exists")
        self._masks[fd] = mask

    def modify(self, fd, eventmask):
        """Modify event mask for a registered file descriptor."""
        fd, _ = self._target(fd)
        mask = _event_mask(eventmask, 32)
        if fd not in self._masks:
            raise FileNotFoundError(2, "No such file or directory")
        self._masks[fd] = mask

    def unregister(self, fd):
        """Remove a registered file descriptor from the epoll object."""
        fd, _ = self._target(fd)
        if fd not in self._masks:
            raise FileNotFoundError(2, "No such file or directory")
        del self._masks[fd]

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
        # a one-shot descriptor whose event was reported waits with an empty mask until modified
        watched = {fd: mask for fd, mask in self._masks.items() if mask & ~(EPOLLONESHOT | EPOLLET)}
        found = []
        for fd, ev in _wait(watched, seconds):
            if ev and not ev & POLLNVAL:
                found.append((fd, ev))
                if self._masks[fd] & EPOLLONESHOT:
                    self._masks[fd] = 0
                if len(found) == maxevents:
                    break
        return found

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

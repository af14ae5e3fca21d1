"""select(): waiting for sockets to become readable or writable.

Sockets are the interpreter's java.nio channels (see socket); other descriptors (files) are
always ready, as select(2) reports regular files.
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

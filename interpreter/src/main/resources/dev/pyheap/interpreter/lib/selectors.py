"""Selectors: waiting on many file objects at once, each registered with the events it waits for.

Every selector keeps a map from each registered descriptor to its SelectorKey
(_BaseSelectorImpl); SelectSelector waits with select.select, PollSelector with select.poll and
EpollSelector (DefaultSelector, as on Linux) with select.epoll.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import select as _select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = "SelectorKey(fileobj, fd, events, data): a registered file object."


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class _KeyView(Mapping):
    """The read-only view get_map() returns."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._keys)

    def __getitem__(self, fileobj):
        fd = self._selector._lookup(fileobj)
        try:
            return self._selector._keys[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def __iter__(self):
        return iter(self._selector._keys)


class BaseSelector(metaclass=ABCMeta):
    """What every selector offers: register, unregister, modify, select, close, get_key, get_map."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        table = self.get_map()
        if table is None:
            raise RuntimeError("Selector is closed")
        try:
            return table[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The registered keys, by descriptor; subclasses wait."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)

    def _lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # a closed file object can still be unregistered: find it among the keys
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._lookup(fileobj)
        if fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = SelectorKey(fileobj, fd, events, data)
        self._keys[fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._lookup(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._keys[self._lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._keys[key.fd] = key
        return key

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readers = [fd for fd, key in self._keys.items() if key.events & EVENT_READ]
        writers = [fd for fd, key in self._keys.items() if key.events & EVENT_WRITE]
        if not readers and not writers:
            if timeout:
                import time
                time.sleep(timeout)
            return []
        readable, writable, _ = _select.select(readers, writers, [], timeout)
        readable, writable = set(readable), set(writable)
        ready = []
        for fd in list(self._keys):
            events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
            key = self._keys.get(fd)
            if key is not None and events & key.events:
                ready.append((key, events & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """What PollSelector and EpollSelector share: a poller object told of every change."""
    _selector_cls = None
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = type(self)._selector_cls()  # a plain function here, not bound as in C

    def _poller_events(self, events):
        return ((self._EVENT_READ if events & EVENT_READ else 0)
                | (self._EVENT_WRITE if events & EVENT_WRITE else 0))

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._poller_events(events))
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass  # the descriptor may be closed already
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._keys[self._lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            try:
                self._selector.modify(key.fd, self._poller_events(events))
            except:
                super().unregister(fileobj)
                raise
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._keys[key.fd] = key
        return key

    def _poll(self, timeout):
        if timeout is None:
            timeout = None
        elif timeout <= 0:
            timeout = 0
        else:
            import math
            timeout = math.ceil(timeout * 1e3)  # milliseconds, rounded up so as not to spin
        return self._selector.poll(timeout)

    def select(self, timeout=None):
        ready = []
        try:
            fd_event_list = self._poll(timeout)
        except InterruptedError:
            return ready
        for fd, event in fd_event_list:
            events = 0
            if event & ~self._EVENT_READ:
                events |= EVENT_WRITE
            if event & ~self._EVENT_WRITE:
                events |= EVENT_READ
            key = self._keys.get(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class PollSelector(_PollLikeSelector):
    """Poll-based selector."""
    _selector_cls = _select.poll
    _EVENT_READ = _select.POLLIN
    _EVENT_WRITE = _select.POLLOUT


class EpollSelector(_PollLikeSelector):
    """Epoll-based selector."""
    _selector_cls = _select.epoll
    _EVENT_READ = _select.EPOLLIN
    _EVENT_WRITE = _select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _poll(self, timeout):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            import math
            timeout = math.ceil(timeout * 1e3) * 1e-3
        return self._selector.poll(timeout, max(len(self._keys), 1))

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector

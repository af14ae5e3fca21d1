"""Persistent dictionaries: a Shelf maps str keys to any picklable values, kept in a dbm-style
database (bytes keys, bytes values): the key is stored encoded (UTF-8 by default), the value
pickled. With writeback=True every value read or stored is also kept in a cache, so that changes
made to a mutable value in place are saved: sync() and close() write the whole cache back.
"""

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO

import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


def _unpickled(data):
    return Unpickler(BytesIO(data)).load()


class _ClosedDict(collections.abc.MutableMapping):
    """Stands in for a closed shelf's database: any use says the shelf is closed."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(collections.abc.MutableMapping):
    """A dictionary of picklable values stored in the mapping `dict` (bytes to bytes)."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for stored in self.dict.keys():
            yield stored.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._key(key) in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _unpickled(self.dict[self._key(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        out = BytesIO()
        Pickler(out, self._protocol).dump(value)
        self.dict[self._key(key)] = out.getvalue()

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        """Writes the cache back, closes the database; the shelf cannot be used after."""
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass                        # a plain dict has nothing to close
        finally:
            # at interpreter exit even _ClosedDict may be gone
            try:
                self.dict = _ClosedDict()
            except:
                self.dict = None

    def __del__(self):
        if hasattr(self, 'writeback'):      # __init__ ran
            self.close()

    def sync(self):
        """Stores every cached value again (writeback), then syncs the database."""
        if self.writeback and self.cache:
            self.writeback = False          # storing must not refill the cache
            for key, value in self.cache.items():
                self[key] = value
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A shelf over a database whose keys are ordered (first, last, next, previous,
    set_location)."""

    def _pair(self, pair):
        key, value = pair
        return key.decode(self.keyencoding), _unpickled(value)

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf over the dbm database `filename`."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """The shelf stored in `filename`; flag as dbm.open's ('c': created if missing)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)

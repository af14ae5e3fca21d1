"""Persistent dictionaries of picklable values: a Shelf maps str keys (stored as bytes) to values
pickled into a dbm database (here always dbm.dumb: NAME.dat and NAME.dir). With writeback, the
values read are cached and written back on sync() and close()."""

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO

import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    """What a closed shelf's dict becomes: every access says the shelf is closed."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')
    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(collections.abc.MutableMapping):
    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        self._protocol = protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def __iter__(self):
        for k in self.dict.keys():
            yield k.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return key.encode(self.keyencoding) in self.dict

    def get(self, key, default=None):
        if key.encode(self.keyencoding) in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        try:
            value = self.cache[key]
        except KeyError:
            f = BytesIO(self.dict[key.encode(self.keyencoding)])
            value = Unpickler(f).load()
            if self.writeback:
                self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        f = BytesIO()
        p = Pickler(f, self._protocol)
        p.dump(value)
        self.dict[key.encode(self.keyencoding)] = f.getvalue()

    def __delitem__(self, key):
        del self.dict[key.encode(self.keyencoding)]
        try:
            del self.cache[key]
        except KeyError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            try:
                self.dict = _ClosedDict()
            except:
                self.dict = None

    def __del__(self):
        if not hasattr(self, 'writeback'):
            return
        self.close()

    def sync(self):
        if self.writeback and self.cache:
            self.writeback = False
            for key, entry in self.cache.items():
                self[key] = entry
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A shelf over a database with ordered keys (set_location, next, previous, first, last)."""

    def set_location(self, key):
        (key, value) = self.dict.set_location(key)
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def next(self):
        (key, value) = next(self.dict)
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def previous(self):
        (key, value) = self.dict.previous()
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def first(self):
        (key, value) = self.dict.first()
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def last(self):
        (key, value) = self.dict.last()
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())


class DbfilenameShelf(Shelf):
    """A shelf over the dbm database in filename."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """The shelf in filename (flag as dbm.open's: 'c' by default)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)

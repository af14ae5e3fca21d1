"""A slow, simple database in plain files, always available.

NAME.dat holds the values: each is written at a multiple of 512 bytes, and a new value for a key
stays where the old one was if it needs no more blocks, else goes to the end (the old space is
not reused). NAME.dir is the index: one line per key, the Python literal of the pair
(key as Latin-1 text, (offset, size)), read back with ast.literal_eval. Writing a new key adds
its line to NAME.dir at once; other changes are written when the index is committed (sync(),
close(), a deletion), with the previous index renamed to NAME.bak first. Keys and values are
bytes; str ones are stored as UTF-8.
"""

import ast as _ast
import io as _io
import os as _os
import collections.abc

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _blocks(size):
    return -(-size // _BLOCKSIZE)


def _index_line(key, place):
    return "%r, %r\n" % (key.decode("Latin-1"), place)


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("%s must be bytes or strings" % what)


class _Database(collections.abc.MutableMapping):
    """The open database: the index in memory, the values on disk."""

    # kept on the class: __del__ may run while the module is being torn down
    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag='c'):
        base = _os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile, self._datfile, self._bakfile = (base + b'.dir', base + b'.dat',
                                                       base + b'.bak')
        self._index = None
        self._prepare_data_file(flag)
        self._load_index(flag)

    def _prepare_data_file(self, flag):
        if flag == 'n':
            for path in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(path)
                except OSError:
                    pass
        try:
            _io.open(self._datfile, 'r', encoding="Latin-1").close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with _io.open(self._datfile, 'w', encoding="Latin-1"):
                self._chmod(self._datfile)

    def _load_index(self, flag):
        self._modified = False
        self._index = {}
        try:
            listing = _io.open(self._dirfile, 'r', encoding="Latin-1")
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True       # a new database: its index must be written
            return
        with listing:
            for line in listing:
                key, place = _ast.literal_eval(line.rstrip())
                self._index[key.encode('Latin-1')] = place

    def _commit(self):
        if self._index is None or not self._modified:
            return
        for step in (lambda: self._os.unlink(self._bakfile),
                     lambda: self._os.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass
        with self._io.open(self._dirfile, 'w', encoding="Latin-1") as listing:
            self._chmod(self._dirfile)
            listing.write("".join(_index_line(key, place) for key, place in self._index.items()))

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def _check_writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        offset, size = self._index[key]
        with _io.open(self._datfile, 'rb') as data:
            if not hasattr(data, 'seek'):
                return data.read()[offset:offset + size]
            data.seek(offset)
            return data.read(size)

    def _append_value(self, value):
        with _io.open(self._datfile, 'rb+') as data:
            data.seek(0, 2)
            end = int(data.tell())
            start = _blocks(end) * _BLOCKSIZE
            data.write(bytes(start - end) + value)
        return (start, len(value))

    def _overwrite_value(self, offset, value):
        with _io.open(self._datfile, 'rb+') as data:
            data.seek(offset)
            data.write(value)
        return (offset, len(value))

    def __setitem__(self, key, val):
        self._check_writable()
        key = _as_bytes(key, "keys")
        val = _as_bytes(val, "values")
        self._verify_open()
        self._modified = True
        place = self._index.get(key)
        if place is None:
            place = self._append_value(val)
            self._index[key] = place
            with _io.open(self._dirfile, 'a', encoding="Latin-1") as listing:
                self._chmod(self._dirfile)
                listing.write(_index_line(key, place))
        elif _blocks(len(val)) <= _blocks(place[1]):
            self._index[key] = self._overwrite_value(place[0], val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        self._check_writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        del self._index[key]
        # the index is written now: the value's space is lost either way
        self._commit()

    def _closed_guard(self, action):
        try:
            return action(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def keys(self):
        return self._closed_guard(list)

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index.keys()]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise error('DBM object has already been closed') from None
            raise

    def iterkeys(self):
        return self._closed_guard(iter)

    __iter__ = iterkeys

    def __len__(self):
        return self._closed_guard(len)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        try:
            self._os.chmod(file, self._mode)
        except (OSError, AttributeError):
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """The dumb database of `file` (file.dat, file.dir). flag: 'r' read only, 'w' read and
    write, 'c' (the default) created if missing, 'n' always new and empty. mode: the new files'
    permissions, less the umask."""
    try:
        umask = _os.umask(0)
        _os.umask(umask)
    except (AttributeError, OSError):
        umask = 0o022       # a runtime without umask(): the usual one
    mode &= ~umask
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)

"""Generic access to DBM-style databases: open() picks the implementation a file was made with
(whichdb) or, for a new file, the first one available. Only dbm.dumb, written in Python, is
available here (CPython usually makes new files with dbm.gnu), so a new database is the files
NAME.dat and NAME.dir."""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    """The database in file, made when flag is 'c' or 'n' and it does not exist."""
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=['open'])
            except ImportError:
                continue
            if not _defaultmod:
                _defaultmod = mod
            _modules[name] = mod
        if not _defaultmod:
            raise ImportError("no dbm clone found; tried %s" % _names)
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """The module that made the database: 'dbm.dumb', 'dbm.gnu', 'dbm.ndbm', '' if unknown,
    None if there is no such file."""
    filename = os.fsencode(filename) if not isinstance(filename, str) else filename
    try:
        f = io.open(os.fspath(filename) + ".pag", "rb")
        f.close()
        f = io.open(os.fspath(filename) + ".dir", "rb")
        f.close()
        return "dbm.ndbm"
    except OSError:
        try:
            f = io.open(os.fspath(filename) + ".db", "rb")
            f.close()
            return "dbm.ndbm"
        except OSError:
            pass
    try:
        os.stat(os.fspath(filename) + ".dat")
        size = os.stat(os.fspath(filename) + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
        f = io.open(os.fspath(filename) + ".dir", "rb")
        try:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
        finally:
            f.close()
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    s = s16[0:4]
    if len(s) != 4:
        return ""
    try:
        (magic,) = struct.unpack("=l", s)
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    try:
        (magic,) = struct.unpack("=l", s16[-4:])
    except struct.error:
        return ""
    return ""

"""os.path on POSIX: paths as strings (join, split, splitext, basename, dirname, normpath, abspath,
relpath, commonprefix, commonpath, expanduser, isabs) and questions to the file system (exists,
isfile, isdir, islink, getsize, getmtime, getatime, getctime, samefile).

bytes paths are accepted where CPython accepts them for the string functions; str and bytes are
not mixed (TypeError, as CPython's). realpath does not resolve symbolic links here: it is the
normalized absolute path.
"""

__all__ = ['sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir', 'defpath', 'devnull',
           'join', 'split', 'splitext', 'splitdrive', 'basename', 'dirname', 'isabs', 'normcase', 'normpath',
           'abspath', 'realpath', 'relpath', 'commonprefix', 'commonpath', 'expanduser',
           'exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount', 'getsize', 'getmtime',
           'getatime', 'getctime', 'samefile']

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

# imported after the constants, as in CPython: genericpath imports os, which may import this module
import genericpath
import os
import posix
import stat as _stat
from genericpath import *
from genericpath import _check_arg_types, _mode


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def isabs(s):
    """Whether s is an absolute path."""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins path components with '/'; a component that is absolute discards the ones before it."""
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest without trailing slashes
    (unless it is all slashes)."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last component, unless the
    component only starts with dots."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The last component of p."""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Everything of p before its last component."""
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def normpath(path):
    """path with redundant separators and '.' removed and 'x/..' collapsed (lexically)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX keeps exactly two leading slashes, three or more become one
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    """The normalized absolute path of path (relative to the working directory)."""
    path = os.fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            path = join(posix.getcwd().encode(), path)
        else:
            path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute normalized path of filename (symbolic links are not resolved here)."""
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (the working directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (ValueError for none, or absolute mixed with relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expanduser(path):
    """path with a leading ~ replaced by the home directory ($HOME)."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no password database here
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    root = sep
    home = home.rstrip(root)
    return (home + path[i:]) or root


def lexists(path):
    """Whether path exists, a broken symbolic link included."""
    return _mode(path, False) is not None


def islink(path):
    """Whether path is a symbolic link."""
    mode = _mode(path, False)
    return mode is not None and _stat.S_ISLNK(mode)


def ismount(path):
    """Whether path is a mount point (here: only '/')."""
    return abspath(path) in ('/', b'/')

"""os.path on POSIX: paths as strings (join, split, splitext, basename, dirname, normpath, abspath,
relpath, commonprefix, commonpath, expanduser, isabs) and questions to the file system (exists,
isfile, isdir, islink, getsize, getmtime, getatime, getctime, samefile).

bytes paths are accepted where CPython accepts them for the string functions; str and bytes are
not mixed (TypeError, as CPython's). realpath does not resolve symbolic links here: it is the
normalized absolute path.
"""

import posix
import stat as _stat

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


def _fspath(p):
    import os
    return os.fspath(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def isabs(s):
    """Whether s is an absolute path."""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins path components with '/'; a component that is absolute discards the ones before it."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
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
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last component, unless the
    component only starts with dots."""
    p = _fspath(p)
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
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The last component of p."""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Everything of p before its last component."""
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def normpath(path):
    """path with redundant separators and '.' removed and 'x/..' collapsed (lexically)."""
    path = _fspath(path)
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
    path = _fspath(path)
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
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
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


def commonprefix(m):
    """The longest common leading part of the strings (or lists) in m, element by element."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (ValueError for none, or absolute mixed with relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
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
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no password database here
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    root = sep
    home = home.rstrip(root)
    return (home + path[i:]) or root


def _mode(path, follow=True):
    import os
    try:
        return os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file or directory (False for a broken symbolic link)."""
    return _mode(path) is not None


def lexists(path):
    """Whether path exists, a broken symbolic link included."""
    return _mode(path, False) is not None


def isfile(path):
    """Whether path is an existing regular file."""
    mode = _mode(path)
    return mode is not None and _stat.S_ISREG(mode)


def isdir(s):
    """Whether s is an existing directory."""
    mode = _mode(s)
    return mode is not None and _stat.S_ISDIR(mode)


def islink(path):
    """Whether path is a symbolic link."""
    mode = _mode(path, False)
    return mode is not None and _stat.S_ISLNK(mode)


def ismount(path):
    """Whether path is a mount point (here: only '/')."""
    return abspath(path) in ('/', b'/')


def getsize(filename):
    """The size of the file in bytes."""
    import os
    return os.stat(filename).st_size


def getmtime(filename):
    import os
    return os.stat(filename).st_mtime


def getatime(filename):
    import os
    return os.stat(filename).st_atime


def getctime(filename):
    import os
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    """Whether f1 and f2 are the same file (same device and inode)."""
    import os
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

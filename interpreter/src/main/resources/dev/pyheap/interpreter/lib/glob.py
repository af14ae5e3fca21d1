"""Pathnames matching a shell pattern (*, ?, [seq], and ** with recursive).

pyheap's own implementation of the standard module.  Names come in the order
the directory lists them; files whose name starts with a dot are matched only
by a pattern starting with a dot (or with include_hidden).
"""

import fnmatch
import os

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching pathname (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator of the paths matching pathname, relative to root_dir
    when given (then the results are relative to it too).  With recursive,
    '**' matches any files and zero or more directories."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported")
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    paths = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] in ('**', b'**'):
        # '**' alone yields '' first: not a path
        first = next(paths, None)
        if first is None:
            return iter(())
        if not first:
            return paths
        return _chain(first, paths)
    return paths


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # a pattern ending in a separator matches directories only
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob0
    elif recursive and _isrecursive(basename):
        in_dir = _glob2
    else:
        in_dir = _glob1
    for dirname in dirs:
        for name in in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    names = []
    try:
        with os.scandir(dirname or os.curdir) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    if isinstance(dirname, bytes):
        names = [os.fsencode(n) if isinstance(n, str) else n for n in names]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s has a wildcard: *, ? or [."""
    magic = b'*?[' if isinstance(s, bytes) else '*?['
    return any(c in magic for c in s)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern in ('**', b'**')


def escape(pathname):
    """pathname with every wildcard made to match itself ([*], [?], [[])."""
    if isinstance(pathname, bytes):
        return b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c])
                        for c in pathname)
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False, False)

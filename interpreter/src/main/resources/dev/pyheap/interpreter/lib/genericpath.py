"""Path operations common to more than one OS (CPython's genericpath): the questions to the file
system that posixpath and ntpath share, the prefix of a list of paths, the check that str and bytes
are not mixed, and the extension splitting."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir',
           'isfile', 'samefile', 'sameopenfile', 'samestat']


def exists(path):
    """Whether path names an existing file or directory (False for a broken symbolic link)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether path is an existing regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s is an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of the file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of the file's last modification (seconds since the epoch)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of the file's last access (seconds since the epoch)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of the file's last status change (seconds since the epoch)."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest common leading part of the strings (or lists) in m, element by element."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def samefile(f1, f2):
    """Whether f1 and f2 are the same file (same device and inode)."""
    return samestat(os.stat(f1), os.stat(f2))


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """(root, ext) of p: ext is its last extsep and what follows it in the last component
    (after the last sep or altsep), unless that component only starts with dots."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        for i in range(last_sep + 1, dot):
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # the TypeError of a path function given something that is not a path, or str and bytes mixed
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

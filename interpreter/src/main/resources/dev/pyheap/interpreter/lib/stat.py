"""The bits of stat_result.st_mode: the file type (S_IF*, S_IS*), the permission bits (S_I*),
S_IMODE, S_IFMT and filemode ('-rw-r--r--')."""

_S_IFMT_MASK = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9


def _mode_t(mode):
    # _PyLong_AsMode_t: a C unsigned int
    if not isinstance(mode, int):
        raise TypeError('an integer is required')
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFF:
        raise OverflowError('mode out of range')
    return int(mode)


def S_IMODE(mode):
    """The permission bits of mode (what chmod sets)."""
    return _mode_t(mode) & 0o7777


def S_IFMT(mode):
    """The file type bits of mode."""
    return _mode_t(mode) & _S_IFMT_MASK


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    _mode_t(mode)
    return False


def S_ISPORT(mode):
    _mode_t(mode)
    return False


def S_ISWHT(mode):
    _mode_t(mode)
    return False


_TYPE_CHARS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'), (S_IFDIR, 'd'),
               (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def filemode(mode):
    """mode as ls -l shows it: '-rwxr-xr-x'."""
    mode = _mode_t(mode)
    kind = '?'
    for bits, char in _TYPE_CHARS:
        if mode & _S_IFMT_MASK == bits:
            kind = char
            break
    chars = [kind]
    for who, (r, w, x, special, set_char, unset_char) in enumerate((
            (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S'),
            (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S'),
            (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))):
        chars.append('r' if mode & r else '-')
        chars.append('w' if mode & w else '-')
        if mode & special:
            chars.append(set_char if mode & x else unset_char)
        else:
            chars.append('x' if mode & x else '-')
    return ''.join(chars)


# These functions are _stat's, C in CPython (stat.py imports them over its own Python versions)
import _pyheap_c
_pyheap_c.stands_for_c(_mode_t, S_IMODE, S_IFMT, S_ISDIR, S_ISCHR, S_ISBLK, S_ISREG, S_ISFIFO, S_ISLNK,
                       S_ISSOCK, S_ISDOOR, S_ISPORT, S_ISWHT, filemode, module='_stat')
del _pyheap_c

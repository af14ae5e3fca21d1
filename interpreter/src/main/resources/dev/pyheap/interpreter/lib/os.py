"""The operating system: the process (getpid, environ, getenv, cpu_count, urandom, the user and
group ids, uname, times, umask, getloadavg, sched_getaffinity, sysconf/confstr/pathconf), commands
run by the shell (system, popen, and the W* helpers that read their wait status), the file system
(getcwd, chdir, fchdir, listdir, scandir, walk, stat, utime, mkdir, makedirs, remove, rmdir, rename,
link, symlink), file descriptors (open, read, write, close, lseek, dup, dup2, pipe, isatty) and os.path
(posixpath). The supports_* sets name the functions that take a descriptor, a dir_fd or
follow_symlinks=False here.

Written over the interpreter's posix module (Java), as CPython's os is over its C posix module:
  environ   a mapping of str read once from the process environment; changing it changes the
            mapping, which is the environment subprocess, system and popen give their children
  stat()    a stat_result: a tuple of 10 ints (times in whole seconds) with the st_* attributes,
            float times and the *_ns times
  fds       0, 1 and 2 are the process's standard streams: os.dup2(fd, 1) redirects what sys.stdout
            and print write until the saved descriptor is put back
The working directory that chdir moves is the interpreter's own (relative paths everywhere in the
interpreter resolve against it); the JVM's does not change.
system and popen run `/bin/sh -c COMMAND` through subprocess, so the child writes to the same
streams as a subprocess child does and nothing buffered in sys.stdout is flushed first (as with C's
system()). kill(getpid(), sig) delivers the signal to the program through signal.raise_signal (the
JVM keeps the process's own signals); other processes get it from the C library. waitpid and wait
are the C library's; _exit ends the process at once (no atexit, no finally, no flush).
Not here: fork/exec/spawn, which a process that is a JVM cannot offer (subprocess starts children).
"""

import sys
import posix
from posix import (getpid, getppid, cpu_count, getcwd, urandom, strerror, close, read, write, lseek,
                   dup, dup2, pipe, isatty, ftruncate, utime, fchdir, getuid, geteuid,
                   getgid, getegid, getgroups, uname, uname_result, times, times_result, umask,
                   getloadavg, sched_getaffinity, sysconf, sysconf_names, confstr, confstr_names,
                   pathconf, pathconf_names, get_terminal_size, terminal_size,
                   get_blocking, set_blocking, get_inheritable, set_inheritable, statvfs_result, stat_result,
                   getpgrp, getpgid, getsid, setsid, setpgid, getpriority, setpriority, sched_yield,
                   getlogin, ctermid, getrandom, getgrouplist, sync, waitpid, wait, _exit)
from posix import kill as _kill
import posixpath as path
import abc as _abc
import abc
import stat as st
from _collections_abc import MutableMapping as _MutableMapping, Mapping, MutableMapping
GenericAlias = type(list[int])

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir', 'defpath',
           'devnull', 'environ', 'getenv', 'getpid', 'getppid', 'cpu_count', 'getcwd', 'getcwdb', 'chdir',
           'listdir', 'scandir', 'walk', 'fwalk', 'fchmod', 'fchown', 'stat', 'lstat', 'fstat', 'stat_result', 'mkdir', 'makedirs',
           'remove', 'unlink', 'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'urandom',
           'strerror', 'fspath', 'fsencode', 'fsdecode', 'PathLike', 'open', 'read', 'write',
           'close', 'lseek', 'dup', 'dup2', 'pipe', 'isatty', 'access', 'chmod', 'error', 'path',
           'utime', 'fchdir', 'symlink', 'getuid', 'geteuid', 'getgid', 'getegid', 'getgroups', 'uname', 'uname_result', 'times',
           'times_result', 'umask', 'getloadavg', 'sched_getaffinity', 'sysconf', 'sysconf_names', 'confstr',
           'confstr_names', 'pathconf', 'pathconf_names', 'system', 'popen', 'kill', 'get_terminal_size', 'terminal_size', 'get_blocking', 'set_blocking', 'get_inheritable', 'set_inheritable', 'WIFEXITED', 'WEXITSTATUS',
           'WIFSIGNALED', 'WTERMSIG', 'WIFSTOPPED', 'WSTOPSIG', 'WIFCONTINUED', 'WCOREDUMP',
           'waitstatus_to_exitcode', 'readlink', 'link', 'truncate', 'chown', 'lchown', 'mkfifo',
           'mknod', 'statvfs', 'fstatvfs', 'statvfs_result', 'fsync', 'fdatasync', 'pread', 'pwrite',
           'readv', 'writev', 'sendfile', 'copy_file_range', 'closerange', 'pipe2', 'device_encoding',
           'ttyname', 'posix_fadvise', 'posix_fallocate', 'major', 'minor', 'makedev', 'getresuid',
           'getresgid', 'nice', 'getpgrp', 'getpgid', 'getsid', 'setsid', 'setpgid', 'getpriority',
           'setpriority', 'sched_yield', 'getlogin', 'ctermid', 'getrandom', 'getgrouplist', 'sync',
           'putenv', 'unsetenv', 'environb', 'getenvb', 'supports_bytes_environ',
           'waitpid', 'wait', '_exit', 'WNOHANG', 'WUNTRACED', 'WCONTINUED']

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
error = OSError
sys.modules['os.path'] = path

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3
O_NOCTTY = 0o400
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC = 0o10000
O_ASYNC = 0o20000
O_DIRECT = 0o40000
O_LARGEFILE = 0
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_SYNC = O_FSYNC = O_RSYNC = 0o4010000
O_PATH = 0o10000000
O_TMPFILE = 0o20200000
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4


class _Environ(_MutableMapping):
    """os.environ (str keys and values) and os.environb (bytes): two views of one mapping, the
    environment as the program sees it. Each change is also made with putenv/unsetenv, so the
    children the program starts inherit it."""

    def __init__(self, data, kind):
        self._data = data  # str -> str, shared by both views
        self._kind = kind

    def _encode(self, value):
        if not isinstance(value, self._kind):
            raise TypeError(f"{self._kind.__name__} expected, not {type(value).__name__}")
        return value if self._kind is str else value.decode('utf-8', 'surrogateescape')

    def _decode(self, value):
        return value if self._kind is str else value.encode('utf-8', 'surrogateescape')

    def __getitem__(self, key):
        try:
            return self._decode(self._data[self._encode(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = self._encode(key)
        value = self._encode(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = self._encode(key)
        unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([self._decode(key) for key in list(self._data)])

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{self._decode(key)!r}: {self._decode(value)!r}' for key, value in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


# The environment the C library holds: what putenv and unsetenv change, and what the children the
# program starts inherit (subprocess reads it); os.environ's changes go through them.
_c_environ = dict(posix.environ)


def _environment_str(value):
    if not isinstance(value, (str, bytes)) and not hasattr(type(value), '__fspath__'):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(value).__name__}")
    value = fspath(value)
    if isinstance(value, bytes):
        value = value.decode('utf-8', 'surrogateescape')
    if '\0' in value:
        raise ValueError("embedded null byte")
    return value


def putenv(name, value, /):
    """Sets the environment variable name to value for the children the program starts (not in
    os.environ: os.environ's own changes call this)."""
    name = _environment_str(name)
    value = _environment_str(value)
    if '=' in name:
        raise ValueError("illegal environment variable name")
    if not name:
        raise OSError(22, strerror(22))
    _c_environ[name] = value


def unsetenv(name, /):
    """Removes the environment variable name for the children the program starts."""
    name = _environment_str(name)
    if not name or '=' in name:
        raise OSError(22, strerror(22))
    _c_environ.pop(name, None)


environ = _Environ(dict(posix.environ), str)
environb = _Environ(environ._data, bytes)
supports_bytes_environ = True


def getenv(key, default=None):
    """The environment variable key if it exists, else default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes) if it exists, else default."""
    return environb.get(key, default)


def getcwdb():
    return getcwd().encode()


class PathLike(_abc.ABC):
    """An object with a file system path (its __fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


def fspath(path):
    """The file system path of path: a str or bytes as it is, else what path.__fspath__() returns."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    if not hasattr(path_type, '__fspath__'):
        # raised outside any handler: the error has no context, as the C function's
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    path_repr = path_type.__fspath__(path)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(path_repr).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _path(p, function='stat', argument='path', allow_none=False, _stacklevel=3):
    """A path argument as posix takes it: str (bytes decoded), or CPython's TypeError. Another
    bytes-like object is taken with 3.11's DeprecationWarning."""
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode('utf-8', 'surrogateescape')
    if hasattr(type(p), '__fspath__'):
        return _path(fspath(p), function, argument, allow_none, _stacklevel + 1)
    if function in ('stat', 'lstat', 'listdir', 'scandir', 'chdir', 'chmod', 'chown', 'truncate',
                    'statvfs', 'pathconf', 'utime'):
        allowed = 'string, bytes, os.PathLike, integer or None' if allow_none else 'string, bytes, os.PathLike or integer'
    else:
        allowed = 'string, bytes, os.PathLike or None' if allow_none else 'string, bytes or os.PathLike'
    message = f"{function}: {argument} should be {allowed}, not {type(p).__name__}"
    try:
        data = bytes(memoryview(p))
    except TypeError:
        raise TypeError(message) from None
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=_stacklevel)
    return data.decode('utf-8', 'surrogateescape')


def _given(p):
    # the object posixmodule's path_t keeps for an error's filename: fspath's result, or the
    # bytes-like object itself
    return fspath(p) if not isinstance(p, (str, bytes)) and hasattr(type(p), '__fspath__') else p


def _named(error, path, path2=None):
    """The OSError names the caller's own path objects, as posixmodule's errors do: bytes stay
    bytes, a name relative to a dir_fd stays relative."""
    error.filename = _given(path)
    if path2 is not None:
        error.filename2 = _given(path2)


def _dir_fd(dir_fd):
    # dir_fd_converter: None, or a C int through __index__
    if dir_fd is None:
        return None
    if not hasattr(type(dir_fd), '__index__'):
        raise TypeError(f"argument should be integer or None, not {type(dir_fd).__name__}")
    fd = dir_fd.__index__()
    if not -0x80000000 <= fd <= 0x7fffffff:
        raise OverflowError("fd is greater than maximum" if fd > 0 else "fd is less than minimum")
    return fd


def _at(p, dir_fd, function, argument='path'):
    """The path posix opens: p as _path gives it, under the directory dir_fd is open on when p is
    relative (the *at system calls); the error of a bad dir_fd names nothing until _named does."""
    name = _path(p, function, argument, _stacklevel=4)
    fd = _dir_fd(dir_fd)
    if fd is None or name.startswith(sep):
        return name
    if fd < 0:
        raise OSError(9, strerror(9))
    directory = posix._fd_path(fd)
    if directory is None or not path.isdir(directory):
        raise NotADirectoryError(20, strerror(20))
    if not name:
        raise FileNotFoundError(2, strerror(2))
    return directory + name if directory.endswith(sep) else directory + sep + name


def _by_fd(function, dir_fd, follow_symlinks=True):
    # a descriptor given for the path of a function that takes one (posixmodule's
    # fd_and_follow_symlinks_invalid, dir_fd_and_fd_invalid)
    if dir_fd is not None:
        raise ValueError(f"{function}: can't specify dir_fd without matching path")
    if not follow_symlinks:
        raise ValueError(f"{function}: cannot use fd and follow_symlinks together")


def _seconds(ns):
    # the float of a stat time is whole seconds plus nanoseconds * 1e-9, as posixmodule.c's fill_time
    seconds, nanos = divmod(ns, 1000000000)
    return seconds + nanos * 1e-9


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = raw[:10]
    extra = raw[10:] if len(raw) > 10 else (None, None, None)
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime // 1000000000, mtime // 1000000000, ctime // 1000000000,
                        _seconds(atime), _seconds(mtime), _seconds(ctime),
                        atime, mtime, ctime) + tuple(extra))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of the file path (following symbolic links unless follow_symlinks is false),
    relative to the directory dir_fd is open on, or of an open descriptor."""
    if isinstance(path, int):
        _by_fd('stat', dir_fd, follow_symlinks)
        return fstat(path)
    try:
        p = _at(path, dir_fd, 'stat')
        return _stat_result(posix.stat(p) if follow_symlinks else posix.lstat(p))
    except OSError as e:
        _named(e, path)
        raise


def fstat(fd):
    """The status of the file that descriptor fd is open on."""
    return _stat_result(posix.fstat(fd))


def lstat(path, *, dir_fd=None):
    """The status of path itself when it is a symbolic link."""
    try:
        return _stat_result(posix.lstat(_at(path, dir_fd, 'lstat')))
    except OSError as e:
        _named(e, path)
        raise


def _fd_directory(fd):
    # the directory a descriptor given to listdir/scandir is open on (its errors name the descriptor)
    directory = posix._fd_path(_c_int(fd))
    if directory is None or not path.isdir(directory):
        raise NotADirectoryError(20, strerror(20), fd)
    return directory


def listdir(path=None):
    """The names of the entries of the directory path ('.' by default), or of the directory a
    descriptor is open on, in the directory's order (bytes names for a bytes path)."""
    if path is None:
        return posix.listdir('.')
    if isinstance(path, int):
        return posix.listdir(_fd_directory(path))
    try:
        names = posix.listdir(_path(path, 'listdir', allow_none=True))
    except OSError as e:
        _named(e, path)
        raise
    return [fsencode(n) for n in names] if not isinstance(_given(path), str) else names


class DirEntry:
    """An entry scandir() yields: name, path, and the is_dir/is_file/is_symlink/stat of the entry
    (bytes name and path for a bytes directory; for a descriptor, the path is the name and the
    entry's stat is taken relative to the descriptor)."""

    def __init__(self, directory, name, dir_fd=None, encode=False):
        self._dir_fd = dir_fd
        if dir_fd is not None:
            full = name
        else:
            full = directory + name if directory.endswith(sep) else directory + sep + name
        if encode:
            name, full = fsencode(name), fsencode(full)
        self.name = name
        self.path = full
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path, dir_fd=self._dir_fd)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path, dir_fd=self._dir_fd)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000


class ScandirIterator:
    """What scandir() returns: an iterator of DirEntry objects, closed at its end or by close()."""

    def __init__(self, directory, names, dir_fd=None, encode=False):
        self._directory = directory
        self._names = iter(names)
        self._dir_fd = dir_fd
        self._encode = encode

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names), self._dir_fd, self._encode)

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory path ('.' by default), or
    of the directory a descriptor is open on."""
    if isinstance(path, int):
        return _ScandirIterator('', posix.listdir(_fd_directory(path)), dir_fd=path)
    try:
        directory = '.' if path is None else _path(path, 'scandir')
        names = posix.listdir(directory)
    except OSError as e:
        _named(e, path)
        raise
    return _ScandirIterator(directory, names, encode=path is not None and not isinstance(_given(path), str))


ScandirIterator.__module__ = DirEntry.__module__ = 'posix'
_ScandirIterator = ScandirIterator
del ScandirIterator


def fwalk(top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """walk() that also yields a descriptor open on each directory: (dirpath, dirnames,
    filenames, dirfd). The descriptors are closed as the walk moves on; a directory is entered
    only when the descriptor opened on its name is the directory that was listed (no symbolic
    link swapped in meanwhile) unless follow_symlinks."""
    sys.audit('os.fwalk', top, topdown, onerror, follow_symlinks, dir_fd)
    top = fspath(top)
    listed = stat(top, follow_symlinks=False, dir_fd=dir_fd)
    top_fd = open(top, O_RDONLY | O_NONBLOCK, dir_fd=dir_fd)
    try:
        if follow_symlinks or (st.S_ISDIR(listed.st_mode) and path.samestat(listed, stat(top_fd))):
            yield from _fwalk(top_fd, top, isinstance(top, bytes), topdown, onerror, follow_symlinks)
    finally:
        close(top_fd)


def _fwalk(top_fd, top_path, as_bytes, topdown, onerror, follow_symlinks):
    # one directory of fwalk: its entries through its descriptor, then each subdirectory opened
    # relative to it
    names = listdir(top_fd)
    dirs, nondirs = [], []
    for name in names:
        try:
            kind = stat(name, dir_fd=top_fd, follow_symlinks=follow_symlinks)
            is_dir = st.S_ISDIR(kind.st_mode)
        except OSError:
            # a dangling link is a file, as walk() finds it; one that vanished is left out
            try:
                stat(name, dir_fd=top_fd, follow_symlinks=False)
            except OSError:
                continue
            is_dir = False
        (dirs if is_dir else nondirs).append(fsencode(name) if as_bytes else name)
    if topdown:
        yield top_path, dirs, nondirs, top_fd
    for name in dirs:
        try:
            listed = stat(name, dir_fd=top_fd, follow_symlinks=follow_symlinks)
            dir_fd = open(name, O_RDONLY | O_NONBLOCK, dir_fd=top_fd)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        try:
            if follow_symlinks or path.samestat(listed, stat(dir_fd)):
                yield from _fwalk(dir_fd, path.join(top_path, name), as_bytes, topdown, onerror,
                                       follow_symlinks)
        finally:
            close(dir_fd)
    if not topdown:
        yield top_path, dirs, nondirs, top_fd


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every directory below it (top first
    when topdown, else after its subdirectories); a directory that cannot be listed goes to
    onerror(OSError) and is skipped."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_dirs.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def chdir(path):
    """Makes path the working directory that relative paths start from (a descriptor: the
    directory it was opened on, as fchdir)."""
    if isinstance(path, int):
        return posix.chdir(path)
    try:
        posix.chdir(_path(path, 'chdir'))
    except OSError as e:
        _named(e, path)
        raise


def _supports():
    # the functions that take a descriptor, a dir_fd, or follow_symlinks=False here: Linux's sets
    return ({chdir, chmod, chown, listdir, scandir, stat, statvfs, truncate, utime, pathconf},
            {access, chmod, chown, link, mkdir, mkfifo, mknod, open, readlink, rename, rmdir, stat,
             symlink, unlink, utime},
            {access, chown, link, stat, utime})


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Makes dst a symbolic link to src (dst relative to dir_fd's directory)."""
    try:
        posix.symlink(_path(src, 'symlink', 'src'), _at(dst, dir_fd, 'symlink', 'dst'))
    except OSError as e:
        _named(e, src, dst)
        raise


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Makes the directory path (FileExistsError if it exists)."""
    try:
        posix.mkdir(_at(path, dir_fd, 'mkdir'), mode)
    except OSError as e:
        _named(e, path)
        raise


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes the directory name and the missing directories above it; an existing leaf is an
    error unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    """Deletes the file path (IsADirectoryError for a directory)."""
    try:
        posix.remove(_at(path, dir_fd, 'remove'))
    except OSError as e:
        _named(e, path)
        raise


def unlink(path, *, dir_fd=None):
    """Deletes the file path (IsADirectoryError for a directory)."""
    try:
        posix.unlink(_at(path, dir_fd, 'unlink'))
    except OSError as e:
        _named(e, path)
        raise


def rmdir(path, *, dir_fd=None):
    """Deletes the empty directory path."""
    try:
        posix.rmdir(_at(path, dir_fd, 'rmdir'))
    except OSError as e:
        _named(e, path)
        raise


def removedirs(name):
    """Deletes the directory name, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Renames src to dst (replacing a file dst)."""
    try:
        posix.rename(_at(src, src_dir_fd, 'rename', 'src'), _at(dst, dst_dir_fd, 'rename', 'dst'))
    except OSError as e:
        _named(e, src, dst)
        raise


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Renames src to dst, replacing dst."""
    try:
        posix.replace(_at(src, src_dir_fd, 'replace', 'src'), _at(dst, dst_dir_fd, 'replace', 'dst'))
    except OSError as e:
        _named(e, src, dst)
        raise


def renames(old, new):
    """rename() after making new's missing directories; then removes old's empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Sets the permission bits of path (or of the file a descriptor is open on). Linux cannot
    set a symbolic link's own: NotImplementedError, as CPython's."""
    if isinstance(path, int):
        _by_fd('chmod', dir_fd, follow_symlinks)
        try:
            return fchmod(path, mode)
        except OSError as e:
            e.filename = path
            raise
    try:
        p = _at(path, dir_fd, 'chmod')
        if not follow_symlinks and st.S_ISLNK(posix.lstat(p)[0]):
            raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
        posix.chmod(p, mode)
    except OSError as e:
        _named(e, path)
        raise


def fchmod(fd, mode):
    """Sets the permission bits of the file that descriptor fd is open on."""
    name = posix._fd_path(_c_int(fd))
    if name is not None:
        posix.chmod(name, mode)


def fchown(fd, uid, gid):
    """Changes the owner and group of the file that descriptor fd is open on."""
    name = posix._fd_path(_c_int(fd))
    if name is not None:
        posix.chown(name, uid, gid)


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Opens the file path with the O_* flags (relative to dir_fd's directory); returns its file
    descriptor."""
    try:
        return posix.open(_at(path, dir_fd, 'open'), flags, mode)
    except OSError as e:
        _named(e, path)
        raise


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object (io.open's) over the open descriptor fd."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)




def system(command):
    """Run command in a subshell; the wait status: the exit code << 8, or the number of the
    signal that ended the shell."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return -code if code < 0 else code << 8


def kill(*args, **kwargs):
    """kill(pid, signal, /): send signal to the process pid (signal 0 only checks that it exists)."""
    if kwargs:
        raise TypeError("kill() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("kill() takes exactly 2 arguments (%d given)" % len(args))
    pid, signal = args
    if pid == getpid() and signal != 0 and type(signal) is not bool:
        if not 0 < _c_int(signal) < 65:
            raise OSError(22, 'Invalid argument')
        import signal as _signal
        _signal._deliver(signal, sys._getframe(1))
        return
    _kill(pid, signal)


def popen(cmd, mode="r", buffering=-1):
    """A file object reading the output of cmd (mode 'r') or writing its input (mode 'w'), run by
    the shell; its close() gives None for a zero exit status, else the wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """popen's file: the child's pipe, closed together with waiting for the child."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        return None if code == 0 else code << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def readlink(path, *, dir_fd=None):
    """The target a symbolic link points to (bytes for a bytes path)."""
    try:
        target = posix.readlink(_at(path, dir_fd, 'readlink'))
    except OSError as e:
        _named(e, path)
        raise
    return fsencode(target) if not isinstance(_given(path), str) else target


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Makes dst a hard link to the file src (to a symbolic link src itself unless
    follow_symlinks, as linkat)."""
    try:
        source = _at(src, src_dir_fd, 'link', 'src')
        if follow_symlinks and path.islink(source):
            source = path.realpath(source)
        posix.link(source, _at(dst, dst_dir_fd, 'link', 'dst'))
    except OSError as e:
        _named(e, src, dst)
        raise


def truncate(path, length):
    """Cuts the file path (or open descriptor) to length bytes, or extends it with zeros."""
    if isinstance(path, int):
        return ftruncate(path, length)
    try:
        posix.truncate(_path(path, 'truncate'), length)
    except OSError as e:
        _named(e, path)
        raise


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    """Changes the owner and group of path (-1 leaves one as it is), or of an open descriptor."""
    if isinstance(path, int):
        _by_fd('chown', dir_fd, follow_symlinks)
        try:
            return fchown(path, uid, gid)
        except OSError as e:
            e.filename = path
            raise
    try:
        p = _at(path, dir_fd, 'chown')
        (posix.chown if follow_symlinks else posix.lchown)(p, uid, gid)
    except OSError as e:
        _named(e, path)
        raise


def lchown(path, uid, gid):
    """chown() of a symbolic link itself."""
    try:
        posix.lchown(_path(path, 'lchown'), uid, gid)
    except OSError as e:
        _named(e, path)
        raise


def mkfifo(path, mode=0o666, *, dir_fd=None):
    """Makes a named pipe at path."""
    # posixmodule's mkfifo reports its errors without the path
    posix.mkfifo(_at(path, dir_fd, 'mkfifo'), mode)


def mknod(path, mode=0o600, device=0, *, dir_fd=None):
    """Makes a file system node (a file, a device file or a named pipe) at path."""
    # posixmodule's mknod reports its errors without the path
    posix.mknod(_at(path, dir_fd, 'mknod'), mode, device)


def statvfs(path):
    """The status of the file system holding path (or an open descriptor)."""
    if isinstance(path, int):
        return posix.statvfs(path)
    try:
        return posix.statvfs(_path(path, 'statvfs'))
    except OSError as e:
        _named(e, path)
        raise


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the program may use path in mode (F_OK, or R_OK|W_OK|X_OK), relative to dir_fd's
    directory; a symbolic link itself unless follow_symlinks. False when it may not, never an
    error for the file."""
    try:
        p = _at(path, dir_fd, 'access')
    except OSError:
        return False
    if not follow_symlinks:
        try:
            if st.S_ISLNK(posix.lstat(p)[0]):
                return mode == 0 or posix.access(p, mode)
        except OSError:
            return False
    return posix.access(p, mode)


def fstatvfs(fd, /):
    """The status of the file system holding the file that descriptor fd is open on."""
    return posix.statvfs(_c_int(fd))


def _fileno(fd):
    # fsync and fdatasync take a file object too, as PyObject_AsFileDescriptor does
    if isinstance(fd, int):
        return fd
    fileno = getattr(fd, 'fileno', None)
    if fileno is None:
        raise TypeError("argument must be an int, or have a fileno() method.")
    fd = fileno()
    if not isinstance(fd, int):
        raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%i)" % fd)
    return fd


def fsync(fd):
    """Writes the file's data and metadata held in memory to the disk."""
    posix.fsync(_fileno(fd))


def fdatasync(fd):
    """Writes the file's data held in memory to the disk."""
    posix.fdatasync(_fileno(fd))


def pread(fd, length, offset, /):
    """Reads at most length bytes at offset of the file fd, leaving its position alone."""
    return posix.pread(fd, length, offset)


def pwrite(fd, buffer, offset, /):
    """Writes buffer at offset of the file fd, leaving its position alone."""
    return posix.pwrite(fd, bytes(memoryview(buffer)), offset)


def readv(fd, buffers, /):
    """Reads into each writable buffer in turn; the number of bytes read."""
    buffers = list(buffers)
    views = [memoryview(b).cast('B') for b in buffers]
    data = read(fd, sum(len(v) for v in views))
    done = 0
    for view in views:
        part = data[done:done + len(view)]
        view[:len(part)] = part
        done += len(part)
        if done == len(data):
            break
    return len(data)


def writev(fd, buffers, /):
    """Writes the buffers one after another; the number of bytes written."""
    return write(fd, b''.join(bytes(memoryview(b)) for b in buffers))


def sendfile(out_fd, in_fd, offset, count):
    """Copies count bytes from in_fd (at offset, or its position when offset is None) to out_fd;
    the number of bytes copied."""
    data = read(in_fd, count) if offset is None else pread(in_fd, count, offset)
    return write(out_fd, data) if data else 0


def copy_file_range(src, dst, count, offset_src=None, offset_dst=None):
    """Copies count bytes from the file src to the file dst (at the offsets, or their positions)."""
    if not (st.S_ISREG(fstat(src).st_mode) and st.S_ISREG(fstat(dst).st_mode)):
        raise OSError(22, strerror(22))  # the system call copies between regular files only
    data = read(src, count) if offset_src is None else pread(src, count, offset_src)
    if not data:
        return 0
    return write(dst, data) if offset_dst is None else pwrite(dst, data, offset_dst)


def closerange(fd_low, fd_high, /):
    """Closes the descriptors from fd_low (included) to fd_high (excluded), ignoring errors."""
    for fd in range(_c_int(fd_low), _c_int(fd_high)):
        try:
            close(fd)
        except OSError:
            pass


def pipe2(flags, /):
    """pipe() with O_NONBLOCK and O_CLOEXEC applied to both ends."""
    flags = _c_int(flags)
    if flags & ~(O_NONBLOCK | O_CLOEXEC):
        raise OSError(22, strerror(22))
    ends = pipe()
    for fd in ends:
        if flags & O_NONBLOCK:
            set_blocking(fd, False)
        set_inheritable(fd, False)
    return ends


def device_encoding(fd):
    """The encoding of the terminal fd is open on; None when it is not a terminal."""
    return None if not isatty(fd) else 'utf-8'


def ttyname(fd, /):
    """The name of the terminal fd is open on (no descriptor here is a terminal, as isatty says)."""
    fstat(fd)
    raise OSError(25, strerror(25))


def posix_fadvise(fd, offset, length, advice, /):
    """Advice on how the file will be read; the kernel is free to ignore it, and so is this."""
    if not _c_int(advice) in range(6):
        raise OSError(22, strerror(22))
    pread(fd, 0, 0)  # EBADF for a closed descriptor, ESPIPE for a pipe, as the system call
    if offset < 0 or length < 0:
        raise OSError(22, strerror(22))


def posix_fallocate(fd, offset, length, /):
    """Makes the file fd at least offset + length bytes long (zeros after its end)."""
    if offset < 0 or length <= 0:
        raise OSError(22, strerror(22))
    size = fstat(fd).st_size
    pread(fd, 0, 0)
    if offset + length > size:
        ftruncate(fd, offset + length)


def major(device, /):
    """The major number of a device number (glibc's encoding)."""
    device = _c_uint64(device)
    return ((device >> 32) & 0xfffff000) | ((device >> 8) & 0x00000fff)


def minor(device, /):
    """The minor number of a device number (glibc's encoding)."""
    device = _c_uint64(device)
    return ((device >> 12) & 0xffffff00) | (device & 0x000000ff)


def makedev(major, minor, /):
    """The device number of a major and a minor number (glibc's encoding)."""
    major = _c_uint32(major)
    minor = _c_uint32(minor)
    return (((major & 0x00000fff) << 8) | ((major & 0xfffff000) << 32)
            | (minor & 0x000000ff) | ((minor & 0xffffff00) << 12))


def _c_uint64(value):
    value = _c_int_like(value)
    if value < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if value > 0xffffffffffffffff:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return value


def _c_uint32(value):
    value = _c_int_like(value)
    if not -0x80000000 <= value <= 0xffffffff:
        raise OverflowError("Python int too large to convert to C unsigned int" if value > 0
                            else "can't convert negative int to unsigned")
    return value & 0xffffffff


def _c_int_like(value):
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _status_ids(field):
    # the real, effective and saved ids, as the kernel lists them in /proc/self/status
    import io
    with io.open('/proc/self/status') as status:
        for line in status:
            if line.startswith(field):
                return tuple(int(part) for part in line.split()[1:4])
    raise OSError(38, strerror(38))


def getresuid():
    """(ruid, euid, suid): the process's real, effective and saved user ids."""
    return _status_ids('Uid:')


def getresgid():
    """(rgid, egid, sgid): the process's real, effective and saved group ids."""
    return _status_ids('Gid:')


def nice(increment, /):
    """Adds increment to the process's niceness; the new niceness."""
    value = getpriority(PRIO_PROCESS, 0) + _c_int(increment)
    value = max(-20, min(19, value))
    setpriority(PRIO_PROCESS, 0, value)
    return getpriority(PRIO_PROCESS, 0)


PRIO_PROCESS, PRIO_PGRP, PRIO_USER = 0, 1, 2
GRND_NONBLOCK, GRND_RANDOM = 1, 2
SEEK_DATA, SEEK_HOLE = 3, 4
ST_RDONLY, ST_NOSUID, ST_NODEV, ST_NOEXEC, ST_SYNCHRONOUS, ST_MANDLOCK = 1, 2, 4, 8, 16, 64
ST_WRITE, ST_APPEND, ST_NOATIME, ST_NODIRATIME, ST_RELATIME = 128, 256, 1024, 2048, 4096
TMP_MAX = 238328
NGROUPS_MAX = 65536
CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED = 1, 2, 3, 4, 5, 6
P_ALL, P_PID, P_PGID, P_PIDFD = 0, 1, 2, 3
P_WAIT, P_NOWAIT, P_NOWAITO = 0, 1, 1
RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL = 1, 2, 256, 0
RTLD_NODELETE, RTLD_NOLOAD, RTLD_DEEPBIND = 4096, 4, 8
SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE = 0, 1, 2, 3, 5
SCHED_RESET_ON_FORK = 0x40000000
POSIX_FADV_NORMAL, POSIX_FADV_RANDOM, POSIX_FADV_SEQUENTIAL = 0, 1, 2
POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE = 3, 4, 5


# The fields of a wait status (Linux's encoding): the low 7 bits are the signal that ended the
# child (0: it exited, 0x7f: it is stopped), bit 7 a core dump, the next byte the exit code or the
# stopping signal; 0xffff means continued.

def _c_int(value):
    value = _c_int_like(value)
    if not -0x80000000 <= value <= 0x7fffffff:
        raise OverflowError("Python int too large to convert to C int")
    return value


def _status(status):
    return _c_int(status) & 0xffffffff


def WIFEXITED(status):
    """True if the process exited through exit()."""
    return _status(status) & 0x7f == 0


def WEXITSTATUS(status):
    """The exit code of a process that exited."""
    return (_status(status) >> 8) & 0xff


def WIFSIGNALED(status):
    """True if a signal ended the process."""
    low = _status(status) & 0x7f
    return low != 0 and low != 0x7f


def WTERMSIG(status):
    """The signal that ended the process."""
    return _status(status) & 0x7f


def WIFSTOPPED(status):
    """True if the process is stopped."""
    return _status(status) & 0xff == 0x7f


def WSTOPSIG(status):
    """The signal that stopped the process."""
    return (_status(status) >> 8) & 0xff


def WIFCONTINUED(status):
    """True if the process was resumed by SIGCONT."""
    return _status(status) == 0xffff


def WCOREDUMP(status):
    """True if the process left a core dump."""
    return bool(_status(status) & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code of a wait status, or the negated signal number that ended the process."""
    status = _c_int(status)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError("process stopped by delivery of signal %i" % WSTOPSIG(status))
    raise ValueError("invalid wait status: %i" % status)


EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE = 0, 64, 65, 66, 67, 68, 69, 70
EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG = 71, 72, 73, 74, 75, 76, 77, 78
WNOHANG, WUNTRACED, WSTOPPED, WEXITED, WCONTINUED, WNOWAIT = 1, 2, 2, 4, 8, 0x01000000


supports_fd, supports_dir_fd, supports_follow_symlinks = _supports()
supports_effective_ids = {access}
del _supports

# What posixmodule.c writes in C leaves no frame in a traceback; the functions CPython's own os.py
# writes in Python keep theirs.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), exclude=('_Environ', 'getenv', 'getenvb', 'PathLike', 'fsencode', 'fsdecode',
                                           'walk', 'fwalk', '_fwalk', 'makedirs', 'removedirs', 'renames', 'fdopen',
                                           'get_exec_path', 'popen', '_wrap_close'), module='posix')
del _pyheap_c

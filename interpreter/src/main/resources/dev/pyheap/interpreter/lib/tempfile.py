"""Temporary files and directories with names no one else has: mkstemp, mkdtemp, mktemp,
gettempdir, TemporaryDirectory and NamedTemporaryFile/TemporaryFile.

Names are prefix + 8 random characters + suffix in dir (gettempdir(): $TMPDIR, $TEMP, $TMP, then
/tmp), made with O_EXCL so an existing name is never reused, files with mode 0o600 and
directories with 0o700, as CPython's. The file objects of NamedTemporaryFile are this module's
own, over the descriptor: write, read, seek, tell, flush, close, iteration over lines and the
with statement (CPython's are io objects).
"""

import os as _os
import io as _io
import sys as _sys
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp',
           'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None
_rng_pid = None


def _random_name():
    global _rng, _rng_pid
    pid = _os.getpid()
    if _rng is None or _rng_pid != pid:
        _rng = _random.Random()
        _rng_pid = pid
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, _os.W_OK | _os.X_OK):
            return dir
    raise FileNotFoundError(2, f'No usable temporary directory found in {_candidate_tempdir_list()}')


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary files go to by default (found once)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    output_type = str
    for arg in (prefix, suffix, dir):
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if output_type is str and (prefix is not None or suffix is not None or dir is not None) \
                    and any(isinstance(a, str) for a in (prefix, suffix) if a is not None):
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            output_type = bytes
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _make_new(dir, pre, suf, output_type, make, what):
    """make(path) for fresh random names in dir until one does not exist yet; what make returns
    and the absolute path."""
    dir = _os.path.abspath(dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, pre + name + suf)
        try:
            return make(file), file
        except FileExistsError:
            continue
    raise FileExistsError(17, f'No usable temporary {what} name found')


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    return _make_new(dir, pre, suf, output_type, lambda file: _os.open(file, flags, 0o600), 'file')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file (mode 0o600) and returns (descriptor open for reading and writing, absolute path)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory (mode 0o700) and returns its absolute path."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _make_new(dir, prefix, suffix, output_type, lambda file: _os.mkdir(file, 0o700), 'directory')[1]


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


def _rmtree(path, ignore_errors=False):
    try:
        entries = list(_os.scandir(path))
    except OSError:
        if ignore_errors:
            return
        raise
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                _rmtree(entry.path, ignore_errors)
            else:
                _os.unlink(entry.path)
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A new directory (mkdtemp) removed with everything in it by cleanup(), at the end of a with
    statement (which gives its name) or when the object goes away."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._closed and _os.path.exists(self.name):
            self._closed = True
            _rmtree(self.name, self._ignore_cleanup_errors)

    def __del__(self):
        if not self._closed:
            self._closed = True
            _rmtree(self.name, True)


def _file_mode(mode):
    """The mode a binary file reports (FileIO's): 'w+b' -> 'rb+'."""
    if 'a' in mode:
        return 'ab+' if '+' in mode else 'ab'
    if '+' in mode:
        return 'rb+'
    for c in 'wx':
        if c in mode:
            return c + 'b'
    return 'rb'


class _TemporaryFile(_io._DescriptorFile):
    """A file over a descriptor of mkstemp: bytes for binary modes, str (UTF-8) for text ones."""

    def __init__(self, fd, name, mode, delete, encoding):
        super().__init__(fd, name, _file_mode(mode) if 'b' in mode else mode, encoding)
        self.delete = delete
        self._path = name

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.name!r} mode={self.mode!r}>'

    def close(self):
        if not self.closed:
            super().close()
            if self.delete:
                try:
                    _os.unlink(self._path)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A new file (mkstemp) with a name, open in mode, deleted when closed if delete."""
    if not any(c in mode for c in 'rwax') or mode.count('+') > 1:
        raise ValueError(f'invalid mode: {mode!r}')
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, output_type)
    return _TemporaryFile(fd, name, mode, delete, encoding)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A new file whose name is its descriptor; its path is removed when it is closed."""
    f = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir)
    # The path stays until close (deleted then): a child process given the file opens it by path,
    # since posix's descriptors are not the process's.
    f.name = f.fd
    return f

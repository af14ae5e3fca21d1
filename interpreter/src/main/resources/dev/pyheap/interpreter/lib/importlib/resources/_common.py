"""files() and as_file(): the package's folder as a Traversable (importlib.resources' _common
module, whose function names an error's traceback shows)."""

import contextlib
import importlib
import os
import pathlib
import tempfile
import types

import _imp

_LIBRARY_PREFIX = '<pyheap>/lib/'


class _LibraryPath:
    """A file or folder of the interpreter's library: readable, not listable (the library is
    inside the jar, which this runtime reads by name only)."""

    def __init__(self, relative):
        self._relative = relative.strip('/')

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, _LIBRARY_PREFIX + self._relative)

    def __str__(self):
        return _LIBRARY_PREFIX + self._relative

    def __eq__(self, other):
        return isinstance(other, _LibraryPath) and other._relative == self._relative

    def __hash__(self):
        return hash(self._relative)

    @property
    def name(self):
        return self._relative.rpartition('/')[2]

    def joinpath(self, *descendants):
        relative = self._relative
        for part in descendants:
            for piece in str(part).split('/'):
                if piece:
                    relative = relative + '/' + piece if relative else piece
        return _LibraryPath(relative)

    __truediv__ = joinpath

    def _source(self):
        return _imp._library_source(self._relative)

    def is_file(self):
        return self._source() is not None

    def is_dir(self):
        return _imp._library_source(self._relative + '/__init__.py') is not None

    def iterdir(self):
        raise NotImplementedError("the library's folders cannot be listed here")

    def read_bytes(self):
        found = self._source()
        if found is None:
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return found[1]

    def read_text(self, encoding=None):
        return self.read_bytes().decode(encoding or 'utf-8')

    def open(self, mode='r', *args, **kwargs):
        if mode == 'rb':
            return io.BytesIO(self.read_bytes())
        if mode == 'r':
            encoding = kwargs.get('encoding', args[0] if args else None) or 'utf-8'
            errors = kwargs.get('errors', args[1] if len(args) > 1 else None) or 'strict'
            return io.StringIO(self.read_bytes().decode(encoding, errors))
        raise ValueError("Invalid mode value '%s', only 'r' and 'rb' are supported" % mode)


def resolve(candidate):
    if isinstance(candidate, types.ModuleType):
        return candidate
    return importlib.import_module(candidate)


def get_package(package):
    module = resolve(package)
    if getattr(module, '__path__', None) is None:
        raise TypeError(f'{package!r} is not a package')
    return module


def files(package):
    """The Traversable of the folder of `package` (a module or its name)."""
    return from_package(get_package(package))


def from_package(module):
    location = list(module.__path__)[0] if list(module.__path__) else None
    if location is None:
        location = os.path.dirname(module.__file__)
    if location.startswith(_LIBRARY_PREFIX) or location + '/' == _LIBRARY_PREFIX:
        return _LibraryPath(location[len(_LIBRARY_PREFIX):])
    return pathlib.Path(location)


@contextlib.contextmanager
def _temporary_copy(path):
    fd, raw_path = tempfile.mkstemp(suffix=path.name)
    try:
        try:
            os.write(fd, path.read_bytes())
        finally:
            os.close(fd)
        yield pathlib.Path(raw_path)
    finally:
        try:
            os.remove(raw_path)
        except FileNotFoundError:
            pass


def as_file(path):
    """A context manager giving a path on disk for the Traversable `path` (a temporary copy when
    it is not a file on disk)."""
    if isinstance(path, pathlib.Path):
        return contextlib.nullcontext(path)
    return _temporary_copy(path)

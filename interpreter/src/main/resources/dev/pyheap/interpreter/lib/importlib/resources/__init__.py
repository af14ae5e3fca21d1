"""Read resources contained within a package.

files(package) gives the package's folder as a Traversable: a pathlib.Path for a package on disk,
or, for a package of this interpreter's own library (shipped inside its jar), a read-only
Traversable whose files are read through _imp._library_source. The legacy functions (read_text,
open_binary, contents, path, ...) go through files() and warn that they are deprecated, as 3.11's
do.
"""

import contextlib
import functools
import importlib
import io
import os
import pathlib
import sys
import tempfile
import types
import warnings

import _imp

__all__ = [
    'Package',
    'Resource',
    'ResourceReader',
    'as_file',
    'contents',
    'files',
    'is_resource',
    'open_binary',
    'open_text',
    'path',
    'read_binary',
    'read_text',
]

Package = types.ModuleType
Resource = str


class ResourceReader:
    """The abstract reader a loader may provide (nothing here provides one)."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError


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


def _resolve(candidate):
    if isinstance(candidate, types.ModuleType):
        return candidate
    return importlib.import_module(candidate)


def _package(package):
    module = _resolve(package)
    if getattr(module, '__path__', None) is None:
        raise TypeError(f'{package!r} is not a package')
    return module


def files(package):
    """The Traversable of the folder of `package` (a module or its name)."""
    module = _package(package)
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


def _deprecated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. "
            "Refer to https://importlib-resources.readthedocs.io"
            "/en/latest/using.html#migrating-from-legacy for migration advice.",
            DeprecationWarning,
            stacklevel=2,
        )
        return func(*args, **kwargs)
    return wrapper


def _normalize_path(path):
    text = str(path)
    parent, file_name = os.path.split(text)
    if parent:
        raise ValueError(f'{path!r} must be only a file name')
    return file_name


@_deprecated
def open_binary(package, resource):
    """A binary file reading the resource."""
    return (files(package) / _normalize_path(resource)).open('rb')


@_deprecated
def read_binary(package, resource):
    """The bytes of the resource."""
    return (files(package) / _normalize_path(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """A text file reading the resource."""
    return (files(package) / _normalize_path(resource)).open('r', encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """The text of the resource."""
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    """The names of the entries of the package's folder (resources or not)."""
    return [entry.name for entry in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """Whether `name` is a file (not a folder) of the package."""
    resource = _normalize_path(name)
    return any(entry.name == resource and entry.is_file() for entry in files(package).iterdir())


@_deprecated
def path(package, resource):
    """A context manager giving a path on disk of the resource."""
    return as_file(files(package) / _normalize_path(resource))

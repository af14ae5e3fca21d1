"""The functions of importlib.resources that 3.11 deprecates, over files()."""

import functools
import os
import warnings

from . import _common


def deprecated(func):
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


def normalize_path(path):
    text = str(path)
    parent, file_name = os.path.split(text)
    if parent:
        raise ValueError(f'{path!r} must be only a file name')
    return file_name


@deprecated
def open_binary(package, resource):
    """A binary file reading the resource."""
    return (_common.files(package) / normalize_path(resource)).open('rb')


@deprecated
def read_binary(package, resource):
    """The bytes of the resource."""
    return (_common.files(package) / normalize_path(resource)).read_bytes()


@deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """A text file reading the resource."""
    return (_common.files(package) / normalize_path(resource)).open('r', encoding=encoding, errors=errors)


@deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """The text of the resource."""
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@deprecated
def contents(package):
    """The names of the entries of the package's folder (resources or not)."""
    return [entry.name for entry in _common.files(package).iterdir()]


@deprecated
def is_resource(package, name):
    """Whether `name` is a file (not a folder) of the package."""
    resource = normalize_path(name)
    return any(entry.name == resource and entry.is_file() for entry in _common.files(package).iterdir())


@deprecated
def path(package, resource):
    """A context manager giving a path on disk of the resource."""
    return _common.as_file(_common.files(package) / normalize_path(resource))

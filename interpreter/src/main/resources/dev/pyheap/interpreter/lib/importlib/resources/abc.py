"""importlib.resources.abc: what a package's resource reader provides (ResourceReader), the
pathlib-like view of a resource tree (the Traversable protocol), and TraversableResources, a reader
built on a Traversable from its files()."""

import abc
import io
import os
from typing import Any, BinaryIO, Iterable, Iterator, NoReturn, Optional, Protocol, Text, Union, runtime_checkable

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]

StrPath = Union[str, os.PathLike[str]]


class ResourceReader(metaclass=abc.ABCMeta):
    """The resources of one package, by file name (a loader's get_resource_reader gives one)."""

    @abc.abstractmethod
    def open_resource(self, resource: Text) -> BinaryIO:
        """A binary stream of the resource; FileNotFoundError when there is none."""
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource: Text) -> Text:
        """The resource's path on the file system; FileNotFoundError when it has none."""
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path: Text) -> bool:
        """Whether path names a file (a resource) of the package, not a folder."""
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self) -> Iterable[str]:
        """The names of what the package holds."""
        raise FileNotFoundError


@runtime_checkable
class Traversable(Protocol):
    """The part of pathlib.Path's interface a resource tree offers: walking it and opening files."""

    @abc.abstractmethod
    def iterdir(self) -> Iterator["Traversable"]:
        """What this folder holds."""

    def read_bytes(self) -> bytes:
        """The file's whole content as bytes."""
        with self.open('rb') as stream:
            return stream.read()

    def read_text(self, encoding: Optional[str] = None) -> str:
        """The file's whole content as text."""
        with self.open(encoding=encoding) as stream:
            return stream.read()

    @abc.abstractmethod
    def is_dir(self) -> bool:
        """Whether this is a folder."""

    @abc.abstractmethod
    def is_file(self) -> bool:
        """Whether this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants: StrPath) -> "Traversable":
        """The Traversable below this one that the segments name (each may hold '/')."""

    def __truediv__(self, child: StrPath) -> "Traversable":
        """self / child: joinpath with one segment."""
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """A stream to read the file, text ('r', with io.TextIOWrapper's arguments) or binary ('rb')."""

    @abc.abstractproperty
    def name(self) -> str:
        """The last segment of this path."""


class TraversableResources(ResourceReader):
    """A ResourceReader whose answers all come from the Traversable that files() gives."""

    @abc.abstractmethod
    def files(self) -> "Traversable":
        """The package's resource tree."""

    def open_resource(self, resource: StrPath) -> io.BufferedReader:
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource: Any) -> NoReturn:
        raise FileNotFoundError(resource)

    def is_resource(self, path: StrPath) -> bool:
        return self.files().joinpath(path).is_file()

    def contents(self) -> Iterator[str]:
        return (item.name for item in self.files().iterdir())

"""importlib.abc: the abstract classes of the import protocol — the finders (MetaPathFinder for
sys.meta_path, PathEntryFinder for one sys.path entry), the loaders (Loader, ResourceLoader,
InspectLoader, ExecutionLoader, FileLoader, SourceLoader) and the resource readers — with the import
system's own classes registered as their virtual subclasses, as CPython 3.11's module has them."""

from . import _bootstrap_external
from . import machinery
import _frozen_importlib
import _frozen_importlib_external
from ._abc import Loader
import abc
import warnings

from .resources.abc import ResourceReader, Traversable, TraversableResources

__all__ = [
    'Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder',
    'ResourceLoader', 'InspectLoader', 'ExecutionLoader',
    'FileLoader', 'SourceLoader',
    'ResourceReader', 'Traversable', 'TraversableResources',
]


def _register(abstract_cls, *classes):
    """Each class (and its twin in the frozen modules, when it has one) a virtual subclass."""
    for cls in classes:
        abstract_cls.register(cls)
        twin = getattr(_frozen_importlib, cls.__name__, None)
        if twin is None:
            twin = getattr(_frozen_importlib_external, cls.__name__, None)
        if twin is not None and twin is not cls:
            abstract_cls.register(twin)


class Finder(metaclass=abc.ABCMeta):
    """The old finder ABC, with only find_module (deprecated; use MetaPathFinder or PathEntryFinder)."""

    def __init__(self):
        warnings.warn("the Finder ABC is deprecated and slated for removal in Python 3.12; use "
                      "MetaPathFinder or PathEntryFinder instead", DeprecationWarning)

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        """A loader for the module fullname, or None."""
        warnings.warn("importlib.abc.Finder along with its find_module() method are deprecated and "
                      "slated for removal in Python 3.12; use MetaPathFinder.find_spec() or "
                      "PathEntryFinder.find_spec() instead", DeprecationWarning)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder on sys.meta_path: find_spec(fullname, path, target=None) gives a spec or None."""

    def find_module(self, fullname, path):
        """The loader of find_spec's spec, or None (deprecated)."""
        warnings.warn("MetaPathFinder.find_module() is deprecated since Python 3.4 in favor of "
                      "MetaPathFinder.find_spec() and is slated for removal in Python 3.12",
                      DeprecationWarning, stacklevel=2)
        if not hasattr(self, 'find_spec'):
            return None
        found = self.find_spec(fullname, path)
        return found.loader if found is not None else None

    def invalidate_caches(self):
        """Forget what the finder cached (importlib.invalidate_caches calls it)."""


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, machinery.WindowsRegistryFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """The finder of one sys.path entry (a path hook makes it): find_spec(fullname, target=None)."""

    def find_loader(self, fullname):
        """(loader, namespace portions) for fullname (deprecated)."""
        warnings.warn("PathEntryFinder.find_loader() is deprecated since Python 3.4 in favor of "
                      "PathEntryFinder.find_spec() (available since 3.4)", DeprecationWarning)
        if not hasattr(self, 'find_spec'):
            return None, []
        found = self.find_spec(fullname)
        if found is None:
            return None, []
        return found.loader, found.submodule_search_locations or []

    find_module = _bootstrap_external._find_module_shim

    def invalidate_caches(self):
        """Forget what the finder cached (importlib.invalidate_caches calls it)."""


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that can read a file's data by its path (PEP 302's optional get_data)."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at path; OSError when there is none."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can show what it loads: is_package, get_source, get_code."""

    def is_package(self, fullname):
        """Whether fullname is a package; ImportError when the loader does not know it."""
        raise ImportError

    def get_code(self, fullname):
        """The code object of fullname compiled from get_source's text, or None without a source."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The source text of fullname, None when it has none; ImportError when the loader does not know it."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """data (a str, bytes or an AST) compiled in 'exec' mode, with path as its file name."""
        return compile(data, path, 'exec', dont_inherit=True)

    exec_module = _bootstrap_external._LoaderBasics.exec_module
    load_module = _bootstrap_external._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the file a module comes from (get_filename: its __file__)."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The path of fullname's file; ImportError when the loader does not know it."""
        raise ImportError

    def get_code(self, fullname):
        """get_source's text compiled with get_filename's path as its file name (when there is one)."""
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """The loader of a module from a file, given its name and path."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of source code, given get_data and get_filename (path_stats/path_mtime and
    set_data optional: without them nothing is cached)."""

    def path_mtime(self, path):
        """The modification time of path (an int or float); OSError when it is unknown."""
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)['mtime'])

    def path_stats(self, path):
        """{'mtime': ...} (and optionally 'size') of path; OSError when unknown."""
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Write data (bytes) to path, when the loader can (bytecode caching); by default nothing."""


_register(SourceLoader, machinery.SourceFileLoader)

"""The file side of the import system (CPython's importlib._bootstrap_external, frozen as
_frozen_importlib_external): the loaders of .py files, PathFinder's search of sys.path or of a
package's __path__ through sys.path_hooks and sys.path_importer_cache, FileFinder (the path entry
finder of a folder) and its path hook, and namespace packages' loader.

The import statement's search is the Java import system's (ModuleTable), which follows PathFinder:
it takes each entry's finder from sys.path_importer_cache or the hooks, searches the folder of a
FileFinder the default hook made and the archive of a zipimporter itself, and asks any other
finder through PathFinder._entry_spec. PathFinder here serves importlib's callers
(importlib.util.find_spec, reload, pkgutil).

The interpreter's library lives in its jar: its files are named '<pyheap>/lib/' followed by their
path in the library (a stable name, the same in every run and on every machine), and a folder named
that way (a library package's __path__) is searched in the jar. Reading such a file goes through
_imp._library_source.
"""

import sys
import _imp
from _frozen_importlib import ModuleSpec, _cache_from_source

_LIBRARY = '<pyheap>/lib/'

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = _imp.extension_suffixes()


def cache_from_source(path, debug_override=None, *, optimization=None):
    return _cache_from_source(path)


def _library_file(path):
    """The bytes of a library file named by its '<pyheap>/lib/...' path, or None."""
    if not path.startswith(_LIBRARY):
        return None
    found = _imp._library_source(path[len(_LIBRARY):])
    return None if found is None else found[1]


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        if name is not None and name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return self.path

    def get_data(self, path):
        library = _library_file(path)
        if library is not None:
            return library
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        """None: the module is made the usual way."""

    def get_source(self, fullname):
        data = self.get_data(self.get_filename(fullname))
        return data.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return compile(self.get_data(path), path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        module = sys.modules.get(fullname)
        if module is None:
            module = type(sys)(fullname)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class SourceFileLoader(FileLoader):
    """The loader of a .py file: its source compiled and run in the module's namespace."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class SourcelessFileLoader(FileLoader):
    def get_code(self, fullname):
        raise ImportError('bytecode files are not loaded by this interpreter', name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader):
    def create_module(self, spec):
        raise ImportError('extension modules cannot be loaded by this interpreter', name=spec.name)


class NamespaceLoader:
    """The loader of a namespace package (PEP 420): nothing to run."""

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        """None: the module is made the usual way."""

    def exec_module(self, module):
        pass


def spec_from_file(name, location, loader=None, is_package=None):
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if is_package is None:
        is_package = location.rpartition('/')[2].rsplit('.', 1)[0] == '__init__'
    if is_package:
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


def _get_supported_file_loaders():
    """The (loader, suffixes) pairs of the default path hook's FileFinders, in their order:
    extension modules, source files, bytecode files."""
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES), (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


# The path hooks and finders test files with posix (built in), not os: they run for each new
# sys.path entry, also while os and what it imports are being imported.

def _path_is_mode_type(path, mode):
    import posix
    try:
        return posix.stat(path)[0] & 0o170000 == mode
    except (OSError, ValueError):
        return False


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    return _path_is_mode_type(path, 0o040000)


def _path_join(*parts):
    return '/'.join(part.rstrip('/') for part in parts[:-1]) + '/' + parts[-1] if len(parts) > 1 else parts[0]


def _is_folder(path):
    if path.startswith(_LIBRARY) or path + '/' == _LIBRARY:
        return True
    return _path_isdir(path)


class FileFinder:
    """The path entry finder of one folder: for each of its loaders' suffixes a package
    (NAME/__init__SUFFIX) before a module (NAME+SUFFIX), else a folder NAME as a portion of a
    namespace package; a folder of the library is looked at in the jar.

    The import system's own search (in Java) stands for the finders the default path hook makes
    (_loaders equal to _get_supported_file_loaders()'s, which it recognises by the shared
    _DEFAULT_LOADERS list): it looks at the folder itself, as this find_spec does. Neither keeps a
    listing of the folder (CPython's _path_cache), so a file written after a search is found
    without invalidate_caches()."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = _DEFAULT_LOADERS if loaders == _DEFAULT_LOADERS else loaders
        import posix
        if not path or path == '.':
            self.path = posix.getcwd()
        elif path.startswith(_LIBRARY) or path + '/' == _LIBRARY or path.startswith('/'):
            self.path = path
        else:
            self.path = _path_join(posix.getcwd(), path)
        self._path_mtime = -1
        self._path_cache = set()
        self._relaxed_path_cache = set()

    def invalidate_caches(self):
        """Forget the folder's listing (none is kept here)."""
        self._path_mtime = -1

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        spec = spec_from_file(fullname, path, loader, is_package=smsl is not None)
        if smsl is not None:
            spec.submodule_search_locations = smsl
        return spec

    def find_spec(self, fullname, target=None):
        """The spec of the module fullname in this folder, or None."""
        tail = fullname.rpartition('.')[2]
        if self.path.startswith(_LIBRARY) or self.path + '/' == _LIBRARY:
            base = self.path.rstrip('/') + '/' + tail
            for candidate, is_package in ((base + '/__init__.py', True), (base + '.py', False)):
                if _library_file(candidate) is not None:
                    return spec_from_file(fullname, candidate, is_package=is_package)
            return None
        base = _path_join(self.path, tail)
        is_folder = _path_isdir(base)
        if is_folder:
            for suffix, loader_class in self._loaders:
                init = _path_join(base, '__init__' + suffix)
                if _path_isfile(init):
                    return self._get_spec(loader_class, fullname, init, [base], target)
        for suffix, loader_class in self._loaders:
            full_path = base + suffix
            if _path_isfile(full_path):
                return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_folder:
            # a portion of a namespace package: no loader, only its folder
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    def find_loader(self, fullname):
        """The deprecated form of find_spec: (loader, namespace portions)."""
        import _warnings
        _warnings.warn('FileFinder.find_loader() is deprecated and slated for removal in Python 3.12; '
                       'use find_spec() instead', DeprecationWarning)
        spec = self.find_spec(fullname)
        if spec is None:
            return None, []
        return spec.loader, spec.submodule_search_locations or []

    @classmethod
    def path_hook(cls, *loader_details):
        """A path hook that makes a FileFinder with these loaders for a folder, and raises
        ImportError for any other entry."""
        def path_hook_for_FileFinder(path):
            if not _is_folder(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f'FileFinder({self.path!r})'


class PathFinder:
    """The meta path finder of sys.path (or a package's __path__): for each str entry the path entry
    finder sys.path_importer_cache holds for it, else the first that a hook of sys.path_hooks makes
    (a hook raising ImportError passes; None, cached, when none does); the first spec with a loader
    wins, namespace portions are gathered on the way. The interpreter's library is searched where
    CPython's standard library folders come: after the program's own folder (not through the hooks:
    it is not a sys.path entry here)."""

    @staticmethod
    def invalidate_caches():
        """Drop the cache's None and relative entries, and have the others' finders invalidate theirs."""
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not name.startswith('/'):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        """The finder the first hook of sys.path_hooks accepting path makes, else None."""
        if sys.path_hooks is not None and not sys.path_hooks:
            import _warnings
            _warnings.warn('sys.path_hooks is empty', ImportWarning)
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        """The path entry's finder, from sys.path_importer_cache or made and cached there."""
        if path == '':
            import posix
            try:
                path = posix.getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def _legacy_get_spec(cls, fullname, finder):
        import _warnings
        import _frozen_importlib as bootstrap
        if hasattr(finder, 'find_loader'):
            _warnings.warn(f'{bootstrap._object_name(finder)}.find_spec() not found; falling back to find_loader()',
                           ImportWarning)
            loader, portions = finder.find_loader(fullname)
        else:
            _warnings.warn(f'{bootstrap._object_name(finder)}.find_spec() not found; falling back to find_module()',
                           ImportWarning)
            loader = finder.find_module(fullname)
            portions = []
        if loader is not None:
            from importlib.util import spec_from_loader
            return spec_from_loader(fullname, loader)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = portions
        return spec

    @classmethod
    def _entry_spec(cls, finder, fullname, target=None):
        """One path entry finder's spec for fullname (find_spec, else the legacy methods), or None."""
        if hasattr(finder, 'find_spec'):
            return finder.find_spec(fullname, target)
        return cls._legacy_get_spec(fullname, finder)

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            if entry.startswith(_LIBRARY) or entry + '/' == _LIBRARY:
                finder = FileFinder(entry)
            else:
                finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = cls._entry_spec(finder, fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError('spec missing loader')
            namespace_path.extend(portions)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """The spec of fullname found on sys.path (or path), or None."""
        if path is None:
            path = list(sys.path)
            # the library's place among the folders: right after the program's
            path.insert(1 if path else 0, _LIBRARY.rstrip('/'))
        spec = cls._get_spec(fullname, path, target)
        if spec.loader is not None:
            return spec
        namespace_path = spec.submodule_search_locations
        if not namespace_path:
            return None
        # the loader comes with the module (_init_module_attrs), as CPython's
        spec.origin = None
        return spec

    @classmethod
    def find_module(cls, fullname, path=None):
        import _warnings
        _warnings.warn('PathFinder.find_module() is deprecated and slated for removal in Python 3.12; '
                       'use find_spec() instead', DeprecationWarning)
        spec = cls.find_spec(fullname, path)
        return None if spec is None else spec.loader


# the loaders of the default path hook's FileFinders (see FileFinder)
_DEFAULT_LOADERS = [(suffix, loader) for loader, suffixes in _get_supported_file_loaders() for suffix in suffixes]


def _install_path_hooks():
    """sys.path_hooks as CPython's start-up leaves it: zipimport's zipimporter, then the FileFinder
    hook of the supported loaders (called by the import system once zipimport can be imported)."""
    import zipimport
    sys.path_hooks[:] = [zipimport.zipimporter, FileFinder.path_hook(*_get_supported_file_loaders())]


def _install_loaders():
    """What importlib.abc builds on (_LoaderBasics, SourceLoader, WindowsRegistryFinder,
    _find_module_shim), run into this module's namespace under its frozen name by
    _frozen_importlib._install_protocol, so start-up makes none of its objects."""
    if 'SourceLoader' in globals():
        return
    source = _imp._library_source('_frozen_importlib_loaders.py')[1]
    exec(compile(source, '<frozen importlib._bootstrap_external>', 'exec', dont_inherit=True), globals())


for _cls in (FileLoader, SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader, NamespaceLoader,
             FileFinder, PathFinder):
    _cls.__module__ = '_frozen_importlib_external'
del _cls

"""The file side of the import system (CPython's importlib._bootstrap_external, frozen as
_frozen_importlib_external): the loaders of .py files, PathFinder and FileFinder's search of
sys.path or of a package's __path__, and namespace packages' loader.

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


class FileFinder:
    """The finder of one folder: a package (NAME/__init__.py) before a module (NAME.py); a folder
    of the library is looked at in the jar."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        if self.path.startswith(_LIBRARY) or self.path + '/' == _LIBRARY:
            base = self.path.rstrip('/') + '/' + tail
            for candidate, is_package in ((base + '/__init__.py', True), (base + '.py', False)):
                if _library_file(candidate) is not None:
                    return spec_from_file(fullname, candidate, is_package=is_package)
            return None
        import os
        base = os.path.join(self.path, tail)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return spec_from_file(fullname, init, is_package=True)
        if os.path.isfile(base + '.py'):
            return spec_from_file(fullname, base + '.py', is_package=False)
        if os.path.isdir(base):
            # a portion of a namespace package: no loader, only its folder
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations = [base]
            return spec
        return None

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return f'FileFinder({self.path!r})'


class PathFinder:
    """The search of sys.path (or of a package's __path__) and of the interpreter's library, which
    comes where CPython's standard library folders do: after the program's own folder."""

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        return cls.find_spec(fullname, path, target)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            folders = list(sys.path)
            # the library's place among the folders: right after the program's
            folders.insert(1 if folders else 0, _LIBRARY.rstrip('/'))
        else:
            folders = path
        portions = []
        for folder in folders:
            if isinstance(folder, str):
                spec = FileFinder(folder).find_spec(fullname)
                if spec is None:
                    continue
                if spec.loader is not None:
                    return spec
                # a namespace portion: a regular module or package later on the path still wins
                portions.extend(spec.submodule_search_locations)
        if portions:
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.loader = NamespaceLoader(fullname, portions, cls._get_spec)
            spec.submodule_search_locations = portions
            return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass



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

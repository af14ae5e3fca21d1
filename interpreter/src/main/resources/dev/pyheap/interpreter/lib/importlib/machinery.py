"""importlib.machinery over this interpreter's import system (written in Java): ModuleSpec, the
loaders a program meets (SourceFileLoader for a file, BuiltinImporter for a module written in Java),
PathFinder/FileFinder's searches of sys.path (files first, then the interpreter's library where
sys.path has it), and the suffix lists. The loaders run a file's source in the module's namespace.
"""

import sys
import _imp

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'SourceFileLoader', 'SourcelessFileLoader',
           'ExtensionFileLoader', 'PathFinder', 'FileFinder', 'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES',
           'EXTENSION_SUFFIXES', 'DEBUG_BYTECODE_SUFFIXES', 'OPTIMIZED_BYTECODE_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = _imp.extension_suffixes()


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _cache_from_source(path):
    head, _, tail = path.rpartition('/')
    base, dot, _ = tail.rpartition('.')
    name = base if dot else tail
    return (head + '/' if head or path.startswith('/') else '') + '__pycache__/' + name + '.' + sys.implementation.cache_tag + '.pyc'


class ModuleSpec:
    """What a module is made from: its name, loader, origin and, for a package, where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                self._cached = _cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = '_frozen_importlib'


class BuiltinImporter:
    """The finder and loader of the modules written in Java."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


BuiltinImporter.__module__ = '_frozen_importlib'


class FrozenImporter:
    """Nothing is frozen in this interpreter."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


FrozenImporter.__module__ = '_frozen_importlib'


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        library = _imp._library_source(path[len('<pyheap>/lib/'):]) if path.startswith('<pyheap>/lib/') else None
        if library is not None:
            return library[1]
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


for _cls in (FileLoader, SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader):
    _cls.__module__ = '_frozen_importlib_external'


def _spec_from_file(name, location, loader=None, is_package=None):
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
    """The finder of one folder: a package (NAME/__init__.py) before a module (NAME.py)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        import os
        tail = fullname.rpartition('.')[2]
        base = os.path.join(self.path, tail)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return _spec_from_file(fullname, init, is_package=True)
        if os.path.isfile(base + '.py'):
            return _spec_from_file(fullname, base + '.py', is_package=False)
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


FileFinder.__module__ = '_frozen_importlib_external'


class PathFinder:
    """The search of sys.path (or of a package's __path__) and of the interpreter's library."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        folders = sys.path if path is None else path
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
        # the library, which lives in the interpreter's jar rather than in a folder
        relative = fullname.replace('.', '/')
        for candidate, is_package in ((relative + '.py', False), (relative + '/__init__.py', True)):
            found = _imp._library_source(candidate)
            if found is not None:
                return _spec_from_file(fullname, found[0], is_package=is_package)
        if portions:
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations = portions
            return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


PathFinder.__module__ = '_frozen_importlib_external'

"""The core of the import system's Python side (CPython's importlib._bootstrap, frozen into the
interpreter as _frozen_importlib): ModuleSpec, the importers of built-in and frozen modules, the
repr of a module from its spec, and _describe, which the import system (written in Java) calls to
give each module it makes CPython's attributes: __spec__, __loader__, __package__, __path__,
__file__ and __cached__.

The import protocol's Python half is here too, as importlib._bootstrap has it: _gcd_import,
_find_and_load and _find_and_load_unlocked (importlib.import_module's path: their frames are in its
tracebacks, as CPython's are), module_from_spec and _load_unlocked, and _spec_from_finder, which the
Java import system calls for each finder of sys.meta_path that is not one of its own three
(BuiltinImporter, FrozenImporter and PathFinder stand for the search the Java side does itself).

What "frozen" means here: CPython 3.11 freezes a few library modules into its executable (os,
codecs, abc, io, stat, posixpath, site, runpy, importlib.util/machinery, ...); this interpreter
loads every library module from its jar, but gives those the spec CPython gives them, so a
program sees the same loader and origin. Their __file__ names the library's file, as CPython's
names the stdlib's.
"""

import sys
import _imp

# the library modules CPython 3.11 freezes, with the module each one's code comes from
_FROZEN = {'_collections_abc', '_sitebuiltins', 'abc', 'codecs', 'genericpath', 'importlib.machinery',
           'importlib.util', 'io', 'ntpath', 'os', 'posixpath', 'runpy', 'site', 'stat', 'zipimport',
           '_frozen_importlib', '_frozen_importlib_external'}
_FROZEN_ALIASES = {'os.path': 'posixpath'}


class _Namespace:
    """types.SimpleNamespace's repr and equality, for a frozen module's loader_state."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{key}={value!r}' for key, value in self.__dict__.items())
        return f'namespace({items})'

    def __eq__(self, other):
        return isinstance(other, _Namespace) and self.__dict__ == other.__dict__


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


def _cache_from_source(path):
    head, _, tail = path.rpartition('/')
    base, dot, _ = tail.rpartition('.')
    name = base if dot else tail
    return (head + '/' if head or path.startswith('/') else '') + '__pycache__/' + name + '.' + sys.implementation.cache_tag + '.pyc'


class BuiltinImporter:
    """The finder and loader of the modules written in Java (CPython's built-in modules)."""

    _ORIGIN = 'built-in'

    @staticmethod
    def module_repr(module):
        return f'<module {module.__name__!r} (built-in)>'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

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


def _frozen_file(fullname):
    """The library file a frozen module's code comes from, as (__file__, is_package), or None."""
    if fullname not in _FROZEN and fullname not in _FROZEN_ALIASES:
        return None
    relative = _FROZEN_ALIASES.get(fullname, fullname).replace('.', '/')
    for candidate, is_package in ((relative + '.py', False), (relative + '/__init__.py', True)):
        found = _imp._library_source(candidate)
        if found is not None:
            return found[0], is_package
    return None


class FrozenImporter:
    """The finder and loader of the library modules CPython 3.11 freezes."""

    _ORIGIN = 'frozen'

    @staticmethod
    def module_repr(m):
        return f'<module {m.__name__!r} ({FrozenImporter._ORIGIN})>'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _frozen_file(fullname)
        if found is None:
            return None
        return _frozen_spec(fullname, found[0], found[1])

    @staticmethod
    def create_module(spec):
        """None: the module is made the usual way."""

    @staticmethod
    def exec_module(module):
        code = FrozenImporter.get_code(module.__spec__.name if module.__spec__ else module.__name__)
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        found = _frozen_file(fullname)
        if found is None:
            raise ImportError(f'No such frozen object named {fullname!r}', name=fullname)
        filename = found[0]
        return compile(_imp._library_source(filename[len('<pyheap>/lib/'):])[1], filename, 'exec',
                       dont_inherit=True)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        found = _frozen_file(fullname)
        if found is None:
            raise ImportError(f'No such frozen object named {fullname!r}', name=fullname)
        return found[1]


def _frozen_spec(name, filename, is_package):
    origname = _FROZEN_ALIASES.get(name, name)
    spec = ModuleSpec(name, FrozenImporter, origin=FrozenImporter._ORIGIN,
                      loader_state=_Namespace(filename=filename, origname=origname), is_package=is_package)
    if is_package:
        spec.submodule_search_locations.append(filename.rpartition('/')[0])
    return spec


def _module_repr_from_spec(spec):
    name = '?' if spec.name is None else spec.name
    if spec.origin is None:
        if spec.loader is None:
            return f'<module {name!r}>'
        return f'<module {name!r} ({spec.loader!r})>'
    if spec.has_location:
        return f'<module {name!r} from {spec.origin!r}>'
    return f'<module {spec.name!r} ({spec.origin})>'


for _cls in (ModuleSpec, BuiltinImporter, FrozenImporter):
    _cls.__module__ = '_frozen_importlib'
del _cls


def _describe(module, kind, filename, is_package):
    """Gives a module the import system made its spec and the attributes CPython sets from it (in
    _init_module_attrs' order): kind is 'builtin', 'frozen', 'source' (a .py file, the library's or
    a folder's) or 'namespace' (filename is then the list of its portions)."""
    name = module.__name__
    namespace = module.__dict__
    if kind == 'source' and filename.startswith('<pyheap>/lib/') and name in _FROZEN:
        kind = 'frozen'
    if kind == 'builtin':
        spec = ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    elif kind == 'frozen':
        spec = _frozen_spec(name, filename, is_package)
    else:
        import _frozen_importlib_external as external
        if kind == 'namespace':
            spec = ModuleSpec(name, None, is_package=True)
            spec.loader = external.NamespaceLoader(name, filename, external.PathFinder._get_spec)
            spec.submodule_search_locations = filename
        else:
            spec = external.spec_from_file(name, filename, is_package=is_package)
    namespace['__loader__'] = spec.loader
    namespace['__package__'] = spec.parent
    namespace['__spec__'] = spec
    if kind == 'namespace':
        namespace['__file__'] = None
    if spec.submodule_search_locations is not None:
        namespace['__path__'] = spec.submodule_search_locations
    if kind == 'source':
        namespace['__file__'] = filename
        namespace['__cached__'] = spec.cached
    elif kind == 'frozen':
        namespace['__file__'] = filename


def _install_protocol():
    """The import protocol's Python half (_gcd_import, _find_and_load, module_from_spec,
    _load_unlocked, ...), run into this module's namespace under its frozen name the first time
    importlib is imported or a program's finder on sys.meta_path is consulted: start-up makes none
    of its objects (CPython's start-up has them, but also runs 22 collections; here the first
    automatic collection would move into a program's first lines). The loaders' part of
    _bootstrap_external comes with it."""
    if '_gcd_import' in globals():
        return
    source = _imp._library_source('_frozen_importlib_protocol.py')[1]
    exec(compile(source, '<frozen importlib._bootstrap>', 'exec', dont_inherit=True), globals())
    import _frozen_importlib_external
    _frozen_importlib_external._install_loaders()

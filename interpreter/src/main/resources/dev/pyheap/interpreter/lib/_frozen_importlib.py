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


# ------------------------------------------------------------------ the import protocol

_ERR_MSG_PREFIX = 'No module named '
_ERR_MSG = _ERR_MSG_PREFIX + '{!r}'
_NEEDS_LOADING = object()


def _call_with_frames_removed(f, *args, **kwds):
    """The marker the import statement's traceback trimming looks for (import.c's
    remove_importlib_frames): the importlib frames before a call through it are dropped."""
    return f(*args, **kwds)


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


def _resolve_name(name, package, level):
    """The absolute name of a relative import of name at level dots from package."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _init_module_attrs(spec, module, override=False):
    """The spec's attributes given to module (only those it lacks unless override), __spec__ always."""
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            import _frozen_importlib_external as external
            loader = external.NamespaceLoader(spec.name, spec.submodule_search_locations,
                                              external.PathFinder._get_spec)
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """A new module for spec: its loader's create_module, else an empty module, with the spec's attributes."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _spec_from_finder(finder, name, path):
    """One finder's answer in _find_spec's loop: its find_spec, or (3.11's fallback, with its
    ImportWarning) its find_module's loader made a spec."""
    try:
        find_spec = finder.find_spec
    except AttributeError:
        import _warnings
        _warnings.warn(f'{_object_name(finder)}.find_spec() not found; falling back to find_module()',
                       ImportWarning)
        loader = finder.find_module(name, path)
        if loader is None:
            return None
        return ModuleSpec(name, loader, is_package=_loader_is_package(loader, name))
    return find_spec(name, path, None)


def _loader_is_package(loader, name):
    if hasattr(loader, 'is_package'):
        try:
            return loader.is_package(name)
        except ImportError:
            return None
    return False


def _load_backward_compatible(spec):
    """A loader without exec_module: its load_module (3.11 warns), then the module's spec attributes."""
    import _warnings
    _warnings.warn(f'{_object_name(spec.loader)}.exec_module() not found; falling back to load_module()',
                   ImportWarning)
    spec.loader.load_module(spec.name)
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    if getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if getattr(module, '__package__', None) is None:
        try:
            module.__package__ = module.__name__ if hasattr(module, '__path__') else spec.name.rpartition('.')[0]
        except AttributeError:
            pass
    if getattr(module, '__spec__', None) is None:
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
    return module


def _load_unlocked(spec):
    """Runs the module spec found: made by module_from_spec, in sys.modules while its loader's
    exec_module runs (taken out again if that fails), then whatever sys.modules holds for it."""
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        return _load_backward_compatible(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=spec.name)
            else:
                spec.loader.exec_module(module)
        except:
            try:
                del sys.modules[spec.name]
            except KeyError:
                pass
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    finally:
        spec._initializing = False
    return module


def _find_and_load_unlocked(name, import_):
    path = None
    parent = name.rpartition('.')[0]
    if parent:
        if parent not in sys.modules:
            _call_with_frames_removed(import_, parent)
        # importing the parent may have imported this module too
        if name in sys.modules:
            return sys.modules[name]
        parent_module = sys.modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            msg = (_ERR_MSG + '; {!r} is not a package').format(name, parent)
            raise ModuleNotFoundError(msg, name=name) from None
    # the finders of sys.meta_path and the loading, done by the Java side (None: no finder found it)
    module = _imp._find_and_load(name)
    if module is None:
        raise ModuleNotFoundError(_ERR_MSG.format(name), name=name)
    if parent:
        try:
            setattr(sys.modules[parent], name.rpartition('.')[2], module)
        except AttributeError:
            import _warnings
            _warnings.warn(f'Cannot set an attribute on {parent!r} for child module {name.rpartition(".")[2]!r}',
                           ImportWarning)
    return module


def _find_and_load(name, import_):
    module = sys.modules.get(name, _NEEDS_LOADING)
    if (module is _NEEDS_LOADING or
            getattr(getattr(module, '__spec__', None), '_initializing', False)):
        module = _find_and_load_unlocked(name, import_)
    if module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return module


def _gcd_import(name, package=None, level=0):
    """The module name (relative to package at level dots), imported if it is not yet."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _find_and_load(name, _gcd_import)


def _load_module_shim(self, fullname):
    """The deprecated load_module of a loader with exec_module: the module (re)run from a spec."""
    import _warnings
    _warnings.warn('the load_module() method is deprecated and slated for removal in Python 3.12; '
                   'use exec_module() instead', DeprecationWarning)
    spec = ModuleSpec(fullname, self, is_package=_loader_is_package(self, fullname))
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _init_module_attrs(spec, module, override=True)
        self.exec_module(module)
        return sys.modules[fullname]
    return _load_unlocked(spec)

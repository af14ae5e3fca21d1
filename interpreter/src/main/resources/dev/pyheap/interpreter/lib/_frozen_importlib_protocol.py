# The import protocol's Python half of importlib._bootstrap (see _frozen_importlib._install_protocol,
# which runs this file in _frozen_importlib's namespace under the name <frozen importlib._bootstrap>).
# (comments, not a docstring: a docstring would replace the module's __doc__)

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


# The import statement's finding and loading is the Java import system's; when it asks a program's
# finder or loader, it calls these, whose code objects carry the names of importlib's functions, so
# a traceback through them shows CPython's frames (_find_and_load, _find_and_load_unlocked, then
# _find_spec or _load_unlocked). _run_found runs a module the Java side found in a file when
# importlib's own _find_and_load_unlocked asked (importlib.import_module): _load_unlocked, the
# loader's exec_module and _call_with_frames_removed, as CPython's SourceFileLoader shows them.
def _make_find_found():
    def _find_and_load(finder, name, path):
        return _find_and_load_unlocked(finder, name, path)

    def _find_and_load_unlocked(finder, name, path):
        return _find_spec(finder, name, path)

    def _find_spec(finder, name, path):
        try:
            find_spec = finder.find_spec
        except AttributeError:
            return _spec_from_finder(finder, name, path)
        return find_spec(name, path, None)
    return _find_and_load


def _make_load_found(load_unlocked):
    def _find_and_load(spec):
        return _find_and_load_unlocked(spec)

    def _find_and_load_unlocked(spec):
        return load_unlocked(spec)
    return _find_and_load


def _make_run_found():
    def _load_unlocked(code, namespace):
        import _frozen_importlib_external
        _frozen_importlib_external._exec_found(code, namespace)
    return _load_unlocked


_find_found = _make_find_found()
_load_found = _make_load_found(_load_unlocked)
_run_found = _make_run_found()
del _make_find_found, _make_load_found, _make_run_found

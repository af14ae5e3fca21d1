"""importlib's functions that programs call, over this interpreter's import system (written in
Java; it consults the finders a program adds to sys.meta_path, and PathFinder's search goes through
sys.path_hooks and sys.path_importer_cache; the finders and loaders of its modules' specs are in
importlib.machinery).

import_module is _bootstrap._gcd_import's, as CPython's (so its tracebacks show the same frozen
frames); reload finds the
module's spec again and has its loader run the module's code in the module's own namespace;
invalidate_caches asks the meta path finders to invalidate their caches.
"""
import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


# the import system's Python side, under the names CPython's importlib gives its frozen modules
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
_bootstrap._install_protocol()

for _module, _name in ((_bootstrap, 'importlib._bootstrap'), (_bootstrap_external, 'importlib._bootstrap_external')):
    _module.__name__ = _name
    _module.__package__ = 'importlib'
    sys.modules[_name] = _module
del _module, _name


def import_module(name, package=None):
    """Import a module; a relative name ('.x') needs package, the anchor it is relative to."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


def invalidate_caches():
    """Call the invalidate_caches() method of each finder on sys.meta_path that has one (PathFinder's
    drops sys.path_importer_cache's None and relative entries and has the other finders
    invalidate theirs)."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    """Find the module's spec again and run its code once more in the module's own namespace."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        try:
            parent = sys.modules[parent_name]
        except KeyError:
            raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name) from None
        path = parent.__path__
    from importlib.machinery import BuiltinImporter, FrozenImporter, PathFinder
    spec = None
    for finder in (BuiltinImporter, FrozenImporter, PathFinder):
        spec = finder.find_spec(name, path)
        if spec is not None:
            break
    if spec is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    if spec.loader is not None:
        spec.loader.exec_module(module)
    return sys.modules[name]

"""importlib's functions that programs call, over this interpreter's import system (which is
written in Java, so there is no importlib._bootstrap, no finders or loaders to replace, and no
importlib.util/machinery/resources/metadata yet).

import_module resolves relative names as _gcd_import does, with its errors; reload runs a module's
source file again in the module's own namespace (the library's modules live in the jar, so only
modules read from files can be reloaded); invalidate_caches has nothing to invalidate.
"""
import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
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
    name, dots = name[level:], level
    _sanity_check(name, package, dots)
    if dots > 0:
        name = _resolve_name(name, package, dots)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: this import system keeps no finder caches."""


def reload(module):
    """Run the module's source file again in its namespace and return it."""
    name = getattr(module, '__name__', None)
    if name is None or not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    filename = getattr(module, '__file__', None)
    try:
        library = None
        if isinstance(filename, str) and filename.startswith('<pyheap>/lib/'):
            import _imp
            library = _imp._library_source(filename[len('<pyheap>/lib/'):])
        if library is not None:
            source = library[1]
        else:
            with open(filename, 'rb') as f:
                source = f.read()
    except (TypeError, OSError):
        raise ImportError(f'module {name} cannot be reloaded here: it was not read from a file',
                          name=name) from None
    exec(compile(source, filename, 'exec'), module.__dict__)
    return module

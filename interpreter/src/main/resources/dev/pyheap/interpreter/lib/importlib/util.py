"""importlib.util over this interpreter's import system: find_spec, spec_from_file_location,
spec_from_loader, module_from_spec, resolve_name, MAGIC_NUMBER, cache_from_source/source_from_cache,
decode_source, source_hash, over the finders of importlib.machinery.
"""

import sys
import _imp
from _frozen_importlib import module_from_spec
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter, PathFinder, SourceFileLoader, _spec_from_file,
                                 _cache_from_source)

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec', 'module_from_spec', 'resolve_name',
           'source_from_cache', 'source_hash', 'spec_from_file_location', 'spec_from_loader']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of a relative module name ('.x', '..y') in package."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name[level:]}' if name[level:] else base


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc file CPython caches path's code in: __pycache__/NAME.TAG[.opt-N].pyc."""
    cached = _cache_from_source(path)
    if optimization is None:
        optimization = sys.flags.optimize or ''
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        cached = cached[:-len('.pyc')] + f'.opt-{optimization}.pyc'
    return cached


def _siphash13(k0, k1, data):
    """SipHash-1-3 of data (bytes) with the key (k0, k1): CPython's _Py_KeyedHash."""
    mask = 0xFFFFFFFFFFFFFFFF

    def rotl(x, b):
        return ((x << b) | (x >> (64 - b))) & mask

    def sip_round(v0, v1, v2, v3):
        v0 = (v0 + v1) & mask
        v1 = rotl(v1, 13) ^ v0
        v0 = rotl(v0, 32)
        v2 = (v2 + v3) & mask
        v3 = rotl(v3, 16) ^ v2
        v0 = (v0 + v3) & mask
        v3 = rotl(v3, 21) ^ v0
        v2 = (v2 + v1) & mask
        v1 = rotl(v1, 17) ^ v2
        v2 = rotl(v2, 32)
        return v0, v1, v2, v3

    v0, v1 = k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d
    v2, v3 = k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573
    n = len(data)
    end = n - n % 8
    # the 8-byte words, then the last 0 to 7 bytes with the length's low byte on top
    words = [int.from_bytes(data[i:i + 8], 'little') for i in range(0, end, 8)]
    words.append(((n & 0xFF) << 56) | int.from_bytes(data[end:], 'little'))
    for m in words:
        v3 ^= m
        v0, v1, v2, v3 = sip_round(v0, v1, v2, v3)
        v0 ^= m
    v2 ^= 0xFF
    for _ in range(3):
        v0, v1, v2, v3 = sip_round(v0, v1, v2, v3)
    return (v0 ^ v1 ^ v2 ^ v3) & mask


def source_hash(source_bytes):
    """The hash a hash-based .pyc keeps of its source (SipHash-1-3 keyed with the magic number)."""
    key = int.from_bytes(MAGIC_NUMBER, 'little')
    return _siphash13(key, 0, bytes(source_bytes)).to_bytes(8, 'little')


def source_from_cache(path):
    head, _, pycache_filename = path.rpartition('/')
    head, _, pycache = head.rpartition('/')
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base = pycache_filename.partition('.')[0]
    return (head + '/' if head else '') + base + '.py'


def decode_source(source_bytes):
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


def find_spec(name, package=None):
    """The spec of the module name (relative to package if it starts with '.'), or None."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent_name!r} while trying to find '
                                      f'{fullname!r}', name=fullname) from e
        return PathFinder.find_spec(fullname, path)
    return (BuiltinImporter.find_spec(fullname) or FrozenImporter.find_spec(fullname)
            or PathFinder.find_spec(fullname))


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a loader (one with get_filename gets a file-based spec)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """The spec of the module name in the file location (a .py file, by default read by SourceFileLoader)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec



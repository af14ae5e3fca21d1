"""Utilities to support packages: listing the modules of folders and packages (iter_modules,
walk_packages), finding importers and loaders, a package's data files (get_data), pkgutil-style
namespace packages (extend_path), and resolve_name.

The importers are the import system's FileFinder objects, one per folder; a folder is listed with
os.listdir, so the library folders of this runtime (inside its jar) list no modules."""

import collections
import importlib
import importlib.machinery
import importlib.util
import os
import os.path
import sys

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data', 'read_code', 'extend_path', 'ModuleInfo',
]

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    """The code object of a .pyc file's stream, or None when its magic number is not this
    interpreter's."""
    import marshal
    magic = stream.read(4)
    if magic != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)  # the flags and the source's date and size (or hash)
    return marshal.load(stream)


def walk_packages(path=None, prefix='', onerror=None):
    """Yields ModuleInfo for all modules recursively on path, or, if path is None, all
    accessible modules; each package found is imported to list its own modules. An ImportError
    of a package goes to onerror(name) (else it is ignored), other errors too when onerror is
    given (else they are raised)."""
    seen = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                folders = getattr(sys.modules[info.name], '__path__', None) or []
                folders = [p for p in folders if p not in seen]
                seen.update(folders)
                yield from walk(folders, info.name + '.')

    return walk(path, prefix)


def iter_modules(path=None, prefix=''):
    """Yields ModuleInfo for all submodules on path, or, if path is None, all top-level modules
    on sys.path; a name found twice is yielded the first time only."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = map(get_importer, path)
    yielded = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(importer, name, ispkg)


def _module_name(filename):
    """The module a file name is (its name without a module suffix), or None."""
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) of the modules the importer can import: a FileFinder's folder listed in
    sorted order, packages being folders with an __init__ module."""
    folder = getattr(importer, 'path', None)
    if not hasattr(importer, 'find_spec') or folder is None or not os.path.isdir(folder):
        return
    try:
        filenames = sorted(os.listdir(folder))
    except OSError:
        filenames = []
    yielded = set()
    for filename in filenames:
        modname = _module_name(filename)
        if modname == '__init__' or modname in yielded:
            continue
        ispkg = False
        full = os.path.join(folder, filename)
        if not modname and os.path.isdir(full) and '.' not in filename:
            try:
                contents = os.listdir(full)
            except OSError:
                contents = []
            if not any(_module_name(name) == '__init__' for name in contents):
                continue
            modname, ispkg = filename, True
        if modname and '.' not in modname:
            yielded.add(modname)
            yield prefix + modname, ispkg


def get_importer(path_item):
    """The finder of a sys.path entry (a FileFinder for a folder's path)."""
    path_item = os.fsdecode(path_item)
    return importlib.machinery.FileFinder(path_item)


def iter_importers(fullname=''):
    """The finders a module named fullname is searched with: those of its parent package's
    __path__ for a submodule, else those of sys.path."""
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    if '.' in fullname:
        package = importlib.import_module(fullname.rpartition('.')[0])
        path = getattr(package, '__path__', None)
        if path is None:
            return
    else:
        path = sys.path
    for item in path:
        yield get_importer(item)


def get_loader(module_or_name):
    """The loader of a module or of a module name (None for __main__ and where none is found)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader of the module fullname, found with importlib.util.find_spec (None if none)."""
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    import importlib.util
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError(f'Error while finding loader for {fullname!r} ({type(ex)}: {ex})') from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """Extend a package's __path__ (path) with the folders of the same package (name) found on
    sys.path, or on the parent package's __path__, and the lines of NAME.pkg files there."""
    if not isinstance(path, list):
        return path
    path = path[:]
    parent, _, final_name = name.rpartition('.')
    if parent:
        try:
            search_path = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for folder in search_path:
        if not isinstance(folder, str):
            continue
        spec = get_importer(folder).find_spec(final_name)
        for portion in (spec.submodule_search_locations or []) if spec is not None else []:
            if portion not in path:
                path.append(portion)
        pkgfile = os.path.join(folder, name + '.pkg')
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if line and not line.startswith('#'):
                            path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a resource file of a package: resource is a '/'-separated path relative to
    the package's folder, read through its loader's get_data (None when that cannot be done)."""
    import importlib.util
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if module is None or not hasattr(module, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object a name designates: 'pkg.mod:attr.attr' (the module before the colon), or
    'pkg.mod.attr.attr' (as many leading names as import make the module)."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted_words = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted_words})(?P<cln>:(?P<obj>{dotted_words})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    groups = m.groupdict()
    if groups.get('cln'):
        module = importlib.import_module(groups['pkg'])
        parts = groups.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        module = importlib.import_module(modname)
        while parts:
            candidate = f'{modname}.{parts[0]}'
            try:
                module = importlib.import_module(candidate)
            except ImportError:
                break
            parts.pop(0)
            modname = candidate
    result = module
    for part in parts:
        result = getattr(result, part)
    return result

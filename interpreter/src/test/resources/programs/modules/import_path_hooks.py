# PathFinder through sys.path_hooks and sys.path_importer_cache, as 3.11's: the default hooks
# (zipimporter, FileFinder's), FileFinder objects cached per folder (repr FileFinder('/path')), None
# cached for an entry no hook takes, a program's hook (ImportError passes to the next) serving
# modules from a dict, a hook made with FileFinder.path_hook and its own loader and suffix,
# importlib.invalidate_caches, spec_from_file_location + module_from_spec + exec_module,
# importlib.reload, pkgutil.iter_modules and a zip on sys.path; files written in a temporary folder.
import importlib
import importlib.machinery
import importlib.util
import os
import pkgutil
import sys
import tempfile
import zipfile

print([getattr(h, '__qualname__', h) for h in sys.path_hooks])
print(sys.path_hooks[0] is __import__('zipimport').zipimporter)


def write(folder, name, text):
    with open(os.path.join(folder, name), 'w') as f:
        f.write(text)


with tempfile.TemporaryDirectory() as d:
    def show(x):
        return repr(x).replace(d, 'D')

    write(d, 'hooked_a.py', 'VALUE = "a"\nprint("running", __name__)\n')
    os.mkdir(os.path.join(d, 'hooked_pkg'))
    write(os.path.join(d, 'hooked_pkg'), '__init__.py', 'P = 1\n')
    write(os.path.join(d, 'hooked_pkg'), 'sub.py', 'S = 2\n')
    sys.path.insert(0, d)
    print(d in sys.path_importer_cache)
    import hooked_a
    import hooked_pkg.sub
    finder = sys.path_importer_cache[d]
    print(show(finder), type(finder).__module__, type(finder).__qualname__)
    print(show(sys.path_importer_cache[os.path.join(d, 'hooked_pkg')]))
    print(type(hooked_a.__loader__).__name__, show(hooked_a.__spec__.origin))
    print(show(finder.find_spec("hooked_a").origin), finder.find_spec("hooked_a").name)
    print(finder.find_spec('missing_module'))
    spec = finder.find_spec('hooked_pkg')
    print(show(spec.submodule_search_locations), spec.parent)

    # an entry no hook takes: None cached, the import goes on to the next entries
    sys.path.insert(0, os.path.join(d, 'nowhere'))
    import json
    print(sys.path_importer_cache[os.path.join(d, 'nowhere')])
    sys.path.pop(0)

    # a program's hook: refuses other entries with ImportError, serves modules from a dict
    SOURCES = {'dict_mod': 'X = 40 + 2\n', 'dict_pkg': 'PKG = True\n', 'dict_pkg.inner': 'I = "inner"\n'}
    calls = []

    class DictLoader:
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            exec(SOURCES[module.__name__], module.__dict__)

    class DictFinder:
        def __init__(self, path):
            calls.append(path.replace(d, 'D'))
            if not path.startswith('dict:'):
                raise ImportError('not a dict entry')
            self.path = path

        def find_spec(self, fullname, target=None):
            if fullname not in SOURCES:
                return None
            is_package = fullname == 'dict_pkg'
            spec = importlib.util.spec_from_loader(fullname, DictLoader(), is_package=is_package)
            if is_package:
                spec.submodule_search_locations.append('dict:pkg')
            return spec

        def __repr__(self):
            return f'DictFinder({self.path!r})'

    sys.path_hooks.insert(0, DictFinder)
    sys.path.append('dict:root')
    import dict_mod
    import dict_pkg.inner
    print(dict_mod.X, dict_pkg.PKG, dict_pkg.inner.I, dict_pkg.__path__)
    print(sys.path_importer_cache['dict:root'], sys.path_importer_cache['dict:pkg'])
    print(type(dict_mod.__loader__).__name__, dict_mod.__spec__.origin, dict_mod.__package__)
    print(sorted(set(c for c in calls if c.startswith('dict:'))))
    try:
        import dict_missing
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
    sys.path_hooks.remove(DictFinder)
    sys.path.remove('dict:root')

    # FileFinder.path_hook with a loader of its own for another suffix
    class UpperLoader(importlib.machinery.SourceFileLoader):
        def get_data(self, path):
            return super().get_data(path).upper()

    other = os.path.join(d, 'other')
    os.mkdir(other)
    write(other, 'shout.txt', 'word = "hello"\n')
    hook = importlib.machinery.FileFinder.path_hook((UpperLoader, ['.txt']))
    print(hook.__qualname__)
    try:
        hook(os.path.join(d, 'hooked_a.py'))
    except ImportError as e:
        print('ImportError', e, e.path == os.path.join(d, 'hooked_a.py'))
    sys.path_hooks.insert(0, hook)
    sys.path.insert(0, other)
    import shout
    print(shout.WORD, type(shout.__loader__).__name__, show(shout.__file__))
    sys.path_hooks.remove(hook)
    sys.path.remove(other)

    # a file written after its folder was searched, found after invalidate_caches
    write(d, 'late_mod.py', 'LATE = "late"\n')
    importlib.invalidate_caches()
    import late_mod
    print(late_mod.LATE)
    print(os.path.join(d, 'nowhere') in sys.path_importer_cache)

    # loading a file by its path, and reload
    spec = importlib.util.spec_from_file_location('by_path', os.path.join(d, 'hooked_a.py'))
    print(show(spec.origin), spec.name, type(spec.loader).__name__, spec.has_location)
    module = importlib.util.module_from_spec(spec)
    print('by_path' in sys.modules, module.__name__)
    spec.loader.exec_module(module)
    print(module.VALUE, show(module.__file__))
    write(d, 'hooked_a.py', 'VALUE = "changed"\nprint("rerunning", __name__)\n')
    old = hooked_a
    print(importlib.reload(hooked_a) is old, hooked_a.VALUE)

    # pkgutil over a folder
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([d])))
    print(sorted(m.name for m in pkgutil.iter_modules([d], prefix='top.')))

    # a zip archive on sys.path: zipimporter is its finder
    archive = os.path.join(d, 'bundle.zip')
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('zipped_mod.py', 'Z = "from the zip"\n')
        z.writestr('zipped_pkg/__init__.py', '')
        z.writestr('zipped_pkg/part.py', 'PART = 3\n')
    sys.path.insert(0, archive)
    import zipped_mod
    import zipped_pkg.part
    print(zipped_mod.Z, zipped_pkg.part.PART)
    print(type(sys.path_importer_cache[archive]).__name__, show(zipped_mod.__file__))
    print(show(zipped_pkg.__path__))
    sys.path.remove(archive)
    sys.path.remove(d)

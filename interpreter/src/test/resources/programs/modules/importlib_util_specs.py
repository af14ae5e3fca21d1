# importlib.util: loading a module from a file path (spec_from_file_location, module_from_spec,
# spec.loader.exec_module), the spec's attributes, find_spec for modules imported, not imported,
# built in, missing and inside packages, resolve_name, MAGIC_NUMBER, cache_from_source and
# importlib.machinery's suffix lists.
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'plugin_mod.py')
with open(path, 'w') as f:
    f.write('VALUE = 42\n\ndef hello(name):\n    return f"hello {name} from {__name__}"\n')
os.mkdir(os.path.join(folder, 'plugpkg'))
with open(os.path.join(folder, 'plugpkg', '__init__.py'), 'w') as f:
    f.write('from . import inner\nNAME = "pkg"\n')
with open(os.path.join(folder, 'plugpkg', 'inner.py'), 'w') as f:
    f.write('X = 7\n')


def show(spec):
    if spec is None:
        print(None)
        return
    origin = spec.origin.replace(folder, '<tmp>') if spec.origin else spec.origin
    cached = spec.cached.replace(folder, '<tmp>') if spec.cached else spec.cached
    locations = spec.submodule_search_locations
    if locations is not None:
        locations = [p.replace(folder, '<tmp>') for p in locations]
    print(spec.name, type(spec.loader).__name__ if not isinstance(spec.loader, type) else spec.loader.__name__, origin,
          repr(spec.parent), spec.has_location, cached, locations)


spec = importlib.util.spec_from_file_location('plugin_mod', path)
show(spec)
module = importlib.util.module_from_spec(spec)
print(sorted(k for k in vars(module) if k != '__builtins__'), module.__name__, module.__package__, module.__spec__ is spec,
      module.__loader__ is spec.loader, module.__file__ == path)
sys.modules['plugin_mod'] = module
spec.loader.exec_module(module)
print(module.VALUE, module.hello('you'), 'plugin_mod' in sys.modules)
print(spec.loader.get_filename() == path, spec.loader.is_package('plugin_mod'), spec.loader.get_source('plugin_mod').splitlines()[0])
print(type(spec).__name__, type(spec).__module__, type(spec.loader).__module__)

pspec = importlib.util.spec_from_file_location('plugpkg', os.path.join(folder, 'plugpkg', '__init__.py'))
show(pspec)
pkg = importlib.util.module_from_spec(pspec)
sys.modules['plugpkg'] = pkg
pspec.loader.exec_module(pkg)
print(pkg.NAME, pkg.inner.X, pkg.__path__ == [os.path.join(folder, 'plugpkg')])
print(importlib.util.spec_from_file_location('notes', os.path.join(folder, 'notes.txt')))

sys.path.insert(0, folder)
show(importlib.util.find_spec('plugin_mod'))
show(importlib.util.find_spec('sys'))
show(importlib.util.find_spec('time'))
print(importlib.util.find_spec('no_such_module_here'))
for name in ['json', 'json.decoder', 'collections.abc']:
    s = importlib.util.find_spec(name)
    print(name, s.name, s.parent, s.submodule_search_locations is not None, s.has_location)
print('textwrap' in sys.modules, importlib.util.find_spec('textwrap') is not None)
for bad in [lambda: importlib.util.find_spec('no_such_pkg.sub'), lambda: importlib.util.find_spec('__main__'),
            lambda: importlib.util.find_spec('os.nothing_there'), lambda: importlib.util.resolve_name('.x', None),
            lambda: importlib.util.resolve_name('...x', 'a.b'), lambda: importlib.util.find_spec('.inner', 'plugpkg')]:
    try:
        r = bad()
        print('->', r if r is None else r.name)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name('.b', 'a'), importlib.util.resolve_name('..b', 'a.c'), importlib.util.resolve_name('x', None))
print(importlib.util.MAGIC_NUMBER, importlib.util.cache_from_source('/a/b.py'),
      importlib.util.source_from_cache('/a/__pycache__/b.cpython-311.pyc'))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES, importlib.machinery.all_suffixes()[:2])
print(importlib.machinery.ModuleSpec('a', None), importlib.machinery.ModuleSpec('a', None, origin='x', is_package=True))
print(importlib.util.spec_from_loader('q', None))
print(importlib.util.decode_source(b'a\r\nb\rc'))
import shutil
shutil.rmtree(folder)
print(os.path.exists(folder))

# The attributes the import system gives a module (__spec__, __loader__, __package__, __path__,
# __file__, __cached__) for each kind: built-in, frozen, a library source module and package, a
# program's own module and package, a namespace package; the module reprs made from them; and the
# functions that read them: importlib.util.find_spec, importlib.reload, inspect's source lookups,
# linecache through a loader, runpy.run_module with alter_sys. Paths of the library are shown
# relative to its folder (a fact of the installation).
import importlib
import importlib.machinery
import importlib.util
import inspect
import linecache
import os
import runpy
import sys
import tempfile
import textwrap
import json
import json.decoder
import collections.abc


LIB = os.path.dirname(os.__file__)


def lib(path):
    """A library path with the library's folder (a fact of the installation) shown as <lib>."""
    if path is None:
        return None
    if not isinstance(path, str):
        return [lib(p) for p in path]
    return path.replace(LIB, '<lib>')


def describe(module):
    d = vars(module)
    spec = module.__spec__
    keys = [k for k in d if k in ('__name__', '__package__', '__loader__', '__spec__', '__path__', '__file__',
                                  '__cached__')]
    print(module.__name__, keys)
    print('  loader', type(spec.loader).__name__ if not isinstance(spec.loader, type) else spec.loader.__name__,
          spec.loader is module.__loader__, 'origin', lib(spec.origin) if spec.has_location else spec.origin)
    print('  parent', repr(spec.parent), 'package', repr(module.__package__), 'has_location', spec.has_location)
    print('  locations', lib(spec.submodule_search_locations), 'path', lib(d.get('__path__', 'none')))
    print('  file', lib(d.get('__file__', 'none')), 'cached', lib(d.get('__cached__', 'none')), 'spec.cached', lib(spec.cached))
    if spec.loader_state is not None:
        print('  state', lib(spec.loader_state.filename), spec.loader_state.origname)


for module in (sys, __builtins__, os, os.path, textwrap, json, json.decoder,
               collections.abc, importlib.util, importlib.machinery):
    describe(module)

print(repr(sys), repr(os), repr(os.path))
print(lib(repr(textwrap)), lib(repr(json)))
print(importlib.util.find_spec('sys'), importlib.util.find_spec('os'))
print(importlib.util.find_spec('posixpath') == os.path.__spec__, importlib.util.find_spec('stat').origin)
for name in ('json.encoder', 'json.tool', 'textwrap', 'collections'):
    spec = importlib.util.find_spec(name)
    print(name, type(spec.loader).__name__, lib(spec.origin), spec.parent, lib(spec.submodule_search_locations),
          lib(spec.cached))
print(importlib.util.find_spec('no_such_module_here'), importlib.util.find_spec('json.no_such'))
try:
    importlib.util.find_spec('textwrap.x')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

print(importlib.machinery.BuiltinImporter.find_spec('time'), importlib.machinery.FrozenImporter.find_spec('json'))

# the source of a library function through inspect and linecache
print(lib(inspect.getsourcefile(textwrap.dedent)), inspect.getsource(textwrap.dedent).splitlines()[0])
print(lib(inspect.getfile(json)), json.__loader__.get_source('json').count('def dumps('))
print(json.__loader__.is_package('json'), json.decoder.__loader__.is_package('json.decoder'))
print(linecache.getline(json.decoder.__file__, 1, vars(json.decoder)) != '')

# reload keeps the module object and runs its code again
textwrap.extra = 1
print(importlib.reload(textwrap) is textwrap, textwrap.extra, textwrap.__spec__.name)
print(importlib.reload(os) is os, os.__spec__.origin)
try:
    importlib.reload(3)
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as top:
    for name, text in {'pkgx/__init__.py': 'X = 1\n', 'pkgx/sub.py': 'import sys\nprint("sub", __name__, __package__, __spec__.name if __spec__ else None, sys.argv[0].rsplit("/", 1)[-1])\n',
                       'modx.py': 'Y = 2\n', 'nsx/inner.py': 'Z = 3\n'}.items():
        os.makedirs(os.path.join(top, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(top, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, top)
    import pkgx, modx, nsx, nsx.inner

    def local(path):
        if path is not None and not isinstance(path, str):
            return [local(p) for p in path]
        return path if path is None else path.replace(top, '<top>')

    for module in (pkgx, modx, nsx, nsx.inner):
        spec = module.__spec__
        print(module.__name__, [k for k in vars(module) if k.startswith('__') and k not in ('__doc__', '__builtins__')])
        print('  ', type(spec.loader).__name__, local(spec.origin), local(spec.submodule_search_locations),
              local(getattr(module, '__file__', 'none')), local(getattr(module, '__cached__', 'none')),
              module.__package__, spec.has_location)
        print('  ', local(repr(module)).split(' at 0x')[0])
    print(list(local(nsx.__path__)), importlib.util.find_spec('nsx.inner').origin.replace(top, '<top>'))
    sys.argv = ['prog', 'a']
    result = runpy.run_module('pkgx.sub', run_name='__main__', alter_sys=True)
    print(result['__name__'], result['__spec__'].name, local(result['__file__']), sys.argv[1:])

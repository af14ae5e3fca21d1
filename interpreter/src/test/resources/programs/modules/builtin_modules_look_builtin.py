# The modules CPython builds into its executable look built-in whatever language implements them:
# no __file__ (AttributeError), spec origin 'built-in' and BuiltinImporter as loader, the module's
# repr, from-import's "(unknown location)", inspect refusing their source, _imp.is_builtin, and a
# file of the same name on sys.path not shadowing them (BuiltinImporter comes first).
import sys, _imp, importlib, importlib.util, inspect, os, tempfile

names = ['_ast', '_codecs', '_symtable', 'errno', 'faulthandler', 'itertools', 'marshal', 'atexit',
         'gc', 'time', '_weakref', '_thread', 'posix', 'pwd', '_collections']
for name in names:
    m = importlib.import_module(name)
    print(repr(m), name in sys.builtin_module_names, _imp.is_builtin(name), hasattr(m, '__file__'),
          hasattr(m, '__cached__'), repr(m.__package__), m.__spec__.origin, m.__loader__.__name__,
          m.__spec__.has_location, m.__spec__.submodule_search_locations, importlib.util.find_spec(name).origin)
    try:
        m.__file__
    except AttributeError as e:
        print('  ', e)
    try:
        inspect.getsource(m)
    except TypeError as e:
        print('  ', e)
    try:
        exec(f'from {name} import no_such_name_here')
    except ImportError as e:
        print('  ', e, e.name, e.path)

try:
    inspect.getfile(sys.modules['itertools'].chain)
except TypeError as e:
    print(e)

with tempfile.TemporaryDirectory() as folder:
    for name in ('errno', 'marshal'):
        with open(os.path.join(folder, name + '.py'), 'w') as f:
            f.write('SHADOW = True\n')
    sys.path.insert(0, folder)
    for name in ('errno', 'marshal'):
        sys.modules.pop(name, None)
        m = importlib.import_module(name)
        print(name, hasattr(m, 'SHADOW'), repr(m))
    sys.path.remove(folder)

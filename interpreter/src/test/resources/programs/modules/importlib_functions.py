# importlib.import_module (absolute and relative names, _gcd_import's errors), reload of a module
# found through a folder the program put on sys.path (its top level runs again in the same
# namespace), invalidate_caches; a folder appended to sys.path comes after the library.
import importlib
import os
import sys
import tempfile

m = importlib.import_module('json.decoder')
print(m.__name__, m is sys.modules['json.decoder'])
print(importlib.import_module('.scanner', 'json').__name__, importlib.import_module('..decoder', 'json.scanner').__name__)
for args in [('.x',), ('', None), ('..x', 'json'), ('nope_module',), ('.x', '')]:
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, 'counted_module.py'), 'w') as f:
        f.write("counter = globals().get('counter', 0) + 1\n")
    with open(os.path.join(folder, 'json.py'), 'w') as f:
        f.write("shadow = True\n")
    sys.path.insert(0, folder)
    try:
        import counted_module
        print(counted_module.counter, importlib.reload(counted_module) is counted_module, counted_module.counter)
    finally:
        sys.path.remove(folder)
    sys.path.append(folder)
    try:
        print(hasattr(importlib.import_module('json'), 'shadow'))
    finally:
        sys.path.remove(folder)
print(importlib.invalidate_caches())
for bad in (5, sys.modules['json']):
    try:
        importlib.reload(bad) if bad == 5 else None
    except TypeError as e:
        print(e)

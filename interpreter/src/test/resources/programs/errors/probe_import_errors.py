# Error case: ImportError and ModuleNotFoundError messages and attributes (name, path), "cannot import name" with and without "(most likely due to a circular import)", built from modules the program writes.
import os, sys, tempfile, importlib

root = tempfile.mkdtemp()
sys.path.insert(0, root)
def write(name, text):
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)

write('pe_alpha.py', 'import pe_beta\nVALUE = 1\n')
write('pe_beta.py', 'from pe_alpha import VALUE\n')
write('pe_plain.py', 'X = 1\n')
write('pe_raises.py', 'import pe_does_not_exist_anywhere\n')
write('pe_bad_syntax.py', 'def f(:\n    pass\n')
os.mkdir(os.path.join(root, 'pe_pkg'))
write('pe_pkg/__init__.py', '')
write('pe_pkg/sub.py', 'from . import missing_sibling\n')

def show(label, f):
    try:
        f()
    except ImportError as e:
        path = e.path and os.path.relpath(e.path, root)
        print(f"{label:34} {type(e).__name__}: {str(e).replace(root, '<root>')} | name={e.name!r} path={path!r}")
    except Exception as e:
        print(f"{label:34} {type(e).__name__}: {str(e).replace(root, '<root>')}")
    else:
        print(f"{label:34} ok")

show("circular from-import", lambda: exec('import pe_alpha'))
show("from pe_plain import Y", lambda: exec('from pe_plain import Y'))
show("from pe_plain import X, Z", lambda: exec('from pe_plain import X, Z'))
show("from sys import nope", lambda: exec('from sys import nope'))
show("import pe_missing", lambda: exec('import pe_missing'))
show("import pe_missing.sub", lambda: exec('import pe_missing.sub'))
show("import pe_plain.sub", lambda: exec('import pe_plain.sub'))
show("import pe_pkg.nothing", lambda: exec('import pe_pkg.nothing'))
show("from pe_pkg import nothing", lambda: exec('from pe_pkg import nothing'))
show("import pe_pkg.sub", lambda: exec('import pe_pkg.sub'))
show("import pe_raises", lambda: exec('import pe_raises'))
show("import pe_bad_syntax", lambda: exec('import pe_bad_syntax'))
show("from . import x (top level)", lambda: exec('from . import x', {'__name__': 'top'}))
show("from .. import x (in pkg)", lambda: exec('from .. import x', {'__name__': 'pe_pkg.sub', '__package__': 'pe_pkg'}))
show("from .x import y (no package)", lambda: exec('from .x import y', {'__name__': '__main__', '__package__': None}))
show("importlib.import_module('')", lambda: importlib.import_module(''))
show("importlib.import_module('.x')", lambda: importlib.import_module('.x'))
show("importlib.import_module(1)", lambda: importlib.import_module(1))
show("__import__('')", lambda: __import__(''))
show("__import__(1)", lambda: __import__(1))
show("__import__('x', level=-1)", lambda: __import__('x', level=-1))
show("__import__('pe_missing_2')", lambda: __import__('pe_missing_2'))
show("import math.nope", lambda: exec('import math.nope'))
show("from math import *  ok", lambda: exec('from math import *', {}))
sys.modules['pe_none'] = None
show("import pe_none", lambda: exec('import pe_none'))
show("from pe_none import x", lambda: exec('from pe_none import x'))
e = ImportError('msg', name='n', path='p')
print(e, e.name, e.path, e.msg, repr(e))
e = ModuleNotFoundError('only')
print(e, e.name, e.path, repr(e))
try:
    ImportError('x', nam='y')
except TypeError as t:
    print(t)
print(issubclass(ModuleNotFoundError, ImportError))

# pkgutil: iter_modules and walk_packages over a tree of modules and packages the program writes
# (prefixes, a package that fails to import reported through onerror, folders without __init__),
# get_data of a package's resource, resolve_name in both forms and its errors, find_loader and
# get_loader, extend_path with a second portion, iter_importers, ModuleInfo
import os, sys, tempfile, pkgutil, importlib
root = tempfile.mkdtemp()
def write(rel, text=''):
    path = os.path.join(root, *rel.split('/'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
write('pk_alpha.py', 'X = 1\n')
write('pk_beta/__init__.py', 'DATA = 2\n')
write('pk_beta/sub_one.py')
write('pk_beta/inner/__init__.py')
write('pk_beta/inner/deep.py')
write('pk_beta/res/data.txt', 'resource text\n')
write('pk_beta/notpkg/readme.txt')
write('pk_gamma/__init__.py', 'raise ImportError("gamma refuses")\n')
write('pk_gamma/x.py')
write('not.amodule.py')
write('pk_ns/part.py')
write('extra/pk_beta/more.py')
sys.path.insert(0, root)
for info in pkgutil.iter_modules([root]):
    print(info.name, info.ispkg, type(info.module_finder).__name__, info.module_finder.path == root)
print([m.name for m in pkgutil.iter_modules([root], prefix='top.')])
errors = []
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([root], onerror=errors.append)])
print(errors)
print(pkgutil.get_data('pk_beta', 'res/data.txt'))
print(pkgutil.get_data('pk_alpha', 'missing.txt') if False else None)
try:
    pkgutil.get_data('pk_beta', 'res/none.txt')
except OSError as e:
    print(type(e).__name__)
print(pkgutil.resolve_name('os.path:join') is os.path.join, pkgutil.resolve_name('os.path.join') is os.path.join)
print(pkgutil.resolve_name('pk_beta.inner').__name__, pkgutil.resolve_name('pk_beta:DATA'))
for bad in ['1abc', 'os:', 'os.nothere_attr']:
    try:
        print(pkgutil.resolve_name(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(pkgutil.find_loader('pk_alpha').name, pkgutil.get_loader('pk_beta').name, pkgutil.find_loader('no_such_mod_x'))
import pk_beta
sys.path.append(os.path.join(root, 'extra'))
print([os.path.relpath(p, root) for p in pkgutil.extend_path(list(pk_beta.__path__), 'pk_beta')])
try:
    list(pkgutil.iter_modules('abc'))
except ValueError as e:
    print(e)
print(pkgutil.ModuleInfo._fields, pkgutil.get_importer(root).path == root)
print([type(i).__name__ for i in pkgutil.iter_importers('pk_beta.inner')][:1])
try:
    list(pkgutil.iter_importers('.x'))
except ImportError as e:
    print(e)
import shutil; shutil.rmtree(root)

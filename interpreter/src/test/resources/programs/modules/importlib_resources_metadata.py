# importlib.resources: files() of a package on disk (a Path: joinpath, '/', read_text/read_bytes,
# iterdir, is_file/is_dir), of a module that is not a package (TypeError), as_file, and the
# legacy functions with their DeprecationWarnings (read_text, read_binary, open_text, contents,
# is_resource, path) and their file-name check; a package of the standard library read through
# files(). importlib.metadata: PackageNotFoundError for a distribution that is not installed
# (message, name, ModuleNotFoundError), the empty name refused, and a .dist-info folder of the
# program's own on sys.path: version, metadata headers, requires, entry points and their
# selection, files from RECORD, the distribution found by any spelling of its name.
import importlib.metadata as md
import importlib.resources as resources
import os
import sys
import tempfile

top = tempfile.mkdtemp()
pkg = os.path.join(top, 'mypkg')
os.makedirs(os.path.join(pkg, 'data'))
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('VALUE = 1\n')
with open(os.path.join(pkg, 'greeting.txt'), 'w') as f:
    f.write('hello from a resource\nsecond line\n')
with open(os.path.join(pkg, 'data', 'blob.bin'), 'wb') as f:
    f.write(bytes([0, 1, 2, 255]))
with open(os.path.join(top, 'plain.py'), 'w') as f:
    f.write('X = 2\n')
sys.path.insert(0, top)

root = resources.files('mypkg')
print(type(root).__name__, os.path.relpath(str(root), top), root.name, root.is_dir())
print(root.joinpath('greeting.txt').read_text(), end='')
print((root / 'data' / 'blob.bin').read_bytes(), (root / 'data').is_dir(), (root / 'nope').is_file())
print(sorted(p.name for p in root.iterdir()))
import mypkg
print(resources.files(mypkg) == root)
with resources.as_file(root / 'greeting.txt') as path:
    print(os.path.relpath(str(path), top), path.exists())
with (root / 'greeting.txt').open() as f:
    print(f.readline(), end='')
try:
    resources.files('plain')
except TypeError as e:
    print('TypeError', e)
try:
    resources.files('no_such_package_here')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

print(resources.read_text('mypkg', 'greeting.txt').splitlines())
print(resources.read_binary('mypkg', 'greeting.txt')[:5])
with resources.open_text('mypkg', 'greeting.txt') as f:
    print(f.read(5))
print(sorted(resources.contents('mypkg')))
print(resources.is_resource('mypkg', 'greeting.txt'), resources.is_resource('mypkg', 'data'))
with resources.path('mypkg', 'greeting.txt') as p:
    print(p.name)
try:
    resources.read_text('mypkg', 'data/blob.bin')
except ValueError as e:
    print('ValueError', e)

lib = resources.files('json')
init = lib.joinpath('__init__.py')
print(init.name, init.is_file(), lib.joinpath('nothing.py').is_file(), 'def dumps' in init.read_text())

try:
    md.version('no-such-distribution-xyz')
except md.PackageNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError), isinstance(e, ImportError))
for func in (md.metadata, md.distribution, md.files, md.requires):
    try:
        func('another-missing-dist')
    except md.PackageNotFoundError as e:
        print(func.__name__, e)
try:
    md.distribution('')
except ValueError as e:
    print('ValueError', e)

info = os.path.join(top, 'My_Tool-1.2.3.dist-info')
os.makedirs(info)
with open(os.path.join(info, 'METADATA'), 'w') as f:
    f.write('Metadata-Version: 2.1\nName: My-Tool\nVersion: 1.2.3\nSummary: A tool\n'
            'Requires-Dist: requests (>=2.0)\nRequires-Dist: rich ; extra == "fancy"\n'
            'Classifier: Programming Language :: Python\nClassifier: License :: OSI Approved\n'
            '\nThe long description.\n')
with open(os.path.join(info, 'entry_points.txt'), 'w') as f:
    f.write('[console_scripts]\nmytool = mypkg:main\n\n[mytool.plugins]\nfirst = mypkg.sub:First [fancy]\n'
            'second = mypkg\n')
with open(os.path.join(info, 'RECORD'), 'w') as f:
    f.write('mypkg/__init__.py,sha256=abc,10\nMy_Tool-1.2.3.dist-info/METADATA,,\n')

for name in ('My-Tool', 'my_tool', 'MY.TOOL'):
    print(name, md.version(name))
dist = md.distribution('my-tool')
meta = dist.metadata
print(meta['Name'], meta['Summary'], meta['Home-page'], meta.get_all('Classifier'), 'Version' in meta)
print(dist.requires, md.requires('My-Tool'))
eps = dist.entry_points
print(len(eps), sorted(eps.names), sorted(eps.groups))
ep = eps['mytool']
print(ep, ep.module, ep.attr, ep.extras, ep.group)
plugin = eps.select(group='mytool.plugins')
print([(e.name, e.module, e.attr, e.extras) for e in sorted(plugin)])
print(sorted(e.name for e in md.entry_points(group='mytool.plugins')), md.entry_points(group='mytool.plugins', name='second'))
print(type(eps['second'].load()).__name__, eps['second'].load().VALUE)
files = md.files('My-Tool')
print([str(p) for p in files], files[0].hash.mode, files[0].hash.value, files[0].size, files[1].hash)
print(files[0].read_text(), end='')

import shutil
shutil.rmtree(top)
print(os.path.exists(top))

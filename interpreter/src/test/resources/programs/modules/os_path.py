# os.path's string functions: join, split, splitext, basename, dirname, normpath, isabs,
# relpath, commonprefix, commonpath, and the module's constants.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep)
print(os.path.join('a', 'b', 'c.txt'), os.path.join('a/', 'b'), os.path.join('a', '/abs', 'x'), os.path.join('', 'x'))
for p in ['a/b/c.txt', '/a/b/', 'c', '/', '', 'a//b', '//x/y']:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ['f.tar.gz', '.bashrc', 'a/.hidden', 'a.b/c', 'noext', '..x.y', 'x.']:
    print(repr(p), os.path.splitext(p))
for p in ['a/./b/../c', '/../x', '../../a/b', '//a//b/', '///a', '.', '', 'a/..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/libexec']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/x']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
print(os.path.join(b'a', b'b'), os.path.splitext(b'x.py'), os.path.basename(b'/p/q'))
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError', e)
print(os.path.abspath('/x/../y'), os.path.abspath('z') == os.path.join(os.getcwd(), 'z'))
os.environ['HOME'] = '/home/someone/'
print(os.path.expanduser('~/a'), os.path.expanduser('~'), os.path.expanduser('x~'), os.path.expanduser('~other/x'))

# zipimport: zipimporter over archives made with zipfile (a prefix inside the archive, find_spec,
# get_code/get_source/get_data/get_filename/is_package and their errors, paths that name no archive),
# modules and packages imported from an archive on sys.path with their __file__, __spec__, __loader__,
# __path__ and __cached__, and a SyntaxError from a member.
import os, tempfile, zipfile
os.chdir(tempfile.mkdtemp())
with zipfile.ZipFile("a.zip", "w") as z:
    z.writestr('m.py', 'X = 1\nprint("m ran", __name__)\n')
    z.writestr('pkg/__init__.py', 'print("pkg init", __name__, __package__)\n')
    z.writestr('pkg/sub.py', 'from . import helper\nY = helper.Z * 2\n')
    z.writestr('pkg/helper.py', 'Z = 21\n')
    z.writestr('pkg/data.txt', 'hello data\n')
    z.writestr('bad.py', 'x = (\n')
    z.writestr('sub/dir/deep.py', 'D = 4\n')
open("empty.zip", "wb").close()
open("junk.zip", "wb").write(b"PK\x05\x06" + bytes(10))
open("notzip.pyz", "w").write("x = 1\n")
import sys, zipimport
sys.path.insert(0, 'a.zip')
import m, pkg.sub
print(m.__file__, m.__loader__, m.__spec__)
print(m.__cached__, m.__spec__.cached, m.__spec__.has_location)
print(pkg.__file__, pkg.__path__, pkg.__spec__, pkg.__spec__.submodule_search_locations)
print(pkg.sub.Y, pkg.sub.__file__, pkg.sub.__loader__)
z = zipimport.zipimporter('a.zip')
print(z, z.archive, repr(z.prefix))
print(z.get_data('pkg/data.txt'), z.get_data('a.zip/pkg/data.txt'))
print(z.is_package('pkg'), z.is_package('m'), z.get_source('m'), z.get_filename('pkg'))
print(z.find_spec('m'), z.find_spec('nope'), z.find_spec('pkg'))
try: z.is_package('nope')
except zipimport.ZipImportError as e: print(repr(e))
try: z.get_data('nope')
except OSError as e: print(repr(e), e.errno, e.strerror, e.filename, str(e))
try: import bad
except SyntaxError as e: print(repr(e), e.filename)
d = zipimport.zipimporter('a.zip/sub/dir')
print(d, d.archive, d.prefix, d.find_spec('deep'))
for p in ['', 'nonexistent.zip', os.getcwd(), 'a.zip/none/x', 'empty.zip', 'junk.zip', 'notzip.pyz']:
    try: print(zipimport.zipimporter(p))
    except Exception as e: print(type(e).__name__, repr(e), getattr(e, 'path', None) == os.getcwd() or getattr(e, 'path', None))
try: zipimport.zipimporter(1)
except Exception as e: print(type(e).__name__, e)
print(z.get_code('m').co_filename)
try: z.get_code('pkg.sub')
except zipimport.ZipImportError as e: print(repr(e))

# py_compile and compileall: .pyc files in CPython's layout (magic number, flags, the source's
# timestamp and size or its SipHash in the hash-based modes, the marshalled code, which loads and
# runs), cache_from_source's names with opt levels, dfile, PyCompileError's message and quiet
# levels, FileExistsError for a non-regular target; compile_dir's Listing/Compiling lines,
# syntax errors, up-to-date files skipped, rx, maxlevels, legacy, ddir/stripdir/prependdir, main()
import os, sys, tempfile, py_compile, importlib.util, marshal
root = tempfile.mkdtemp()
start = os.getcwd()
os.chdir(root)
src = 'mod_a.py'
with open(src, 'w') as f:
    f.write('X = 40 + 2\ndef f():\n    return X\n')
os.utime(src, (1700000000, 1700000000))
cfile = py_compile.compile(src)
print(os.path.relpath(cfile, root))
with open(cfile, 'rb') as f:
    data = f.read()
print(data[:16].hex(), data[:4] == importlib.util.MAGIC_NUMBER)
code = marshal.loads(data[16:])
ns = {}
exec(code, ns)
print(ns['X'], ns['f'](), code.co_filename == src)
c2 = py_compile.compile(src, cfile=os.path.join(root, 'out.pyc'), dfile='shown.py', invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
with open(c2, 'rb') as f:
    d2 = f.read()
print(os.path.basename(c2), d2[4:16].hex(), marshal.loads(d2[16:]).co_filename)
c3 = py_compile.compile(src, optimize=2, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
print(os.path.relpath(c3, root))
with open(c3, 'rb') as f:
    print(f.read()[4:8].hex())
bad = 'bad_b.py'
with open(bad, 'w') as f:
    f.write('def broken(:\n    pass\n')
print(py_compile.compile(bad, quiet=2))
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, e.exc_type_name, repr(e.msg.replace(root, 'ROOT')))
    print(e.file == bad, e.args[1])
saved_stderr, sys.stderr = sys.stderr, sys.stdout
print(py_compile.compile(bad))
try:
    py_compile.compile(os.path.join(root, 'missing.py'))
except FileNotFoundError as e:
    print(type(e).__name__)
os.mkdir(os.path.join(root, 'dir.pyc'))
try:
    py_compile.compile(src, cfile=os.path.join(root, 'dir.pyc'))
except FileExistsError as e:
    print(str(e).replace(root, 'ROOT'))
print(list(py_compile.PycInvalidationMode), py_compile.PyCompileError.__mro__[1].__name__)
sys.stderr = saved_stderr
os.chdir(start)
import shutil; shutil.rmtree(root)

# compileall
import compileall, re
root = tempfile.mkdtemp()
os.chdir(root)
def write(rel, text):
    os.makedirs(os.path.dirname(rel) or '.', exist_ok=True)
    with open(rel, 'w') as f:
        f.write(text)
    os.utime(rel, (1700000000, 1700000000))
write('pkg/__init__.py', '')
write('pkg/good.py', 'A = 1\n')
write('pkg/sub/deep.py', 'B = 2\n')
write('pkg/bad.py', 'def (:\n')
write('pkg/skip_me.py', 'C = 3\n')
write('pkg/notes.txt', 'text')
print(compileall.compile_dir('pkg'))
print(sorted(os.listdir('pkg/__pycache__')))
print(compileall.compile_dir('pkg', quiet=1))
print(compileall.compile_dir('pkg', force=True, quiet=1, rx=re.compile('bad|skip')))
print(compileall.compile_dir('pkg', maxlevels=0, force=True, quiet=2))
print(compileall.compile_file('pkg/good.py', force=True, legacy=True), os.path.exists('pkg/good.pyc'))
print(compileall.compile_file('pkg/good.py', force=True, optimize=[1, 2], quiet=1), sorted(os.listdir('pkg/__pycache__')))
print(compileall.compile_file('pkg/sub/deep.py', force=True, ddir='/shown', quiet=1))
import marshal
with open('pkg/sub/__pycache__/deep.cpython-311.pyc', 'rb') as f:
    print(marshal.loads(f.read()[16:]).co_filename)
compileall.compile_file('pkg/sub/deep.py', force=True, stripdir='pkg', prependdir='/root2', quiet=1)
with open('pkg/sub/__pycache__/deep.cpython-311.pyc', 'rb') as f:
    print(marshal.loads(f.read()[16:]).co_filename)
try:
    compileall.compile_dir('pkg', ddir='x', stripdir='y')
except ValueError as e:
    print(e)
sys.argv = ['compileall', '-q', '-f', 'pkg/sub']
print(compileall.main())
import shutil; os.chdir('/'); shutil.rmtree(root)

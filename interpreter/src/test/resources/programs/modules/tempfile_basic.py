# tempfile: mkstemp/mkdtemp names and modes, gettempdir, TemporaryDirectory (with and cleanup),
# NamedTemporaryFile (write, seek, read, delete on close), TemporaryFile.
import os
import stat
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdir() is tmp or tempfile.gettempdir() == tmp)
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pyheap-')
name = os.path.basename(path)
print(type(fd).__name__, os.path.dirname(path) == tmp, name.startswith('pyheap-'), name.endswith('.txt'), len(name))
print(stat.filemode(os.stat(path).st_mode), os.write(fd, b'abc'), os.path.getsize(path))
os.close(fd)
os.unlink(path)
d = tempfile.mkdtemp(dir=tmp, suffix='-d')
print(stat.filemode(os.stat(d).st_mode), os.path.basename(d).startswith('tmp'), d.endswith('-d'), os.listdir(d))
fd2, inner = tempfile.mkstemp(dir=d)
os.close(fd2)
print(os.listdir(d) == [os.path.basename(inner)])
os.unlink(inner)
os.rmdir(d)
with tempfile.TemporaryDirectory() as where:
    print(os.path.isdir(where), type(where).__name__)
    os.makedirs(os.path.join(where, 'x', 'y'))
    fd3 = os.open(os.path.join(where, 'x', 'f'), os.O_CREAT | os.O_WRONLY)
    os.close(fd3)
print(os.path.exists(where))
td = tempfile.TemporaryDirectory(prefix='keep')
print(repr(td) == f'<TemporaryDirectory {td.name!r}>', os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.NamedTemporaryFile() as f:
    print(f.write(b'hello world\n'), f.tell(), f.seek(0), f.read(), os.path.exists(f.name), f.mode)
print(os.path.exists(f.name), f.closed)
with tempfile.NamedTemporaryFile('w+', delete=False, suffix='.log') as g:
    g.write('line 1\nline 2\n')
    g.seek(0)
    print(g.readline(), end='')
    print(list(g))
print(os.path.exists(g.name), g.name.endswith('.log'))
with open(g.name) as again:
    print(again.read().splitlines())
os.unlink(g.name)
with tempfile.TemporaryFile() as h:
    h.write(b'xyz')
    h.seek(1)
    print(h.read(), type(h.name).__name__)
try:
    g.write('x')
except ValueError as e:
    print('ValueError', e)
try:
    with tempfile.NamedTemporaryFile() as b:
        b.write('text')
except TypeError as e:
    print('TypeError', e)

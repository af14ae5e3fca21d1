# os over the file system: makedirs, open/write/read/close descriptors, listdir, stat, scandir,
# walk, rename, remove, rmdir, and the OSError subclasses with errno, strerror and filename.
import os
import stat
import tempfile

base = tempfile.mkdtemp(prefix='pyheap')
print(os.path.isdir(base), os.path.basename(base).startswith('pyheap'), len(os.path.basename(base)))
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
fd = os.open(os.path.join(base, 'a', 'f.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello\nworld\n'))
os.close(fd)
with open(os.path.join(base, 'a', 'f.txt')) as f:
    print(repr(f.read()))
fd = os.open(os.path.join(base, 'a', 'f.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
print(sorted(os.listdir(os.path.join(base, 'a'))))
st = os.stat(os.path.join(base, 'a', 'f.txt'))
print(st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode))
print(type(st).__name__, len(st), isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[8])
print(stat.S_ISDIR(os.stat(base).st_mode), os.path.getsize(os.path.join(base, 'a', 'f.txt')))
print(os.path.exists(base), os.path.isfile(base), os.path.isdir(os.path.join(base, 'a', 'f.txt')),
      os.path.exists(os.path.join(base, 'nope')))
for entry in sorted(os.scandir(os.path.join(base, 'a')), key=lambda e: e.name):
    print(entry.name, entry.is_dir(), entry.is_file(), entry.path == os.path.join(base, 'a', entry.name))
for dirpath, dirnames, filenames in os.walk(base):
    print(os.path.relpath(dirpath, base), sorted(dirnames), sorted(filenames))
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    print(os.path.relpath(dirpath, base), sorted(dirnames), sorted(filenames))
os.rename(os.path.join(base, 'a', 'f.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))


def attempt(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, base),
              str(e).replace(base, 'BASE'), isinstance(e, OSError))


attempt(os.stat, os.path.join(base, 'missing'))
attempt(os.remove, os.path.join(base, 'missing'))
attempt(os.remove, os.path.join(base, 'a'))
attempt(os.rmdir, os.path.join(base, 'a'))
attempt(os.rmdir, os.path.join(base, 'g.txt'))
attempt(os.mkdir, os.path.join(base, 'a'))
attempt(os.makedirs, os.path.join(base, 'a'))
attempt(os.listdir, os.path.join(base, 'g.txt'))
attempt(os.listdir, os.path.join(base, 'nothing'))
attempt(os.open, os.path.join(base, 'nothing'), os.O_RDONLY)
try:
    os.close(999)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.stat(42.0)
except TypeError as e:
    print('TypeError', e)
try:
    os.remove(None)
except TypeError as e:
    print('TypeError', e)
os.remove(os.path.join(base, 'g.txt'))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base))

# mmap: file-backed maps (shared writes reach the file, ACCESS_READ refuses them, ACCESS_COPY
# keeps them private), anonymous maps, indexing and slicing, the file-like methods, find/rfind,
# move, resize, flush, and the errors of bad arguments and closed maps.
import mmap
import os
import tempfile


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.bin')
with open(path, 'wb') as f:
    f.write(b'hello world\nsecond line\nthird\n')

with open(path, 'r+b') as f:
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m.tell(), m[:5], m[0], m[-1], m[6:11], m[::5], m[-6:])
    print(m.readline(), m.tell(), m.read(6), m.read_byte(), m.tell())
    m.seek(0)
    print(m.read(), m.read(), m.tell())
    m.seek(-6, 2)
    print(m.tell(), m.read(3))
    m.seek(2, 1)
    print(m.tell())
    print(m.find(b'line'), m.find(b'line', 0), m.rfind(b'l', 0), m.find(b'zzz', 0), m.find(b'o', 5, 8),
          m.find(b'd', -5), m.rfind(b'e', 0, -10))
    m[0] = ord('H')
    m[6:11] = b'WORLD'
    m.seek(0)
    print(m.write(b'Hey'), m.tell())
    m.write_byte(ord('!'))
    m.move(12, 0, 5)
    m.flush()
    print(m[:])
    with open(path, 'rb') as g:
        print(g.read())
    attempt('index', lambda: m[100])
    attempt('key', lambda: m['a'])
    attempt('item type', lambda: m.__setitem__(0, b'x'))
    attempt('item range', lambda: m.__setitem__(0, 300))
    attempt('slice size', lambda: m.__setitem__(slice(0, 2), b'abc'))
    attempt('seek range', lambda: m.seek(100))
    attempt('seek whence', lambda: m.seek(0, 5))
    attempt('write range', lambda: m.write(b'x' * 100))
    attempt('find str', lambda: m.find('x'))
    attempt('move range', lambda: m.move(0, 20, 100))
    attempt('flush range', lambda: m.flush(3))
    attempt('del', lambda: m.__delitem__(0))
    m.seek(len(m))
    attempt('read byte end', lambda: m.read_byte())
    attempt('write byte end', lambda: m.write_byte(1))
    print(m.read(), m.readline())
    print(repr(m))
    m.resize(40)
    print(len(m), m.size(), m[30:], os.path.getsize(path))
    m.resize(10)
    print(len(m), m[:], os.path.getsize(path))
    m.close()
    m.close()
    print(m.closed, repr(m))
    for label, call in [('closed index', lambda: m[0]), ('closed len', lambda: len(m)),
                        ('closed read', lambda: m.read()), ('closed size', lambda: m.size()),
                        ('closed with', lambda: m.__enter__())]:
        attempt(label, call)

with open(path, 'rb') as f:
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    print(r[:], repr(r))
    attempt('ro write', lambda: r.write(b'x'))
    attempt('ro item', lambda: r.__setitem__(0, 65))
    attempt('ro resize', lambda: r.resize(5))
    attempt('ro write_byte', lambda: r.write_byte(1))
    attempt('ro move', lambda: r.move(0, 1, 1))
    print(r.flush())
    r.close()

with open(path, 'r+b') as f:
    c = mmap.mmap(f.fileno(), 5, access=mmap.ACCESS_COPY)
    c[:] = b'COPY!'
    print(c[:], repr(c))
    attempt('copy resize', lambda: c.resize(3))
    c.close()
    with open(path, 'rb') as g:
        print(g.read())
    attempt('too long', lambda: mmap.mmap(f.fileno(), 1000))
    attempt('offset', lambda: mmap.mmap(f.fileno(), 0, offset=100000))
    attempt('odd offset', lambda: mmap.mmap(f.fileno(), 2, offset=3))
    attempt('negative', lambda: mmap.mmap(f.fileno(), -1))
    attempt('access', lambda: mmap.mmap(f.fileno(), 10, access=7))
    attempt('both', lambda: mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_READ, prot=mmap.PROT_READ))
    with mmap.mmap(f.fileno(), 4, prot=mmap.PROT_READ) as p:
        print(p[:], repr(p))
    print(p.closed)

empty = os.path.join(folder, 'empty.bin')
open(empty, 'wb').close()
with open(empty, 'r+b') as f:
    attempt('empty', lambda: mmap.mmap(f.fileno(), 0))

a = mmap.mmap(-1, 13)
print(a[:], len(a), repr(a))
attempt('anon size', lambda: a.size())
a.write(b'anonymous')
a.resize(20)
print(a[:], a.tell(), bytes(a)[:4], list(a)[:3], b'y' in a, b'z' in a)
with a:
    print(a.readline())
print(a.closed)
attempt('anon zero', lambda: mmap.mmap(-1, 0))
print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.PAGESIZE,
      mmap.ALLOCATIONGRANULARITY, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.PROT_READ, mmap.PROT_WRITE)
os.remove(path)
os.remove(empty)
os.rmdir(folder)

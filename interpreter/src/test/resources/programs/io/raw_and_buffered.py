# io: FileIO and the Buffered classes built by hand: reprs, modes, peek/read1/readinto, detach,
# the errors of a closed or detached layer and of the wrong direction, closefd, opener, BufferedRWPair.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'b.bin')
with open(p, 'wb') as f:
    f.write(b'hello\nworld\n')
raw = io.FileIO(p)
print(repr(raw).replace(p, 'P'), raw.mode, raw.closefd, raw.readable(), raw.writable(), raw.seekable())
b = io.BufferedReader(raw, 4)
print(repr(b).replace(p, 'P'), b.raw is raw, b.peek(2)[:2], b.read1(3), b.read(2))
ba = bytearray(4)
print(b.readinto(ba), ba, b.tell())
try:
    b.write(b'x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
r = b.detach()
print(r is raw, repr(b).replace(p, 'P') if False else '')
try:
    b.read()
except ValueError as e:
    print('detached:', e)
raw.close()
for call in (lambda: raw.read(), lambda: raw.fileno(), lambda: raw.tell(), lambda: raw.readable()):
    try:
        call()
    except ValueError as e:
        print('closed:', e)
w = io.BufferedWriter(io.FileIO(p, 'w'))
print(repr(w).replace(p, 'P'), w.write(b'abc'), w.raw.mode)
try:
    w.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
w.close()
try:
    w.write(b'x')
except ValueError as e:
    print(e)
rnd = io.BufferedRandom(io.FileIO(p, 'r+'))
print(repr(rnd).replace(p, 'P'), rnd.read(1), rnd.write(b'Z'), rnd.seek(0), rnd.read())
rnd.close()
pair = io.BufferedRWPair(io.BytesIO(b'in'), io.BytesIO())
print(pair.read(), pair.write(b'out'), pair.readable(), pair.writable())
fd = os.open(p, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print(repr(f), f.name == fd)
f.close()
os.close(fd)
f = open(p, 'rb', opener=lambda path, flags: os.open(path, flags))
print(type(f).__name__, f.read())
f.close()
try:
    io.FileIO(p, 'rw')
except ValueError as e:
    print(e)
try:
    io.FileIO(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print(e.errno, e.strerror)
print(io.BufferedReader.__mro__, io.FileIO.__mro__)

# Binary files: BufferedReader/BufferedWriter/BufferedRandom over FileIO as CPython 3.11's _io has
# them: read/read1/peek/readinto/readline(size)/readlines(hint), seek/tell/truncate, reads after
# writes and writes after reads in '+' modes, unbuffered FileIO, bytes-like writes, what the
# buffer holds before flush, errors and reprs of closed and detached objects.
import io, os, tempfile

d = tempfile.mkdtemp()


def at(name):
    return os.path.join(d, name)


def shown(text):
    return str(text).replace(d + os.sep, '')


with open(at('b.bin'), 'wb') as f:
    print(f.write(b'0123456789\n'), f.write(bytearray(b'abc\n')), f.write(memoryview(b'xyz')), f.tell())
    print(os.path.getsize(at('b.bin')))
    f.flush()
    print(os.path.getsize(at('b.bin')))
with open(at('b.bin'), 'rb') as f:
    print(f.read(3), f.peek(2)[:2], f.read1(4), f.tell(), f.readline(), f.readline(2), f.readline())
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.read(), f.read(), f.tell())
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2), f.seek(0, 1))
    f.seek(0)
    print(f.readlines(), f.seek(0), f.readlines(12), list(f))
    for args in ((-1,), (0, 5), (1.5,)):
        try:
            f.seek(*args)
        except (OSError, ValueError, TypeError) as e:
            print(type(e).__name__, e)
    for call in (lambda: f.write(b'x'), lambda: f.truncate(), lambda: f.read(-2), lambda: f.read(1.5)):
        try:
            call()
        except (io.UnsupportedOperation, ValueError, TypeError) as e:
            print(type(e).__name__, e)
with open(at('b.bin'), 'r+b') as f:
    print(f.read(4))
    f.write(b'WXYZ')
    print(f.tell(), f.read(3))
    f.seek(0)
    print(f.read())
    print(f.truncate(6), f.tell(), f.seek(0), f.read())
    f.seek(10)
    f.write(b'!')
    f.seek(0)
    print(f.read())
with open(at('b.bin'), 'ab+') as f:
    print(f.tell(), f.write(b'++'), f.tell())
    f.seek(0)
    print(f.read())
with open(at('b.bin'), 'wb') as f:
    for call in (f.read, f.readline, lambda: f.write('text'), lambda: f.write(5)):
        try:
            call()
        except (io.UnsupportedOperation, TypeError) as e:
            print(type(e).__name__, e)
    print(f.truncate(0))
with open(at('big.bin'), 'wb') as f:
    for i in range(2000):
        f.write(b'%05d,' % i)
    print(f.tell(), os.path.getsize(at('big.bin')) > 0)
with open(at('big.bin'), 'rb') as f:
    pieces = []
    while True:
        chunk = f.read(4097)
        if not chunk:
            break
        pieces.append(len(chunk))
    print(pieces, f.tell())
    f.seek(5995)
    print(f.read(12), f.peek(1)[:1], f.read1(3))

with open(at('b.bin'), 'wb', buffering=0) as raw:
    print(type(raw).__name__, raw.write(b'raw bytes'), raw.tell(), os.path.getsize(at('b.bin')), shown(repr(raw)))
    for call in (raw.read, raw.readall, lambda: raw.write('s')):
        try:
            call()
        except (io.UnsupportedOperation, OSError, TypeError) as e:
            print(type(e).__name__, e)
with open(at('b.bin'), 'rb', buffering=0) as raw:
    buf = bytearray(4)
    print(raw.readinto(buf), buf, raw.read(2), raw.readall(), raw.read(), raw.seekable(), raw.isatty())
print(shown(repr(raw)), raw.closed)
for call in (raw.read, raw.tell, raw.fileno, lambda: raw.seek(0)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
f = open(at('b.bin'), 'wb')
f.close()
print(shown(repr(f)), repr(f.raw), f.closed)
for call in (lambda: f.write(b'x'), f.read, f.tell, f.flush, f.fileno):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
f = open(at('b.bin'), 'rb')
raw = f.detach()
print(shown(repr(raw)), raw.closed)
for call in (f.read, lambda: f.name, f.detach):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(f))
raw.close()
with io.FileIO(at('b.bin'), 'r+') as raw:
    print(raw.mode, raw.read(), raw.seek(0), raw.write(b'new'), raw.truncate(), raw.tell())
print(open(at('b.bin'), 'rb').read())
for mode in ('rw', 'rt', 'r++', ''):
    try:
        io.FileIO(at('b.bin'), mode)
    except ValueError as e:
        print('ValueError', e)
for name in os.listdir(d):
    os.remove(at(name))
os.rmdir(d)

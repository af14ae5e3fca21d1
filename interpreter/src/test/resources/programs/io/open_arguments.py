# open()'s arguments as CPython 3.11's _io.open checks them: every mode combination (the objects
# made, their types and modes), the ValueErrors and TypeErrors for invalid ones, buffering 0/1/n,
# closefd and opener, a descriptor as the file, and the OSError subclasses with errno, strerror
# and filename.
import io, os, tempfile

d = tempfile.mkdtemp()


def at(name):
    return os.path.join(d, name)


def shown(text):
    return str(text).replace(d + os.sep, '')


with open(at('f.txt'), 'w') as f:
    f.write('one\ntwo\n')


def attempt(label, fn):
    try:
        result = fn()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', shown(e))
    else:
        print(label, '->', result)


for mode in ('r', 'rt', 'w', 'a', 'x', 'r+', 'w+', 'a+', 'x+', 'rb', 'wb', 'ab', 'r+b', 'rb+', 'w+b',
             'xb', 'wt', 'at+'):
    if 'x' in mode and os.path.exists(at('new.txt')):
        os.remove(at('new.txt'))
    name = 'new.txt' if 'x' in mode else 'f.txt' if 'r' in mode else 'g.txt'
    with open(at(name), mode) as f:
        layers = [type(f).__name__]
        g = f
        while hasattr(g, 'buffer') or hasattr(g, 'raw'):
            g = g.buffer if hasattr(g, 'buffer') else g.raw
            layers.append(type(g).__name__ + ':' + g.mode)
        print(mode, f.mode, layers, f.readable(), f.writable(), f.seekable(), f.closed)
    print('   closed:', f.closed, shown(repr(f)))

for mode in ('rw', '', 'r++', 'q', '+', 'rbt', 'b', 'wa', 'rr', 't'):
    attempt('mode %r' % mode, lambda: open(at('f.txt'), mode))
attempt('binary encoding', lambda: open(at('f.txt'), 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open(at('f.txt'), 'rb', errors='strict'))
attempt('binary newline', lambda: open(at('f.txt'), 'rb', newline=''))
attempt('newline x', lambda: open(at('f.txt'), newline='x'))
attempt('newline int', lambda: open(at('f.txt'), newline=5))
attempt('encoding int', lambda: open(at('f.txt'), encoding=5))
attempt('errors int', lambda: open(at('f.txt'), errors=5))
attempt('unknown encoding', lambda: open(at('f.txt'), encoding='no-such-codec'))
attempt('unbuffered text', lambda: open(at('f.txt'), buffering=0))
attempt('mode int', lambda: open(at('f.txt'), 5))
attempt('buffering str', lambda: open(at('f.txt'), 'r', 'x'))
attempt('file float', lambda: open(1.5))
attempt('file None', lambda: open(None))
attempt('negative fd', lambda: open(-1))
attempt('closefd with a name', lambda: open(at('f.txt'), closefd=False))
attempt('unknown keyword', lambda: open(at('f.txt'), bogus=1))
attempt('no file', lambda: open())
attempt('missing', lambda: open(at('missing.txt')))
attempt('missing dir', lambda: open(at('nodir/x.txt'), 'w'))
attempt('a directory', lambda: open(at('.')))
attempt('a directory to write', lambda: open(at('.'), 'w'))
attempt('exclusive on an existing file', lambda: open(at('f.txt'), 'x'))

try:
    open(at('missing.txt'))
except FileNotFoundError as e:
    print(e.errno, e.strerror, shown(e.filename), e.args, isinstance(e, OSError))

with open(at('f.txt'), 'rb', buffering=0) as raw:
    print(type(raw).__name__, raw.read(3), raw.readall(), raw.read(), raw.closefd, raw.mode)
with open(at('f.txt'), buffering=1) as f:
    print(f.line_buffering, f.write_through, shown(f.buffer.raw.name))
with open(at('f.txt'), 'rb', buffering=16) as f:
    print(f.read(), f.tell())
fd = os.open(at('f.txt'), os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.name == fd, f.mode, f.readline(), f.buffer.raw.closefd)
print(os.read(fd, 100))
os.close(fd)
seen = []


def opener(path, flags):
    seen.append(path)
    return os.open(path, flags)


with open(at('f.txt'), opener=opener) as f:
    print(f.read().split(), [shown(p) for p in seen])
attempt('opener returning -1', lambda: open(at('f.txt'), opener=lambda p, fl: -1))
attempt('opener returning str', lambda: open(at('f.txt'), opener=lambda p, fl: 'x'))
with open(os.fsencode(at('f.txt')), 'rb') as f:
    print(shown(os.fsdecode(f.name)), type(f.name).__name__, f.read(3))


class Named:
    def __fspath__(self):
        return at('f.txt')


with open(Named()) as f:
    print(shown(f.name), f.readline().strip())
print(io.open is open, open.__name__)
for name in os.listdir(d):
    os.remove(at(name))
os.rmdir(d)

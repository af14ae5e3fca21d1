# Text files as CPython 3.11's TextIOWrapper reads and writes them: universal newlines on read
# (translated, or kept with newline=''), newline translation on write, readline(size),
# readlines(hint), read(n) across chunks, tell/seek cookies over '\n' files (also with multi-byte
# characters), newlines, encodings and errors, '+' modes, closed-file and unsupported errors.
import io, os, tempfile

d = tempfile.mkdtemp()


def at(name):
    return os.path.join(d, name)


def shown(text):
    return str(text).replace(d + os.sep, '')


with open(at('mixed.txt'), 'w', newline='') as f:
    print(f.write('unix\nwindows\r\nmac\rlast'), f.tell())
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(at('mixed.txt'), newline=nl) as f:
        print(repr(nl), [line for line in f], f.newlines)
with open(at('mixed.txt')) as f:
    print(repr(f.readline(3)), repr(f.readline()), repr(f.read(4)), repr(f.read()), f.newlines)
    f.seek(0)
    print(f.readlines(), f.readlines())
    f.seek(0)
    print(f.readlines(6), f.readlines(1), f.read())
for nl in ('\n', '\r\n', '\r', ''):
    with open(at('w.txt'), 'w', newline=nl) as f:
        f.write('a\nb\r\nc\n')
    with open(at('w.txt'), 'rb') as f:
        print(repr(nl), f.read())

text = ''.join('line %d %s\n' % (i, 'é€😀'[i % 3] * (i % 7)) for i in range(3000))
with open(at('big.txt'), 'w', encoding='utf-8') as f:
    f.write(text)
print(os.path.getsize(at('big.txt')), len(text))
with open(at('big.txt'), encoding='utf-8') as f:
    marks = []
    for i in range(2000):
        line = f.readline()
        if i % 250 == 0:
            marks.append((f.tell(), line))
    print(marks[:3], len(f.read()))
    for pos, line in marks[::-1]:
        f.seek(pos)
        print(pos, repr(f.readline()[:8]), end=' ')
    print()
    f.seek(marks[3][0])
    print(repr(f.read(12)), f.tell(), repr(f.readline(5)), f.tell())
    print(f.seek(0, 2), f.tell(), repr(f.read()))
    print(f.seek(0), repr(f.read(7)))
    for args in ((5, 1), (5, 2), (-1,), (0, 3)):
        try:
            f.seek(*args)
        except (ValueError, io.UnsupportedOperation) as e:
            print(type(e).__name__, e)
with open(at('big.txt'), encoding='utf-8') as f:
    n = 0
    for line in f:
        n += len(line)
        if n > 1000:
            try:
                f.tell()
            except OSError as e:
                print('OSError', e)
            break
    print(sum(1 for _ in f), f.tell())
print(sum(1 for _ in open(at('big.txt'), encoding='utf-8')), len(open(at('big.txt'), 'rb').readlines()))

with open(at('enc.txt'), 'w', encoding='latin-1') as f:
    f.write('café\n')
print(open(at('enc.txt'), 'rb').read(), open(at('enc.txt'), encoding='latin-1').read())
try:
    open(at('enc.txt'), encoding='utf-8').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(repr(open(at('enc.txt'), encoding='utf-8', errors='replace').read()))
print(repr(open(at('enc.txt'), encoding='utf-8', errors='surrogateescape').read()))
with open(at('enc.txt'), 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('snow ☃\n')
print(open(at('enc.txt')).read(), end='')
try:
    with open(at('enc.txt'), 'w', encoding='ascii') as f:
        f.write('☃')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(at('enc.txt'), 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('cd')
print(open(at('enc.txt'), 'rb').read(), open(at('enc.txt'), encoding='utf-16').read())
with open(at('enc.txt'), 'w', encoding='utf-8-sig') as f:
    f.write('bom\n')
print(open(at('enc.txt'), 'rb').read(), repr(open(at('enc.txt'), encoding='utf-8-sig').read()), repr(open(at('enc.txt')).read()))

with open(at('rw.txt'), 'w+') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    f.write('WORLD')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(at('rw.txt'), 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.write('!\n')
    f.seek(0)
    print(repr(f.read()))
with open(at('rw.txt'), 'r+') as f:
    f.seek(0, io.SEEK_END)
    f.write('tail')
print(repr(open(at('rw.txt')).read()))

with open(at('rw.txt')) as f:
    for call in (lambda: f.write('x'), lambda: f.truncate(), lambda: f.fileno() >= 0):
        try:
            print(call())
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(at('rw.txt'), 'w') as f:
    for call in (f.read, f.readline, lambda: f.write(b'x'), lambda: f.write(5)):
        try:
            print(call())
        except (io.UnsupportedOperation, TypeError) as e:
            print(type(e).__name__, e)
f = open(at('rw.txt'))
f.close()
f.close()
for name in ('read', 'readline', 'tell', 'seek', 'flush', 'fileno', '__enter__', '__iter__', 'readlines', 'isatty'):
    try:
        getattr(f, name)(*((0,) if name == 'seek' else ()))
    except ValueError as e:
        print(name, 'ValueError', e)
print(f.closed, shown(f.name), f.mode, f.encoding, f.errors)
with open(at('p.txt'), 'w') as f:
    print('a', 1, 2.5, sep='|', file=f)
    print(file=f)
    f.writelines(['x\n', 'y\n'])
print(repr(open(at('p.txt')).read()))
for name in os.listdir(d):
    os.remove(at(name))
os.rmdir(d)

# io: text tell() cookies and seek() under every newline mode (None, '', '\n', '\r', '\r\n'):
# only None and '' hold a last '\r' back at a chunk's end (C's universal newline decoder), so
# the other modes' cookies are plain positions there; readline() with '\r\n' finds a newline
# split by a chunk boundary; readline(0) still decodes a chunk; read(n) asks the buffer for
# more than _CHUNK_SIZE when n needs it; UTF-8 with signature and UTF-16 carry their decoder's
# flags in the cookie; a write resets the newline kinds seen; write('') still writes the BOM.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 't.txt')
TEXT = 'ab\r\ncd\ref\n\r\ngh\u00e9\r\r\nij\n\nkl\u20ac\rmn\r\n'


def write(text, encoding):
    with open(path, 'w', encoding=encoding, newline='') as f:
        f.write(text)


def cookies(text, encoding, newline, chunk, steps):
    """The cookie after each step, the text after it, and what seek() back to it reads."""
    write(text, encoding)
    out = []
    with open(path, encoding=encoding, newline=newline) as f:
        f._CHUNK_SIZE = chunk
        for step in steps:
            got = f.readline() if step == 'l' else f.read(step)
            out.append((got, f.tell()))
        seen = f.newlines
        back = []
        for got, cookie in out:
            f.seek(cookie)
            back.append(f.read(2))
    return out, seen, back


for encoding in ('utf-8', 'latin-1', 'cp1252', 'utf-16', 'utf-8-sig'):
    for newline in (None, '', '\n', '\r', '\r\n'):
        for chunk in (1, 3, 4, 8192):
            text = TEXT if encoding in ('utf-8', 'utf-16', 'utf-8-sig') else TEXT.replace('\u20ac', 'E')
            steps = ['l', 2, 'l', 'l', 1, 'l', 3, 'l', 'l', 'l', 'l', 'l']
            out, seen, back = cookies(text, encoding, newline, chunk, steps)
            print(encoding, repr(newline), chunk, seen)
            print('   ', [c for _, c in out])
            print('   ', [g for g, _ in out])
            print('   ', back)

# a '\r\n' split by the chunk boundary is one newline for newline='\r\n'; a lone '\r' is not
write('ab\r\ncd\rx\r\n', 'utf-8')
for chunk in (1, 2, 3, 4):
    with open(path, newline='\r\n') as f:
        f._CHUNK_SIZE = chunk
        print('split', chunk, [(f.readline(), f.tell()) for _ in range(4)])
    with open(path, newline='\r\n') as f:
        f._CHUNK_SIZE = chunk
        print('  limits', [(f.readline(k), f.tell()) for k in (3, 1, 2, 1, 5, 1)])

# readline(0) decodes a chunk first: the newline kinds it saw are known
write('a\r\nb\n', 'utf-8')
with open(path, newline='') as f:
    print('readline(0):', repr(f.readline(0)), f.newlines, f.tell())

# read(n) reads max(_CHUNK_SIZE, n * bytes per character) from the buffer
write('x' * 30000, 'utf-8')
with open(path) as f:
    f.read(10000)
    a = f.buffer.tell()
    f.read(1)
    b = f.buffer.tell()
    f.read(20000)
    print('read sizes:', a, b, f.buffer.tell(), f.tell())

# UTF-8 with signature: the decoder's state says whether the BOM may still come
write('ab\ncd\n', 'utf-8-sig')
with open(path, encoding='utf-8-sig') as f:
    print('sig:', f.tell(), f.read(0), f.tell(), f.readline(), f.tell(), f.seek(0, 2), f.read(), f.tell())
    f.seek(0)
    print('  after seek(0):', f.tell(), repr(f.read(1)), f.tell(), repr(f.read()))
with open(path, encoding='utf-8-sig', newline=None) as f:
    f._CHUNK_SIZE = 2
    print('  chunks of 2:', [(f.read(1), f.tell()) for _ in range(6)])

# the BOM codecs write their BOM for write('') at the start; a write resets the newlines seen
for encoding in ('utf-16', 'utf-32', 'utf-8-sig', 'utf-8'):
    with open(path, 'w', encoding=encoding) as f:
        f.write('')
    with open(path, 'rb') as f:
        print('empty write', encoding, f.read())
write('a\r\nb\rc\n', 'utf-8')
with open(path, 'r+', newline='') as f:
    f.readline()
    f.readline()
    print('before write:', f.newlines, f.tell())
    f.write('Z')
    print('after write:', f.newlines, f.tell())
    f.seek(0)
    print('all:', repr(f.read()), f.newlines)

os.remove(path)
os.rmdir(d)

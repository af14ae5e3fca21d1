# tell() and seek() of text files in UTF-16 and UTF-32 (with and without a BOM, either byte
# order): the cookies carry the decoder's state (the byte order its BOM chose, a '\r' held back)
# and, past a chunk's start, the bytes to feed and the characters to skip, as CPython packs them.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'text.txt')
text = 'first line\nsecond \u00e9\u4e2d line\r\nthird\rfourth \U0001f600 x\nlast'
long_text = ''.join('line %d %s\r\n' % (i, '\u00e9' * (i % 5)) for i in range(900)) + 'tail'


def write(data):
    with open(path, 'wb') as f:
        f.write(data)


def lines_and_cookies(encoding, newline):
    with open(path, encoding=encoding, newline=newline) as f:
        cookies = [f.tell()]
        lines = []
        while True:
            line = f.readline()
            if not line:
                break
            lines.append(line)
            cookies.append(f.tell())
        back = []
        for cookie, line in zip(cookies, lines):
            f.seek(cookie)
            back.append(f.readline() == line)
        return cookies, lines, all(back), f.newlines


for encoding in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    variants = [text.encode(encoding)]
    if encoding in ('utf-16', 'utf-32'):
        bom = b'\xfe\xff' if encoding == 'utf-16' else b'\x00\x00\xfe\xff'
        variants.append(bom + text.encode(encoding + '-be'))
    for data in variants:
        write(data)
        for newline in (None, '', '\n', '\r\n'):
            cookies, lines, ok, newlines = lines_and_cookies(encoding, newline)
            print(encoding, data[:2].hex(), repr(newline), cookies, ok, repr(newlines))

# a file of many chunks: cookies of lines far in, reading on from each, read(n) and tell
for encoding in ('utf-16', 'utf-32-be'):
    write(long_text.encode(encoding))
    cookies, lines, ok, newlines = lines_and_cookies(encoding, None)
    print(encoding, len(cookies), cookies[:3], cookies[400:403], cookies[-3:], ok, repr(newlines))
    with open(path, encoding=encoding) as f:
        f.seek(cookies[500])
        print(repr(f.read(12)), f.tell())
        print(repr(f.read(5000)[-8:]), f.tell())
        where = f.tell()
        rest = f.read()
        f.seek(where)
        print(f.read() == rest, len(rest), f.tell())
        print(f.seek(0, 2), repr(f.read()), f.tell())
        f.seek(0)
        print(repr(f.read(7)), f.tell(), repr(f.readline()))

# writing: the BOM once, then tell() and seek() back over what was written
for encoding in ('utf-16', 'utf-32'):
    with open(path, 'w+', encoding=encoding) as f:
        f.write('ab\nc')
        t = f.tell()
        f.write('d\u00e9\n')
        print(encoding, t, f.tell())
        f.seek(0)
        print(repr(f.read()), f.tell())
        f.seek(t)
        print(repr(f.read()))
    with open(path, 'rb') as f:
        print(f.read().hex())

# errors: a UTF-16 file without a BOM, an odd byte at the end
write('no bom'.encode('utf-16-le'))
with open(path, encoding='utf-16') as f:
    try:
        f.read()
    except UnicodeError as e:
        print(type(e).__name__, e)
write('odd'.encode('utf-16') + b'!')
with open(path, encoding='utf-16') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open(path, encoding='utf-16', errors='replace') as f:
    print(repr(f.read()))

import shutil
shutil.rmtree(folder)
print(os.path.exists(folder))

# io: tell() and seek() on text files over the stateless codecs (UTF-8, latin-1, ASCII): cookies
# after readline(), read(n) and at chunk boundaries, seek() back to each and what follows, the
# decoder reset that seek(0) and seek(0, 2) do (newlines forgotten), the buffer's read-ahead kept
# by a seek inside it (the raw file's position does not move), and the errors of bad cookies.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 't.txt')

lines = []
for i in range(900):
    word = 'caf\u00e9' if i % 7 == 0 else ('\u20ac\U0001F600' if i % 11 == 0 else 'cafe')
    end = '\r\n' if i % 5 == 0 else ('\r' if i % 13 == 0 else '\n')
    lines.append('%04d %s %s%s' % (i, word, 'x' * (i % 37), end))
text = ''.join(lines)

for encoding in ('utf-8', 'latin-1', 'ascii'):
    data = text.encode(encoding, 'replace')
    with open(path, 'wb') as f:
        f.write(data)
    for newline in (None, '', '\n'):
        cookies = []
        with open(path, encoding=encoding, errors='strict' if encoding != 'ascii' else 'replace', newline=newline) as f:
            for k in range(400):
                line = f.readline()
                if k % 3 == 0:
                    f.read(k % 5)
                cookies.append((f.tell(), f.read(3)))
            print(encoding, repr(newline), len(cookies), sum(c for c, _ in cookies) % 1000003,
                  [c for c, _ in cookies if c >= 1 << 64][:3])
            bad = 0
            for c, after in reversed(cookies):
                f.seek(c)
                if f.read(3) != after:
                    bad += 1
            print('  seek back differences:', bad, 'newlines:', f.newlines)
            f.seek(0)
            print('  after seek(0):', f.newlines, repr(f.readline()), f.tell())
            f.seek(0, 2)
            print('  after seek(0, 2):', f.newlines, f.tell(), repr(f.read()))

# a seek inside the buffer's read-ahead leaves the raw file where it is
with open(path, 'w', encoding='utf-8', newline='') as f:
    f.write(text)
with open(path, encoding='utf-8') as f:
    first = f.readline()
    c = f.tell()
    f.readline()
    raw = f.buffer.raw.tell()
    print('raw after two lines:', raw, 'cookie', c)
    f.seek(c)
    print('raw after seek back:', f.buffer.raw.tell(), repr(f.readline()))
    f.seek(20000)
    print('raw after a far seek:', f.buffer.raw.tell(), repr(f.readline()))
with open(path, 'rb') as b:
    b.read(10)
    ahead = b.raw.tell()
    print('binary:', b.seek(3), b.raw.tell() == ahead, b.read(4), b.seek(-2, 1), b.read(2), b.raw.tell() == ahead)
    print('binary far:', b.seek(20000), b.raw.tell() == 20000, b.read(3))

# the errors
with open(path, encoding='utf-8') as f:
    for line in f:
        break
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.seek(5, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(len(text.encode()) - 3 | 50 << 128)
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0), repr(f.readline()), f.tell())

# invalid bytes with a replacing error handler take the general path
with open(path, 'wb') as f:
    f.write(b'ab\xffcd\n' * 3000 + b'tail\xe2\x82')
with open(path, encoding='utf-8', errors='replace') as f:
    got = []
    for k in range(2000):
        f.readline()
        got.append(f.tell())
    f.seek(got[1000])
    print('replace:', got[:3], got[-1], repr(f.readline()))
with open(path, encoding='utf-8') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
os.remove(path)
os.rmdir(d)

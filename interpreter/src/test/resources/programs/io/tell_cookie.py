# io: a text file's tell() is CPython's opaque cookie (start position, the newline decoder's
# pending '\r', bytes to feed, characters to skip, end of input) after readline() and read(n),
# over UTF-8 with multi-byte characters, latin-1, the three newline kinds and chunk boundaries;
# seek() to each cookie gives back the same next line.
import os
import random
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 't.txt')


def lines_and_cookies(text, encoding, newline):
    with open(path, 'w', encoding=encoding, newline='') as f:
        f.write(text)
    with open(path, encoding=encoding, newline=newline) as f:
        seen = []
        while True:
            line = f.readline()
            seen.append((line, f.tell()))
            if not line:
                break
        for i, (line, cookie) in enumerate(seen[:-1]):
            f.seek(cookie)
            if f.readline() != seen[i + 1][0]:
                print('  seek to', cookie, 'reads another line')
        f.seek(0)
        f.read(3)
        after_read = f.tell()
    return seen, after_read


cases = [
    ('utf-8', 'ab€c\nдва\r\nthree\rfour ïota\n' * 3, None),
    ('utf-8', 'x\ry\r\nz\n', ''),
    ('utf-8', 'x\ry\r\nz\n', '\n'),
    ('latin-1', 'caf\xe9\nna\xefve\r\nend\r', None),
    ('utf-8-sig', 'bom\nline two\n', None),
    ('utf-8', '€' * 5000 + '\n' + 'tail\r' * 3, None),
    ('ascii', 'a\r\rb\r\n\r\n', None),
]
for encoding, text, newline in cases:
    seen, after_read = lines_and_cookies(text, encoding, newline)
    print(encoding, repr(newline), [c for _, c in seen], after_read)

random.seed(7)
pieces = ['a', 'bc', '€', 'д', '\n', '\r', '\r\n', 'xyz ', 'ï']
for k in range(4):
    text = ''.join(random.choice(pieces) for _ in range(random.randint(1, 800)))
    encoding = 'utf-8' if k % 3 else 'latin-1'
    if encoding == 'latin-1':
        text = text.replace('€', 'e').replace('д', 'd')
    newline = (None, '')[k % 2]
    seen, after_read = lines_and_cookies(text, encoding, newline)
    cookies = [c for _, c in seen]
    print(k, encoding, repr(newline), len(seen), sum(c >> 64 != 0 for c in cookies), sum(cookies) % 1000003,
          cookies[:4])

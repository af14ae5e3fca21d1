# Text tell()/seek() cookies under every newline mode: a differential fuzzer (not in the build).
# Random files (the three line ends, multi-byte characters, lines of every length), opened as text
# with newline None, '', '\n', '\r' or '\r\n' and a common encoding, a small _CHUNK_SIZE now and
# then (chunk boundaries inside characters and line ends), a random run of readline(),
# readline(n), read(n), read(), next(), tell(), seek(cookie), seek(0), seek(0, 2) and writes
# through 'r+'/'w+'; every result is printed, one line a case, so the two outputs compare by diff:
#   python3 bench/text-cookie-fuzz.py [CASES] [SEED] > /tmp/a
#   ./pyheap run bench/text-cookie-fuzz.py [CASES] [SEED] > /tmp/b;  diff /tmp/a /tmp/b | grep -c '^<'
import os
import random
import sys
import tempfile

cases = int(sys.argv[1]) if len(sys.argv) > 1 else 500
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
rnd = random.Random(seed)
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'cookie.txt')

NEWLINES = (None, '', '\n', '\r', '\r\n')
ENCODINGS = ('utf-8', 'utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-32', 'cp1252', 'utf-8-sig')
PIECES = ('a', 'b', 'xyz', 'hello ', '\n', '\r', '\r\n', '\r\n', '\n\r', '\u00e9', '\u20ac', '\U0001F600', ' ', '\t')


def text_for(encoding):
    pieces = []
    for _ in range(rnd.choice((0, 1, 3, 10, 40, 200, 4000))):
        p = rnd.choice(PIECES)
        if encoding in ('latin-1', 'cp1252') and ord(max(p)) > 0xff:
            p = 'q'
        if encoding == 'ascii' and ord(max(p)) > 0x7f:
            p = 'z'
        pieces.append(p)
    return ''.join(pieces)


def show(value):
    return repr(value) if not isinstance(value, BaseException) else type(value).__name__ + ':' + str(value)


def run(case):
    encoding = rnd.choice(ENCODINGS)
    newline = rnd.choice(NEWLINES)
    text = text_for(encoding)
    with open(path, 'w', encoding=encoding, newline='') as f:
        f.write(text)
    mode = rnd.choice(('r', 'r', 'r', 'r+', 'w+'))
    out = ['%d %s %r %s %d' % (case, encoding, newline, mode, len(text))]
    if os.environ.get('FUZZ_SHOW'):
        out.append(repr(text))
    cookies = [0]
    with open(path, mode, encoding=encoding, newline=newline) as f:
        if rnd.random() < 0.5:
            f._CHUNK_SIZE = rnd.choice((1, 2, 3, 4, 5, 7, 8, 16, 64))
            out.append('chunk=%d' % f._CHUNK_SIZE)
        if mode == 'w+':
            f.write(text_for(encoding))
            f.seek(0)
        for _ in range(rnd.randint(1, 25)):
            op = rnd.random()
            try:
                if op < 0.2:
                    r = ('rl', f.readline())
                elif op < 0.3:
                    r = ('rl%d', f.readline(rnd.randint(0, 6)))
                elif op < 0.5:
                    r = ('rd', f.read(rnd.randint(0, 9)))
                elif op < 0.52:
                    r = ('all', f.read())
                elif op < 0.56:
                    r = ('next', next(f, 'STOP'))
                elif op < 0.8:
                    c = f.tell()
                    cookies.append(c)
                    r = ('tell', c)
                elif op < 0.9:
                    c = rnd.choice(cookies)
                    r = ('seek', c, f.seek(c))
                elif op < 0.93:
                    r = ('seek0', f.seek(0))
                elif op < 0.95:
                    r = ('end', f.seek(0, 2))
                elif op < 0.97 and mode != 'r':
                    # a write, flushed: reading goes on after what it wrote
                    piece = rnd.choice(PIECES[:12]) if encoding not in ('ascii', 'latin-1', 'cp1252') else 'w\nv\r'
                    r = ('write', f.write(piece), f.flush())
                else:
                    r = ('nl', f.newlines)
            except Exception as e:
                r = ('err', e)
            out.append(' '.join(show(v) for v in r))
    print(' | '.join(out))


try:
    for case in range(cases):
        run(case)
finally:
    os.remove(path) if os.path.exists(path) else None
    os.rmdir(folder)

# bz2: one-shot and incremental compression at each level (the bytes are libbzip2's, so they are
# compared as hex with CPython's), BZ2Decompressor with max_length, needs_input, eof and
# unused_data, concatenated and truncated streams, BZ2File/open in every mode (append, text,
# file objects, seek, peek, readinto, readlines) and CPython's errors
import bz2, io, os, pickle
data = b''.join(b'line %d of the bz2 test text\n' % i for i in range(2000))
c = bz2.compress(data)
print(len(c), c[:10], bz2.decompress(c) == data)
print(bz2.compress(b'abc').hex(), bz2.compress(b'').hex())
# more than one 100k block at level 1: the block size shows in the bytes
import hashlib, random
rng = random.Random(7)
words = [b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b'zeta']
big = b' '.join(rng.choice(words) + b'%d' % rng.randrange(1000) for _ in range(60000))
for level in (1, 5, 9):
    packed = bz2.compress(big, level)
    print(level, len(packed), hashlib.sha256(packed).hexdigest()[:16], bz2.decompress(packed) == big)
comp = bz2.BZ2Compressor()
parts = [comp.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(comp.flush())
print([len(p) for p in parts][:3], b''.join(parts) == c)
d = bz2.BZ2Decompressor()
out = d.decompress(c, 100)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b'', 50000)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b'')
print(len(out) == len(data), d.needs_input, d.eof, d.unused_data)
d = bz2.BZ2Decompressor()
print(d.decompress(bz2.compress(b'a') + b'tail'), d.unused_data, d.eof, d.needs_input)
for f in [lambda: d.decompress(b'x'), lambda: bz2.decompress(b'not bz2 data'),
          lambda: bz2.decompress(c[:-10]), lambda: bz2.BZ2Compressor(0),
          lambda: bz2.BZ2Compressor().compress('text'), lambda: pickle.dumps(bz2.BZ2Decompressor()),
          lambda: bz2.BZ2File(3.5), lambda: bz2.BZ2File('x', 'q'), lambda: bz2.open('x', 'rbt'),
          lambda: bz2.open('x', 'rb', encoding='utf-8')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bz2.decompress(c + c + b'junk') == data * 2, bz2.decompress(b''))
d = bz2.BZ2Decompressor()
print(len(d.decompress(c[:100])), d.needs_input)
print(len(d.decompress(c[100:])), d.eof)
print(type(bz2.BZ2Compressor()).__module__, repr(bz2.BZ2Decompressor).split(' at')[0])
import tempfile
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bz2")
with bz2.open(path, 'wb') as f:
    print(f.write(data), f.tell(), f.writable(), f.readable())
with bz2.open(path, 'ab', compresslevel=3) as f:
    f.write(memoryview(b'appended\n'))
with bz2.BZ2File(path) as f:
    print(f.readline(), f.read(20), f.tell())
    f.seek(0)
    print(f.peek(5)[:5], len(f.read()), f.seekable())
    f.seek(-9, 2)
    print(f.read())
with bz2.open(path, 'rt', encoding='ascii') as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
with open(path, 'rb') as raw:
    f = bz2.BZ2File(raw)
    print(f.readlines(3), f.closed)
    f.close()
    print(f.closed, raw.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
buf = io.BytesIO()
with bz2.open(buf, 'wt', encoding='utf-8') as f:
    f.write('héllo\n' * 3)
print(bz2.decompress(buf.getvalue()).decode())
b = bytearray(10)
with bz2.BZ2File(io.BytesIO(bz2.compress(b'0123456789abc'))) as f:
    print(f.readinto(b), b)
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print(e)
os.remove(path)
os.rmdir(folder)

# zlib: compress/decompress with the three wrappers, the streaming objects, checksums, errors with
# zlib's codes and messages; gzip: compress/decompress (several members), GzipFile over BytesIO and
# gzip.open on a file in binary and text modes
import gzip
import io
import os
import tempfile
import zlib

data = b'hello hello hello, pyheap! ' * 20
c = zlib.compress(data)
print(len(data), c[:12], len(c), zlib.decompress(c) == data)
for level in (0, 1, 6, 9, -1):
    print(level, zlib.compress(b'abcabcabc' * 5, level))
print(zlib.compress(b'abc', wbits=-15), zlib.compress(b'abc', wbits=31))
print(zlib.decompress(zlib.compress(b'raw', wbits=-15), -15), zlib.decompress(zlib.compress(b'gz', wbits=31), 31))
print(zlib.decompress(zlib.compress(b'auto'), 47), zlib.decompress(zlib.compress(b'auto', wbits=31), 47))
print(zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.crc32(b''), zlib.adler32(b'abc'), zlib.adler32(b'abc', 7))
print(zlib.crc32(b'def', zlib.crc32(b'abc')) == zlib.crc32(b'abcdef'))
for bad in (b'x\x9c', b'abc', c[:-1], b'', zlib.compress(b'abc', wbits=31)):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__module__, type(e).__name__, e)
print(zlib.decompress(c + b'trailing') == data)
for call in (lambda: zlib.compress('text'), lambda: zlib.compress(b'x', 12), lambda: zlib.compressobj(wbits=99),
             lambda: zlib.decompressobj().decompress(b'', -1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
print(d.decompress(c[:5]), len(d.decompress(c[5:] + b'tail')), d.unused_data, d.eof, d.unconsumed_tail)
co = zlib.compressobj(6, zlib.DEFLATED, -15)
print(co.compress(b'abc'), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b'def'), co.flush())
try:
    co.flush()
except zlib.error as e:
    print(e)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'a' * 100), 10), d.unconsumed_tail, len(d.flush()), d.eof)
d = zlib.decompressobj(31)
g = zlib.compress(b'xyz' * 50, wbits=31)
print(d.decompress(g[:4]), len(d.decompress(g[4:15]) + d.decompress(g[15:] + b'!!')), d.unused_data, d.eof)
co = zlib.compressobj(wbits=31)
print(co.compress(b'q' * 10) + co.flush())
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.ZLIB_VERSION)

print(gzip.compress(b'abc', mtime=0), gzip.compress(b'abc', 1, mtime=0), gzip.compress(b'abc', 5, mtime=1))
print(gzip.decompress(gzip.compress(b'one', mtime=0) + gzip.compress(b'two', mtime=0)))
for bad in (b'abc', b'\x1f\x8b\x09' + b'0' * 10, gzip.compress(b'abc', mtime=0)[:-3],
            gzip.compress(b'abc', mtime=0)[:-8] + b'12345678', gzip.compress(b'abc', mtime=0) + b'zz'):
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.write(b'hello\n'), f.write(b'world\n'))
print(buf.getvalue())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(3), f.readline(), list(f))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'notes.txt.gz')
    with gzip.open(path, 'wt') as f:
        f.write('line one\nline two\n')
    with gzip.open(path, 'rt') as f:
        print(f.readlines())
    with gzip.open(path) as f:
        print(f.read(), f.name == path, f.mode)
    with open(path, 'rb') as f:
        raw = f.read()
    print(raw[:4], raw[10:23])
try:
    gzip.open(path, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)

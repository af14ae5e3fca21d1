# gzip, bz2, lzma and tarfile round trips in a temporary directory: the bytes each gives for a
# fixed input and level (gzip with mtime=0), open() in text mode with newline handling,
# multi-stream files, decompressor objects fed in pieces (eof, unused_data, needs_input),
# tarfile members with fixed metadata and their listing, and each module's error for bad data.
import bz2
import gzip
import hashlib
import io
import lzma
import os
import tarfile
import tempfile

data = b'The same line, again and again.\n' * 300
print('gzip', [len(gzip.compress(data, level, mtime=0)) for level in (1, 6, 9)])
print(hashlib.sha1(gzip.compress(data, 9, mtime=0)).hexdigest())
print('bz2', [len(bz2.compress(data, level)) for level in (1, 9)], hashlib.sha1(bz2.compress(data)).hexdigest())
print('lzma', len(lzma.compress(data)), len(lzma.compress(data, format=lzma.FORMAT_ALONE)),
      len(lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2, 'preset': 1}])))
print(hashlib.sha1(lzma.compress(data, preset=6)).hexdigest())

with tempfile.TemporaryDirectory() as d:
    for mod, ext in [(gzip, 'gz'), (bz2, 'bz2'), (lzma, 'xz')]:
        p = os.path.join(d, 'notes.txt.' + ext)
        with mod.open(p, 'wt', encoding='utf-8', newline='\r\n') as f:
            f.write('first\nsecond é\n')
        with mod.open(p, 'rb') as f:
            print(ext, f.read())
        with mod.open(p, 'rt', encoding='utf-8', newline='') as f:
            print(ext, f.readlines())
        with mod.open(p, 'ab') as f:
            f.write(b'appended stream\n')
        with mod.open(p, 'rb') as f:
            print(ext, f.read().splitlines()[-1])
    gz = gzip.compress(b'abc', mtime=0) + gzip.compress(b'def', mtime=0)
    print(gzip.decompress(gz), bz2.decompress(bz2.compress(b'1') + bz2.compress(b'2')))

    tpath = os.path.join(d, 'bundle.tar.gz')
    with tarfile.open(tpath, 'w:gz') as tf:
        for name, body in [('pkg/a.txt', b'alpha\n'), ('pkg/b/c.txt', b'gamma' * 10)]:
            ti = tarfile.TarInfo(name)
            ti.size, ti.mtime, ti.mode, ti.uname, ti.gname = len(body), 1700000000, 0o640, 'ann', 'staff'
            tf.addfile(ti, io.BytesIO(body))
        di = tarfile.TarInfo('pkg/empty')
        di.type, di.mode, di.mtime = tarfile.DIRTYPE, 0o755, 1700000000
        tf.addfile(di)
        li = tarfile.TarInfo('pkg/link')
        li.type, li.linkname = tarfile.SYMTYPE, 'a.txt'
        tf.addfile(li)
    with tarfile.open(tpath) as tf:
        for m in tf.getmembers():
            print(m.name, m.size, oct(m.mode), m.mtime, m.uname, m.gname, m.isfile(), m.isdir(), m.issym(), m.linkname)
        print(tf.extractfile('pkg/b/c.txt').read()[:10], tf.extractfile('pkg/empty'))
        out = io.StringIO()
        import contextlib
        with contextlib.redirect_stdout(out):
            tf.list(verbose=False)
        print(out.getvalue().split())
        try:
            tf.getmember('pkg/zzz')
        except KeyError as e:
            print('KeyError', e)
    print(tarfile.is_tarfile(tpath), tarfile.is_tarfile(os.path.join(d, 'notes.txt.gz')))

for name, fn in [('gzip', lambda: gzip.decompress(b'not gzip data')),
                 ('gzip trunc', lambda: gzip.decompress(gzip.compress(b'abcdef')[:-3])),
                 ('bz2', lambda: bz2.decompress(b'BZh9 bad')),
                 ('lzma', lambda: lzma.decompress(b'\x00' * 20)),
                 ('tar', lambda: tarfile.open(fileobj=io.BytesIO(b'x' * 600))),
                 ('level', lambda: bz2.compress(b'', 10))]:
    try:
        fn()
    except Exception as e:
        print(name, type(e).__name__, e)

dc = lzma.LZMADecompressor()
blob = lzma.compress(b'piecewise') + b'TRAILER'
print(dc.decompress(blob[:10]), dc.needs_input, dc.eof)
print(dc.decompress(blob[10:]), dc.eof, dc.unused_data, dc.check)
bd = bz2.BZ2Decompressor()
blob = bz2.compress(b'xyz') + b'rest'
print(bd.decompress(blob), bd.eof, bd.unused_data)
try:
    bd.decompress(b'more')
except EOFError as e:
    print('EOFError', e)

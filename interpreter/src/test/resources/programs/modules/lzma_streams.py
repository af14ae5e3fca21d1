# lzma: one-shot and incremental compression in the three container formats, decompression of
# concatenated and truncated streams, max_length, unused_data, filter chains, LZMAFile and open
# in every mode, CPython's errors. Compressed bytes are checked by decompressing them (XZ for Java
# and liblzma need not write the same bytes); fixed streams written by liblzma are decoded here.
import io
import lzma
import os
import tempfile

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(150))

# streams liblzma wrote (xz with CRC64, xz with CRC32, .lzma, raw LZMA2): decoded identically
XZ = bytes.fromhex('fd377a585a000004e6d6b4460200210116000000742fe5a3e0006d00115d00341949ee8de917893a33600971'
                   '212e38000000000094d7a328ef162dd000012d6e9ba3a6aa1fb6f37d010000000004595a')
ALONE = bytes.fromhex('5d00008000ffffffffffffffff00341949ee8e6821ffffffb9e00000')
RAW2 = bytes.fromhex('01000468656c6c6f00')
print(lzma.decompress(XZ))
print(lzma.decompress(ALONE), lzma.decompress(ALONE, format=lzma.FORMAT_ALONE))
print(lzma.decompress(RAW2, format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2}]))

for fmt, name in [(lzma.FORMAT_XZ, 'xz'), (lzma.FORMAT_ALONE, 'alone')]:
    packed = lzma.compress(text, format=fmt)
    print(name, packed[:6].hex() if fmt == lzma.FORMAT_XZ else packed[:1].hex(),
          len(packed) < len(text) // 10, lzma.decompress(packed) == text)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    packed = lzma.compress(text, check=check)
    d = lzma.LZMADecompressor()
    print('check', check, d.check, d.decompress(packed) == text, d.check, d.eof)
for preset in (0, 1, 3, 2 | lzma.PRESET_EXTREME):
    print('preset', preset, lzma.decompress(lzma.compress(text, preset=preset)) == text)

# filter chains: delta + LZMA2 in xz and raw, LZMA1 in raw and alone
chains = [
    [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 2}],
    [{'id': lzma.FILTER_LZMA2, 'dict_size': 1 << 20, 'lc': 3, 'lp': 0, 'pb': 2,
      'mode': lzma.MODE_FAST, 'nice_len': 64, 'mf': lzma.MF_HC4, 'depth': 0}],
    [{'id': lzma.FILTER_X86}, {'id': lzma.FILTER_LZMA2}],
]
for chain in chains:
    for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_RAW):
        packed = lzma.compress(text, format=fmt, filters=chain)
        kwargs = {'filters': chain} if fmt == lzma.FORMAT_RAW else {}
        print('chain', [f['id'] for f in chain], fmt, lzma.decompress(packed, format=fmt, **kwargs) == text)
lzma1 = [{'id': lzma.FILTER_LZMA1, 'preset': 1}]
print('lzma1 raw', lzma.decompress(lzma.compress(text, format=lzma.FORMAT_RAW, filters=lzma1),
                                   format=lzma.FORMAT_RAW, filters=lzma1) == text)
print('lzma1 alone', lzma.decompress(lzma.compress(text, format=lzma.FORMAT_ALONE, filters=lzma1)) == text)

# incremental: pieces of any size in, everything out
comp = lzma.LZMACompressor()
pieces = [comp.compress(text[i:i + 777]) for i in range(0, len(text), 777)]
pieces.append(comp.flush())
packed = b''.join(pieces)
decomp = lzma.LZMADecompressor()
out = []
for i in range(0, len(packed), 100):
    out.append(decomp.decompress(packed[i:i + 100]))
print('incremental', b''.join(out) == text, decomp.eof, decomp.unused_data, decomp.needs_input)

# max_length: output held back until asked for; needs_input tells when to feed
decomp = lzma.LZMADecompressor()
first = decomp.decompress(packed, max_length=1000)
print(len(first), decomp.needs_input, decomp.eof)
rest = []
while not decomp.eof:
    rest.append(decomp.decompress(b'', max_length=5000))
print(first + b''.join(rest) == text, [len(r) for r in rest][:3], decomp.needs_input)

# concatenated streams, padding, trailing data
two = lzma.compress(b'first ') + lzma.compress(b'second')
print(lzma.decompress(two), lzma.decompress(two + b'garbage'))
decomp = lzma.LZMADecompressor()
print(decomp.decompress(two), decomp.unused_data == two[len(lzma.compress(b'first ')):])
try:
    decomp.decompress(b'more')
except EOFError as e:
    print('EOFError', e)

# errors
for bad in [b'not lzma at all', XZ[:-5], XZ[:20], XZ[:30] + b'\xff' + XZ[31:], b'']:
    try:
        lzma.decompress(bad)
    except lzma.LZMAError as e:
        print('LZMAError', e)
comp = lzma.LZMACompressor()
comp.flush()
for call in (comp.flush, lambda: comp.compress(b'x')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
for kwargs in [dict(format=lzma.FORMAT_RAW), dict(format=9), dict(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
               dict(preset=6, filters=[{'id': lzma.FILTER_LZMA2}]), dict(filters=[{'preset': 6}]),
               dict(filters=[{'id': 99}]), dict(filters=[{'id': lzma.FILTER_DELTA, 'preset': 1}])]:
    try:
        lzma.LZMACompressor(**kwargs)
    except (ValueError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
for kwargs in [dict(format=lzma.FORMAT_RAW), dict(format=lzma.FORMAT_RAW, memlimit=1 << 20),
               dict(filters=[{'id': lzma.FILTER_LZMA2}])]:
    try:
        lzma.LZMADecompressor(**kwargs)
    except ValueError as e:
        print('ValueError', e)
print(lzma.LZMAError.__module__, lzma.is_check_supported(lzma.CHECK_SHA256), lzma.is_check_supported(2))
print(lzma.LZMADecompressor().check, lzma.LZMADecompressor(format=lzma.FORMAT_ALONE).check)

# files
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.xz')
with lzma.open(path, 'wb') as f:
    print(f.write(text[:5000]), f.write(memoryview(text[5000:])), f.tell(), f.writable(), f.readable())
with lzma.open(path, 'ab') as f:
    f.write(b'appended\n')
with lzma.LZMAFile(path) as f:
    print(f.read(30), f.tell(), f.peek(1)[:1], f.readline())
    f.seek(5)
    print(f.read(10), f.seek(-9, io.SEEK_END), f.read())
    f.seek(0)
    print(sum(1 for _ in f), f.seekable())
with lzma.open(path, 'rt', encoding='ascii') as f:
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1])
with lzma.open(path, 'wt', encoding='utf-8', newline='\r\n') as f:
    f.write('héllo\nwörld\n')
with open(path, 'rb') as raw:
    print(lzma.decompress(raw.read()))
buffer = io.BytesIO()
with lzma.LZMAFile(buffer, 'w', format=lzma.FORMAT_ALONE) as f:
    f.write(b'in memory')
print(lzma.decompress(buffer.getvalue()), buffer.closed)
buffer.seek(0)
with lzma.LZMAFile(buffer) as f:
    print(f.read(), f.closed)
print(f.closed)
for call in [lambda: f.read(), lambda: lzma.LZMAFile(path, 'r', preset=1), lambda: lzma.LZMAFile(path, 'r', check=1),
             lambda: lzma.LZMAFile(path, 'z'), lambda: lzma.LZMAFile(123), lambda: lzma.open(path, 'rb', encoding='utf-8'),
             lambda: lzma.open(path, 'rtb')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
with lzma.LZMAFile(path, 'w') as f:
    for call in (f.read, lambda: f.seek(0)):
        try:
            call()
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
with open(path, 'wb') as raw:
    raw.write(lzma.compress(text)[:-20])
with lzma.open(path) as f:
    try:
        f.read()
    except EOFError as e:
        print('EOFError', e)
os.remove(path)
os.rmdir(folder)

# tarfile: archives written to memory and read back: TarInfo headers in the three formats (ustar,
# GNU with its long-name members, pax with extended headers for long and non-ASCII names and
# float times) byte for byte as CPython writes them (md5 of the archive), getmembers/getnames/
# getmember, extractfile (read, readline, iteration, seek), the member kinds, 'r:*' detection,
# 'w:gz' and 'r:gz', appending with 'a', list(), is_tarfile, and the errors.
import hashlib
import io
import tarfile


def digest(data):
    return hashlib.md5(data).hexdigest()


def member(name, data=b'', **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1700000000
    for key, value in fields.items():
        setattr(info, key, value)
    return info, io.BytesIO(data)


def build(format, mode='w'):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=format) as tar:
        tar.addfile(*member('hello.txt', b'hello, world\n', uname='alice', gname='staff', uid=1000, gid=100))
        tar.addfile(*member('data/numbers.bin', bytes(range(256)) * 3, mode=0o600))
        tar.addfile(*member('data', type=tarfile.DIRTYPE, mode=0o755))
        tar.addfile(*member('link-to-hello', type=tarfile.SYMTYPE, linkname='hello.txt'))
        tar.addfile(*member('hard-hello', type=tarfile.LNKTYPE, linkname='hello.txt'))
        tar.addfile(*member('empty'))
    return buffer.getvalue()


for fmt, label in [(tarfile.USTAR_FORMAT, 'ustar'), (tarfile.GNU_FORMAT, 'gnu'), (tarfile.PAX_FORMAT, 'pax')]:
    data = build(fmt)
    print(label, len(data), digest(data))

data = build(tarfile.PAX_FORMAT)
with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    print(tar.getnames())
    for info in tar.getmembers():
        print(repr(info.name), info.size, oct(info.mode), info.mtime, info.type, info.uid, info.gid,
              repr(info.uname), repr(info.gname), repr(info.linkname), info.isfile(), info.isdir(),
              info.issym(), info.islnk(), info.isreg(), info.isdev(), info.offset, info.offset_data)
    hello = tar.getmember('hello.txt')
    print(repr(hello)[:23], hello.path, hello.linkpath, hello.get_info()['name'])
    f = tar.extractfile('hello.txt')
    print(f.read(5), f.read(), f.tell(), f.seek(7), f.read(5), f.seek(-6, 2), f.read())
    f.seek(0)
    print(f.readline(), f.readline(), list(tar.extractfile('hello.txt')))
    print(tar.extractfile('link-to-hello').read(), tar.extractfile('hard-hello').read())
    print(tar.extractfile('data'), len(tar.extractfile('data/numbers.bin').read()))
    with tar.extractfile('data/numbers.bin') as f:
        f.seek(250)
        print(f.read(10), f.closed)
    print(f.closed)
    try:
        tar.getmember('nope')
    except KeyError as e:
        print('KeyError', e)
    tar.list(verbose=False)
    tar.list()

# long names, non-ASCII names, big numbers and float times in each format
long_name = 'very/' * 25 + 'deep.txt'
for fmt, label in [(tarfile.USTAR_FORMAT, 'ustar'), (tarfile.GNU_FORMAT, 'gnu'), (tarfile.PAX_FORMAT, 'pax')]:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode='w', format=fmt) as tar:
        for args, kwargs in [((long_name, b'deep'), {}), (('x' * 120, b'long'), {}),
                             (('caf\u00e9.txt', b'coffee'), {'mtime': 1700000000.5}),
                             (('big',), {'uid': 8 ** 8}), (('neg',), {'mtime': -5})]:
            try:
                tar.addfile(*member(*args, **kwargs))
            except ValueError as e:
                print(label, args[0][:10], 'ValueError:', e)
    value = buffer.getvalue()
    print(label, len(value), digest(value))
    with tarfile.open(fileobj=io.BytesIO(value)) as tar:
        for info in tar:
            print('  ', info.name[-20:], info.size, info.mtime, sorted(info.pax_headers.items())[:3])

# compression: w:gz written, r:* detecting it, r:gz, and the not-compressed paths
buffer = io.BytesIO()
with tarfile.open(fileobj=buffer, mode='w:gz') as tar:
    tar.addfile(*member('a.txt', b'a' * 1000))
raw = buffer.getvalue()
print(raw[:3], len(raw) > 30, digest(raw[:4] + raw[8:]))
for mode in ['r:*', 'r:gz', 'r']:
    with tarfile.open(fileobj=io.BytesIO(raw), mode=mode) as tar:
        print(mode, tar.getnames(), tar.extractfile('a.txt').read()[:5])
try:
    tarfile.open(fileobj=io.BytesIO(data), mode='r:gz')
except tarfile.ReadError as e:
    print('ReadError', e)
try:
    tarfile.open(fileobj=io.BytesIO(b'not a tar archive at all' * 30))
except tarfile.ReadError as e:
    # the bz2 and xz methods' lines are left out: this runtime has no bz2 or lzma module
    print('ReadError', [line for line in str(e).splitlines() if 'bz2' not in line and 'xz' not in line])
try:
    tarfile.open(fileobj=io.BytesIO(data), mode='r:zz')
except tarfile.CompressionError as e:
    print('CompressionError', e)
for bad in ['q', 'rw']:
    try:
        tarfile.open(fileobj=io.BytesIO(data), mode=bad)
    except ValueError as e:
        print('ValueError', e)
try:
    tarfile.open()
except ValueError as e:
    print('ValueError', e)
print(tarfile.is_tarfile(io.BytesIO(data)), tarfile.is_tarfile(io.BytesIO(b'\0' * 10)))

# appending
buffer = io.BytesIO(build(tarfile.PAX_FORMAT))
with tarfile.open(fileobj=buffer, mode='a') as tar:
    tar.addfile(*member('added.txt', b'more'))
value = buffer.getvalue()
print(len(value), digest(value))
with tarfile.open(fileobj=io.BytesIO(value)) as tar:
    print(tar.getnames())
    try:
        tar.addfile(*member('x'))
    except OSError as e:
        print('OSError', e)
try:
    tar.getnames()
except OSError as e:
    print('OSError', e)

# headers by themselves
info = tarfile.TarInfo('solo.txt')
info.size = 3
block = info.tobuf()
print(len(block), digest(block), block[:8], block[148:156])
back = tarfile.TarInfo.frombuf(block, 'utf-8', 'surrogateescape')
print(back.name, back.size, back.chksum, oct(back.mode))
for buf in [b'', b'\0' * 100, b'\0' * 512, b'x' * 512]:
    try:
        tarfile.TarInfo.frombuf(buf, 'utf-8', 'strict')
    except tarfile.HeaderError as e:
        print(type(e).__name__, e)
print(tarfile.nti(tarfile.itn(12345)), tarfile.itn(8 ** 11, 12, tarfile.GNU_FORMAT), tarfile.itn(-1, 8, tarfile.GNU_FORMAT))
try:
    tarfile.itn(-1)
except ValueError as e:
    print(e)
info.mode = None
try:
    info.tobuf()
except ValueError as e:
    print(e)
print(tarfile.DEFAULT_FORMAT, tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.REGTYPE, tarfile.DIRTYPE)

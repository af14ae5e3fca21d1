# zipfile round trips in a temporary directory: each compression method with fixed dates,
# ZipInfo fields (filename, date_time, compress_type, file_size, CRC, external_attr, is_dir),
# namelist/infolist, comments, writestr of a directory entry, open() for writing, testzip,
# the errors (bad mode, missing member, duplicate name warning, BadZipFile), and the bytes
# of a stored archive as a digest.
import hashlib
import io
import os
import tempfile
import warnings
import zipfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'bundle.zip')
    payload = b'line of text\n' * 200
    with zipfile.ZipFile(path, 'w') as zf:
        for name, method in [('stored.txt', zipfile.ZIP_STORED), ('deflated.txt', zipfile.ZIP_DEFLATED),
                             ('bz2.txt', zipfile.ZIP_BZIP2), ('lzma.txt', zipfile.ZIP_LZMA)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            zf.writestr(info, payload)
        zf.writestr(zipfile.ZipInfo('docs/', date_time=(2024, 1, 1, 0, 0, 0)), b'')
        info = zipfile.ZipInfo('docs/readme.md', date_time=(2023, 12, 31, 23, 59, 58))
        with zf.open(info, 'w') as f:
            f.write(b'# readme\n')
        zf.comment = b'built for the probe'
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist())
        for i in zf.infolist():
            print(i.filename, i.date_time, i.compress_type, i.file_size, hex(i.CRC),
                  oct(i.external_attr >> 16), i.is_dir(), i.create_system, i.extract_version,
                  i.compress_size < i.file_size)
        print(zf.comment, zf.testzip())
        print(zf.read('lzma.txt') == payload, zf.getinfo('docs/readme.md').flag_bits)
        with zf.open('deflated.txt') as f:
            print(f.readline(), f.read(4), type(f).__name__)
        for bad in [lambda: zf.getinfo('nope'), lambda: zf.read('missing.txt'), lambda: zf.open('x', 'a')]:
            try:
                bad()
            except (KeyError, ValueError) as e:
                print(type(e).__name__, e)
        print(repr(zf.getinfo('stored.txt'))[:80])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        with zipfile.ZipFile(path, 'a') as zf:
            zf.writestr('stored.txt', b'again')
        print([str(x.message) for x in w], [x.category.__name__ for x in w])
    with zipfile.ZipFile(path) as zf:
        print(len(zf.namelist()), zf.namelist().count('stored.txt'))
        out = os.path.join(d, 'out')
        zf.extractall(out, members=['docs/readme.md'])
        print(sorted(os.listdir(out)), os.listdir(os.path.join(out, 'docs')))
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(io.BytesIO(b'PK not really')))
    try:
        zipfile.ZipFile(io.BytesIO(b'garbage' * 10))
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
    try:
        zipfile.ZipFile(path, 'q')
    except ValueError as e:
        print('ValueError', e)

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as zf:
    zf.writestr(zipfile.ZipInfo('a.txt', (2000, 1, 1, 0, 0, 0)), 'text is encoded as utf-8: é')
    zf.writestr(zipfile.ZipInfo('b.bin', (2000, 1, 1, 0, 0, 0)), bytes(range(16)))
raw = buf.getvalue()
print(len(raw), hashlib.sha256(raw).hexdigest()[:32], raw[:4], raw[-22:-18])
for level in (1, 9):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr(zipfile.ZipInfo('t', (2000, 1, 1, 0, 0, 0)), b'abcabcabc' * 100 + bytes(range(256)) * 3, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    print(level, len(b.getvalue()), hashlib.md5(b.getvalue()).hexdigest())
zp = zipfile.Path(io.BytesIO(raw))
print([p.name for p in zp.iterdir()], zp.joinpath('a.txt').read_text(encoding='utf-8'))

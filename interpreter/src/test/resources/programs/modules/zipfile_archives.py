# zipfile writes CPython's bytes for stored and deflated members (fixed timestamps, directories,
# non-ASCII names, comments, compression levels), reads them back (infolist, CRCs, reprs, open,
# printdir, extractall), appends to an archive, and reports bad archives, missing members, closed
# archives and unsupported methods with CPython's errors.
import io
import os
import tempfile
import zipfile
import zlib

STAMP = (2023, 4, 5, 6, 7, 8)


def member(name, method=zipfile.ZIP_STORED):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    return info


text = ("The quick brown fox jumps over the lazy dog. " * 20).encode()
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(member("stored.txt"), text)
    zf.writestr(member("deflated.txt", zipfile.ZIP_DEFLATED), text)
    zf.writestr(member("fast.txt"), text, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    zf.writestr(member("caf\u00e9/na\u00efve.txt"), "unicode name \u00e9".encode())
    zf.writestr(member("empty/"), b"")
    zf.writestr(member("zero.bin", zipfile.ZIP_DEFLATED), b"")
    zf.comment = b"archive comment"
data = buf.getvalue()
print(len(data), zlib.crc32(data), data[:30], data[-40:])

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment, zf.testzip())
    for info in zf.infolist():
        print(info, info.CRC, info.compress_type, info.date_time, info.flag_bits, info.create_system,
              info.create_version, info.extract_version, info.header_offset, info.is_dir())
    print(zf.read("deflated.txt") == text, zf.read("caf\u00e9/na\u00efve.txt").decode())
    with zf.open("stored.txt") as f:
        print(f.read(9), f.readline()[:20], f.tell())
    zf.printdir()
    try:
        zf.read("missing")
    except KeyError as e:
        print("KeyError:", e)

print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 but not a zip at all"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
broken = bytearray(data)
broken[40] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(broken))) as zf:
    try:
        zf.read("stored.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
    print(zf.testzip())

with tempfile.TemporaryDirectory() as root:
    src = os.path.join(root, "src")
    os.makedirs(os.path.join(src, "sub"))
    for rel, content in [("a.txt", b"alpha\n" * 50), ("sub/b.txt", b"beta")]:
        with open(os.path.join(src, rel), "wb") as f:
            f.write(content)
    path = os.path.join(root, "out.zip")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(os.path.join(src, "a.txt"), "a.txt")
        zf.write(os.path.join(src, "sub"), "sub")
        zf.write(os.path.join(src, "sub", "b.txt"), "sub/b.txt", compress_type=zipfile.ZIP_STORED)
        zf.mkdir("made")
        with zf.open("streamed.txt", "w") as w:
            w.write(b"written ")
            w.write(bytearray(b"in pieces"))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(member("appended.txt"), b"later")
    with zipfile.ZipFile(path) as zf:
        print([(i.filename, i.file_size, i.compress_size, i.CRC, oct(i.external_attr >> 16), i.is_dir())
               for i in zf.infolist()])
        out = os.path.join(root, "out")
        zf.extractall(out)
        print(zf.extract("sub/b.txt", os.path.join(root, "one")) == os.path.join(root, "one", "sub", "b.txt"))
        print(repr(zf).replace(root, "ROOT"), repr(zf.open("a.txt")))
    print(repr(zf))
    for dirpath, dirnames, filenames in sorted(os.walk(out)):
        print(os.path.relpath(dirpath, out), sorted(dirnames), sorted(filenames))
    with open(os.path.join(out, "streamed.txt"), "rb") as f:
        print(f.read())
    try:
        zf.read("a.txt")
    except ValueError as e:
        print("ValueError:", e)

for method in [99]:
    try:
        zipfile.ZipFile(io.BytesIO(), "w", compression=method)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    print("ValueError:", e)
try:
    zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print("ValueError:", e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.BadZipfile is zipfile.BadZipFile)

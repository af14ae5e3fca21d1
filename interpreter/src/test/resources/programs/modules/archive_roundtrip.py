# Archives round-tripped in memory: zipfile (compression kinds, comments, infolist, testzip,
# writestr with ZipInfo, reading back, errors), tarfile (gzip/bz2/xz, members, extractfile),
# gzip/bz2/lzma one-shot and streaming, and their errors on bad data.
import bz2, gzip, io, lzma, tarfile, zipfile, zlib

TEXT = ("The quick brown fox jumps over the lazy dog.\n" * 40).encode()

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("readme.txt", "hello zip\n")
    z.writestr("data/fox.txt", TEXT)
    info = zipfile.ZipInfo("data/stored.bin", date_time=(2024, 1, 2, 3, 4, 6))
    info.compress_type = zipfile.ZIP_STORED
    z.writestr(info, bytes(range(16)))
    z.writestr(zipfile.ZipInfo("data/bz.txt", (2020, 5, 5, 0, 0, 0)), TEXT, compress_type=zipfile.ZIP_BZIP2)
    z.writestr(zipfile.ZipInfo("data/xz.txt", (2020, 5, 5, 0, 0, 0)), TEXT, compress_type=zipfile.ZIP_LZMA)
    z.comment = b"built in memory"
print("zip bytes > 0:", buf.tell() > 0)
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.comment)
    for i in z.infolist():
        print(f"  {i.filename:<16} type={i.compress_type} size={i.file_size:>5} "
              f"crc={i.CRC:08x} dir={i.is_dir()}")
    print(z.testzip(), z.read("readme.txt"), z.getinfo("data/stored.bin").date_time)
    with z.open("data/fox.txt") as f:
        print(f.readline(), len(f.read()))
    print(z.read("data/bz.txt") == TEXT == z.read("data/xz.txt"))
    try:
        z.getinfo("missing")
    except KeyError as e:
        print("KeyError:", e)
    p = zipfile.Path(z, "data/")
    print(sorted(x.name for x in p.iterdir()), (zipfile.Path(z) / "readme.txt").read_text())
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b"PK not really")))
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip file at all"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)

for mode in ("w:gz", "w:bz2", "w:xz", "w"):
    tb = io.BytesIO()
    with tarfile.open(fileobj=tb, mode=mode) as t:
        for name, data in (("a.txt", b"alpha\n"), ("dir/b.txt", TEXT)):
            ti = tarfile.TarInfo(name)
            ti.size, ti.mtime, ti.mode, ti.uname = len(data), 1700000000, 0o640, "user"
            t.addfile(ti, io.BytesIO(data))
        d = tarfile.TarInfo("dir"); d.type = tarfile.DIRTYPE; d.mtime = 1700000000; d.mode = 0o755
        t.addfile(d)
    tb.seek(0)
    with tarfile.open(fileobj=tb, mode="r:*") as t:
        ms = t.getmembers()
        print(mode, [(m.name, m.size, oct(m.mode), m.isdir(), m.uname) for m in ms],
              t.extractfile("a.txt").read(), t.extractfile("dir") is None)
try:
    tarfile.open(fileobj=io.BytesIO(b"x" * 600))
except tarfile.ReadError as e:
    print("ReadError:", e)

g = gzip.compress(TEXT, mtime=0)
print(len(TEXT), g[:4], gzip.decompress(g) == TEXT)
gb = io.BytesIO()
with gzip.GzipFile(fileobj=gb, mode="wb", mtime=0, filename="") as f:
    f.write(b"line1\nline2\n")
gb.seek(0)
with gzip.open(gb, "rt", encoding="utf-8") as f:
    print(f.readlines())
try:
    gzip.decompress(b"\x1f\x8bbogus")
except Exception as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(b"definitely not gzip")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)

c = bz2.BZ2Compressor(9)
parts = c.compress(TEXT) + c.flush()
print(bz2.decompress(parts) == TEXT, parts[:3])
d = bz2.BZ2Decompressor()
print(len(d.decompress(parts[:20])), len(d.decompress(parts[20:])), d.eof, d.unused_data)
try:
    bz2.decompress(b"BZh9garbage")
except OSError as e:
    print("OSError:", e)
x = lzma.compress(TEXT, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32)
print(lzma.decompress(x) == TEXT, x[:6], lzma.is_check_supported(lzma.CHECK_SHA256))
raw = lzma.compress(b"abc", format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}])
print(lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}]))
try:
    lzma.decompress(b"not xz")
except lzma.LZMAError as e:
    print("LZMAError:", e)
print(zlib.crc32(TEXT), zlib.adler32(TEXT), len(zlib.compress(TEXT, 9)))

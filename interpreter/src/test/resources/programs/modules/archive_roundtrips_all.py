# Archives round-tripped in a temporary directory: zipfile (deflated and stored, comments, infolist, testzip, a missing member), tarfile (gz/bz2/xz, members' attributes), gzip/bz2/lzma one-shot and streams.
import bz2
import gzip
import io
import lzma
import os
import tarfile
import tempfile
import zipfile

payload = {"readme.txt": b"hello archive\n" * 20, "data/numbers.csv": b"1,2,3\n4,5,6\n",
           "data/empty.bin": b""}
with tempfile.TemporaryDirectory() as tmp:
    zpath = os.path.join(tmp, "bundle.zip")
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in payload.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
            zi.compress_type = zipfile.ZIP_STORED if name.endswith(".bin") else zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)
        zf.comment = b"built by the test"
    with zipfile.ZipFile(zpath) as zf:
        print(zf.namelist(), zf.comment)
        for info in zf.infolist():
            print(f"{info.filename:<18} {info.file_size:>4} {info.compress_size:>4} "
                  f"{info.compress_type} {info.date_time} {info.CRC:08x}")
        print(zf.testzip(), zf.read("data/numbers.csv"))
        with zf.open("readme.txt") as fh:
            print(fh.readline(), len(fh.read()))
        try:
            zf.getinfo("nope")
        except KeyError as e:
            print("KeyError:", e)
    print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
    try:
        zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 garbage"))
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)

    for mode in ("gz", "bz2", "xz"):
        tpath = os.path.join(tmp, f"bundle.tar.{mode}")
        with tarfile.open(tpath, f"w:{mode}") as tf:
            for name, data in payload.items():
                ti = tarfile.TarInfo(name)
                ti.size, ti.mtime, ti.mode, ti.uname, ti.gname = len(data), 1700000000, 0o640, "u", "g"
                tf.addfile(ti, io.BytesIO(data))
            d = tarfile.TarInfo("data")
            d.type, d.mode, d.mtime = tarfile.DIRTYPE, 0o755, 1700000000
            tf.addfile(d)
        with tarfile.open(tpath) as tf:
            rows = [(m.name, m.size, oct(m.mode), m.isdir(), m.isfile(), m.uname) for m in tf.getmembers()]
            print(mode, rows)
            print(tf.extractfile("data/numbers.csv").read())
            try:
                tf.getmember("missing")
            except KeyError as e:
                print("KeyError:", e)
        print(tarfile.is_tarfile(tpath))

raw = b"".join(payload.values())
for mod in (gzip, bz2, lzma):
    packed = mod.compress(raw)
    print(mod.__name__, len(raw), mod.decompress(packed) == raw)
g = gzip.compress(b"abc", mtime=0)
print(g.hex())
print(gzip.decompress(g + gzip.compress(b"def", mtime=0)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
    gz.write(b"line1\nline2\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as gz:
    print(gz.readlines())
c = bz2.BZ2Compressor(9)
parts = c.compress(b"x" * 1000) + c.flush()
d = bz2.BZ2Decompressor()
print(d.decompress(parts[:10]) , d.eof, len(d.decompress(parts[10:])), d.eof)
x = lzma.compress(b"data", format=lzma.FORMAT_ALONE)
print(lzma.decompress(x), lzma.is_check_supported(lzma.CHECK_SHA256))
for mod, bad in ((gzip, b"\x1f\x8bxx"), (bz2, b"BZh9bad"), (lzma, b"bad")):
    try:
        mod.decompress(bad)
    except Exception as e:
        print(mod.__name__, type(e).__name__, e)

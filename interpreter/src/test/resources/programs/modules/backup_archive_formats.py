# A backup tool writing the same files to zip (deflated, stored), tar (gz/bz2/xz) and single-file gzip/bz2/lzma streams, listing and round-tripping them in memory
import bz2
import gzip
import io
import lzma
import tarfile
import zipfile

FILES = {"app/config.ini": b"[main]\nname=demo\n", "app/data.csv": b"a,b\n" + b"1,2\n" * 200,
         "README": "Ünïcode readme\n".encode(), "empty.txt": b""}

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    for name, data in FILES.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
        info.compress_type = zipfile.ZIP_STORED if name == "README" else zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    z.comment = b"nightly"
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as z:
    print("zip comment:", z.comment, "testzip:", z.testzip())
    for i in z.infolist():
        print(f"  {i.filename:16} {i.file_size:5} {i.compress_type} {i.date_time} {i.CRC:08x}")
    print("read:", z.read("app/config.ini"), z.namelist() == list(FILES))
    with z.open("app/data.csv") as f:
        print("first lines:", f.readline(), f.readline())
    try:
        z.read("nope")
    except KeyError as e:
        print("KeyError:", e)

for mode in ("gz", "bz2", "xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=f"w:{mode}") as t:
        for name, data in FILES.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1700000000
            ti.mode = 0o640
            ti.uname = ti.gname = "backup"
            t.addfile(ti, io.BytesIO(data))
        d = tarfile.TarInfo("app/logs")
        d.type = tarfile.DIRTYPE
        d.mtime = 1700000000
        t.addfile(d)
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:*") as t:
        members = t.getmembers()
        print(mode, [(m.name, m.size, oct(m.mode), m.isdir()) for m in members])
        print("  extract:", t.extractfile("README").read().decode(), end="")
        print("  dir extractfile:", t.extractfile("app/logs"))
    try:
        t.getmember("missing")
    except KeyError as e:
        print("  KeyError:", e)

blob = b"".join(FILES.values()) * 3
for mod, kw in ((gzip, {"mtime": 0}), (bz2, {}), (lzma, {})):
    packed = mod.compress(blob, **kw)
    print(mod.__name__, len(blob), "->", mod.decompress(packed) == blob)
gz = gzip.compress(b"hello", mtime=0)
print("gzip header:", gz[:10].hex())
print("bz2 header:", bz2.compress(b"hello")[:4])
print("xz magic:", lzma.compress(b"x")[:6], "alone:", lzma.compress(b"x", format=lzma.FORMAT_ALONE)[:5].hex())
with gzip.GzipFile(fileobj=io.BytesIO(gz)) as g:
    print("gzip read:", g.read())
for mod, bad in ((gzip, b"not gzip data"), (bz2, b"BZh9garbage"), (lzma, b"\x00" * 10)):
    try:
        mod.decompress(bad)
    except Exception as e:
        print(mod.__name__, type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 junk"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
try:
    tarfile.open(fileobj=io.BytesIO(b"x" * 100))
except tarfile.ReadError as e:
    print("ReadError:", e)

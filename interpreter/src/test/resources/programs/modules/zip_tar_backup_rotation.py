# A backup tool in a temporary directory: files written with pathlib, a zip archive with
# ZIP_DEFLATED and a comment (namelist, infolist sizes, testzip, read back, append mode),
# a tar.gz with arcname and a filter resetting owners and mtimes, extraction with
# filter='data', gzip/bz2/lzma one-shot round trips, shutil.make_archive/unpack_archive,
# rotation of old backups by name, and errors for a bad zip and a missing member.
import bz2
import gzip
import lzma
import os
import pathlib
import shutil
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    src = root / "project"
    (src / "docs").mkdir(parents=True)
    (src / "main.py").write_text("print('hi')\n" * 20)
    (src / "docs" / "readme.md").write_text("# Project\n\nSome text.\n")
    (src / "data.bin").write_bytes(bytes(range(256)) * 4)
    files = sorted(p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file())
    print(files)

    zpath = root / "backup.zip"
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in files:
            zf.write(src / name, arcname=name)
        zf.writestr("MANIFEST", "\n".join(files) + "\n")
        zf.comment = b"nightly"
    with zipfile.ZipFile(zpath) as zf:
        print(zf.namelist(), zf.comment, zf.testzip())
        for info in zf.infolist():
            print(f"  {info.filename:16} {info.file_size:5} {info.compress_type} {info.compress_size < info.file_size}")
        print(zf.read("docs/readme.md").decode().splitlines()[0], zf.getinfo("MANIFEST").file_size)
    with zipfile.ZipFile(zpath, "a") as zf:
        zf.writestr("extra.txt", "late addition")
    with zipfile.ZipFile(zpath) as zf:
        print(len(zf.namelist()), zf.namelist()[-1])
        try:
            zf.read("nope.txt")
        except KeyError as e:
            print("KeyError:", e)
    try:
        zipfile.ZipFile(src / "main.py")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
    print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(src / "data.bin"))

    def reset(info):
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = 0
        return info
    tpath = root / "backup.tar.gz"
    with tarfile.open(tpath, "w:gz") as tf:
        tf.add(src, arcname="project", filter=reset)
    with tarfile.open(tpath) as tf:
        members = tf.getmembers()
        print([(m.name, m.type == tarfile.DIRTYPE, m.size, m.uname, m.mtime) for m in members])
        out = root / "restore"
        tf.extractall(out, filter="data")
    print(sorted(p.relative_to(out).as_posix() for p in out.rglob("*")))
    print((out / "project" / "data.bin").read_bytes() == (src / "data.bin").read_bytes())

    payload = (src / "main.py").read_bytes()
    for mod in (gzip, bz2, lzma):
        packed = mod.compress(payload)
        print(mod.__name__, len(payload), mod.decompress(packed) == payload, len(packed) < len(payload))
    with gzip.open(root / "log.gz", "wt", encoding="utf-8") as g:
        g.write("line one\nline two\n")
    with gzip.open(root / "log.gz", "rt", encoding="utf-8") as g:
        print(g.readlines())

    archive = shutil.make_archive(str(root / "dist"), "zip", root_dir=src, base_dir="docs")
    print(os.path.basename(archive), zipfile.ZipFile(archive).namelist())
    shutil.unpack_archive(archive, root / "unpacked")
    print(sorted(p.name for p in (root / "unpacked").rglob("*")))

    backups = root / "backups"
    backups.mkdir()
    for day in range(1, 8):
        (backups / f"backup-2024-03-{day:02d}.zip").write_bytes(b"x" * day)
    keep = 3
    names = sorted(p.name for p in backups.iterdir())
    for old in names[:-keep]:
        (backups / old).unlink()
    print(sorted(p.name for p in backups.iterdir()), sum(p.stat().st_size for p in backups.iterdir()))
    print(sorted(p.name for p in backups.glob("*-0[67].zip")))
    tarfile.open(src / "main.py")

# shutil's archive helpers in a temporary directory: make_archive for zip and the tar formats
# (root_dir, base_dir), get_archive_formats/get_unpack_formats, unpack_archive by extension and
# by format, and the errors for unknown formats.
import os, shutil, tempfile, zipfile, tarfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    src = root / "site"
    (src / "css").mkdir(parents=True)
    (src / "index.html").write_text("<h1>hi</h1>\n")
    (src / "css" / "main.css").write_text("body{}\n")
    rel = lambda p: PurePosixPath(Path(p).relative_to(root)).as_posix()
    print(shutil.get_archive_formats())
    print(sorted(f[0] for f in shutil.get_unpack_formats()))
    for fmt in ("zip", "tar", "gztar", "bztar", "xztar"):
        name = shutil.make_archive(str(root / f"site-{fmt}"), fmt, root_dir=src)
        print(fmt, rel(name))
        out = root / f"out-{fmt}"
        shutil.unpack_archive(name, out)
        print("  ", sorted(rel(p) for p in out.rglob("*") if p.is_file()))
    z = shutil.make_archive(str(root / "with-base"), "zip", root_dir=root, base_dir="site")
    with zipfile.ZipFile(z) as zf:
        print(sorted(zf.namelist()))
    shutil.unpack_archive(z, root / "again", format="zip")
    print(sorted(rel(p) for p in (root / "again").rglob("*.css")))
    for bad in (lambda: shutil.make_archive(str(root / "x"), "rar", root_dir=src),
                lambda: shutil.unpack_archive(str(root / "nothing.unknown"), root / "y")):
        try:
            bad()
        except (ValueError, shutil.ReadError) as e:
            print(type(e).__name__, str(e).replace(str(root), "ROOT"))

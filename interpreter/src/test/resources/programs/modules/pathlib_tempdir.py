# pathlib, os.path, tempfile and shutil on a temporary directory: create, glob, stat, move, copy, rmtree.
import os, shutil, tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    files = {"src/main.py": "print('hi')\n", "src/pkg/__init__.py": "", "src/pkg/util.py": "X = 1\n" * 5,
             "docs/readme.md": "# Title\n\ntext\n", "notes.txt": "a\nb\nc\n"}
    for rel, text in files.items():
        (root / rel).write_text(text)
    rel = lambda p: p.relative_to(root).as_posix()
    print(sorted(rel(p) for p in root.rglob("*.py")))
    print(sorted(rel(p) for p in root.glob("*")), sorted(rel(p) for p in root.glob("*/*")))
    print(sorted((rel(p), p.stat().st_size) for p in root.rglob("*") if p.is_file()))
    p = root / "src" / "pkg" / "util.py"
    print(p.name, p.stem, p.suffix, p.parent.name, rel(p.with_suffix(".txt")), p.with_name("x.py").name, p.exists())
    print(p.read_text().count("\n"), len(p.read_bytes()), (root / "nope").exists(), p.is_dir(), p.parent.is_dir())
    shutil.copy(p, root / "copy.py")
    shutil.copytree(root / "src", root / "src2")
    shutil.move(str(root / "notes.txt"), str(root / "docs" / "notes.txt"))
    print(sorted(rel(x) for x in root.rglob("*")))
    print(os.listdir(root / "docs") and sorted(os.listdir(root / "docs")))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        print(os.path.relpath(dirpath, tmp), sorted(dirnames), sorted(filenames))
    shutil.rmtree(root / "src2")
    (root / "copy.py").unlink()
    (root / "docs" / "readme.md").rename(root / "docs" / "README.md")
    print(sorted(rel(x) for x in root.rglob("*")))
    try:
        (root / "docs").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, Path(e.filename).name)
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, Path(e.filename).name)
    with open(root / "data.bin", "wb") as f:
        f.write(bytes(range(10)))
    print(os.path.getsize(root / "data.bin"), os.path.isfile(root / "data.bin"), os.path.splitext("a/b.tar.gz"))
print(os.path.exists(tmp))
pp = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(pp.parts, pp.parents[1], pp.anchor, pp.suffixes, pp.is_absolute(), pp.match("*.py"), pp.relative_to("/usr"))
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("a") / "b" / "/c", os.path.normpath("a/b/../c/./d"))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.basename("/x/y/"), os.path.dirname("file"))
try:
    pp.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interview", "internet"]), Path("a/b.txt").with_stem("c"))

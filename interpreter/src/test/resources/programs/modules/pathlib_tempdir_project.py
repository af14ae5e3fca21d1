# Organising a project tree in a temporary directory: pathlib (joins, parts, suffixes, with_*,
# relative_to, glob/rglob sorted, read/write text and bytes, mkdir parents/exist_ok, rename,
# replace, unlink missing_ok, stat sizes, iterdir), tempfile (TemporaryDirectory, NamedTemporaryFile,
# mkstemp), shutil (copy, copy2, copytree with ignore, move, rmtree, disk_usage, which), errors.
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/srv/app/releases/v1.2.3/app.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[2], p.parts[:3], p.anchor, p.with_suffix(".zip"), p.with_name("x.txt"), p.with_stem("lib"))
print(p.relative_to("/srv"), p.is_relative_to("/etc"), p.match("*.gz"), p.match("releases/*/*.gz"), PurePosixPath("a//b/./c/..") / "d", PurePosixPath("/a") / "/b")
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("x").with_suffix("gz")
except ValueError as e:
    print("ValueError:", e)
with tempfile.TemporaryDirectory(prefix="proj-") as tmp:
    root = Path(tmp)
    print(root.name.startswith("proj-"), root.is_dir(), root.is_absolute())
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg").mkdir(parents=True, exist_ok=True)
    try:
        (root / "src").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror, Path(e.filename).name)
    files = {"src/pkg/__init__.py": "", "src/pkg/core.py": "def f():\n    return 1\n", "src/main.py": "import pkg\n",
             "README.md": "# Project\n", "data/a.csv": "x,y\n1,2\n", "data/b.csv": "x,y\n", "build/tmp.o": "obj"}
    for rel, text in files.items():
        f = root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        print(rel, f.write_text(text))
    print(sorted(str(x.relative_to(root)) for x in root.rglob("*.py")), sorted(x.name for x in root.glob("*/*.csv")), sorted(x.name for x in root.iterdir()))
    print((root / "data/a.csv").read_text().splitlines(), (root / "data/a.csv").stat().st_size, (root / "README.md").read_bytes())
    (root / "bin.dat").write_bytes(bytes(range(5)))
    print((root / "bin.dat").stat().st_size, (root / "nope").exists(), (root / "README.md").is_file(), (root / "src").is_file())
    try:
        (root / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, Path(e.filename).name)
    (root / "nope.txt").unlink(missing_ok=True)
    moved = (root / "README.md").rename(root / "README.rst")
    print(moved.name, (root / "README.md").exists())
    shutil.copy(root / "data/a.csv", root / "data/c.csv")
    shutil.copy2(root / "data/a.csv", root / "a_copy.csv")
    print((root / "a_copy.csv").stat().st_mtime == (root / "data/a.csv").stat().st_mtime)
    shutil.copytree(root / "src", root / "src_backup", ignore=shutil.ignore_patterns("__init__.py", "*.pyc"))
    print(sorted(str(x.relative_to(root / "src_backup")) for x in (root / "src_backup").rglob("*")))
    try:
        shutil.copytree(root / "src", root / "src_backup")
    except FileExistsError as e:
        print("FileExistsError:", Path(e.filename).name)
    shutil.move(str(root / "build"), str(root / "data"))
    print(sorted(str(x.relative_to(root)) for x in root.rglob("*") if x.is_file()))
    shutil.rmtree(root / "data" / "build")
    try:
        shutil.rmtree(root / "nothing-here")
    except FileNotFoundError as e:
        print("FileNotFoundError:", Path(e.filename).name)
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=tmp, delete=False) as nt:
        nt.write("hello\n")
        nt.seek(0)
        print(nt.read(), Path(nt.name).suffix, Path(nt.name).parent == root)
    fd, name = tempfile.mkstemp(suffix=".bin", dir=tmp)
    os.write(fd, b"abc")
    os.close(fd)
    print(Path(name).read_bytes(), Path(name).name.endswith(".bin"))
    with tempfile.TemporaryFile() as tf:
        tf.write(b"xyz")
        tf.seek(0)
        print(tf.read())
    print(shutil.disk_usage(tmp).total > 0, shutil.which("sh") is not None, shutil.which("no-such-tool-xyz"))
    (root / "src" / "pkg" / "core.py").replace(root / "core.py")
    print(sorted(x.name for x in root.glob("*.py")), Path(tmp).joinpath("a", "b").relative_to(tmp))
print(Path(tmp).exists())

# pathlib's concrete paths: exists/is_file/is_dir, read/write text and bytes, iterdir, glob and
# rglob (results sorted), mkdir with parents/exist_ok, touch, unlink, rmdir, rename, stat, cwd,
# resolve, and the OSErrors they raise.
from pathlib import Path
import os, tempfile

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    rel = lambda p: p.relative_to(base).as_posix()
    f = base / "notes.txt"
    print(f.exists(), f.is_file(), base.is_dir(), f.is_dir())
    print(f.write_text("line one\nline two\n"), f.read_text(), end="")
    print(f.exists(), f.is_file(), f.stat().st_size, f.read_bytes())
    print((base / "data.bin").write_bytes(b"\x00\x01\x02"), (base / "data.bin").read_bytes())
    (base / "pkg/sub/deep").mkdir(parents=True)
    (base / "pkg/sub").mkdir(exist_ok=True)
    for name in ["pkg/__init__.py", "pkg/sub/mod.py", "pkg/sub/deep/x.py", "pkg/readme.md", "pkg/.hidden.py"]:
        (base / name).touch()
    print(sorted(rel(p) for p in base.iterdir()))
    print(sorted(rel(p) for p in (base / "pkg").glob("*.py")))
    print(sorted(rel(p) for p in base.glob("*/*")))
    print(sorted(rel(p) for p in base.glob("**/*.py")))
    print(sorted(rel(p) for p in base.rglob("*.py")))
    print(sorted(rel(p) for p in base.glob("pkg/sub/mod.py")), sorted(rel(p) for p in base.glob("**/")))
    print(sorted(rel(p) for p in base.glob("nothing*")), list(base.glob("pkg/missing.py")))
    g = base.glob("*")
    print(type(g).__name__)
    moved = f.rename(base / "renamed.txt")
    print(repr(type(moved).__name__), rel(moved), f.exists(), moved.read_text().splitlines())
    moved.unlink()
    moved.unlink(missing_ok=True)
    (base / "pkg/sub/deep/x.py").unlink()
    (base / "pkg/sub/deep").rmdir()
    print(sorted(rel(p) for p in base.rglob("*")))
    for bad in [lambda: moved.unlink(), lambda: (base / "pkg").mkdir(), lambda: (base / "a/b").mkdir(),
                lambda: (base / "pkg").rmdir(), lambda: (base / "missing.txt").read_text(),
                lambda: f.write_text(b"bytes"), lambda: (base / "pkg/__init__.py").touch(exist_ok=False),
                lambda: list(base.glob("/abs")), lambda: list(base.glob(""))]:
        try:
            bad()
        except (OSError, TypeError, ValueError, NotImplementedError) as e:
            print(type(e).__name__, str(e).replace(tmp, "TMP"))
    print(Path.cwd() == Path(os.getcwd()), Path(".").resolve() == Path.cwd(), Path("x").absolute() == Path.cwd() / "x")
    print(Path(tmp, "pkg", "..", "pkg").resolve() == base.resolve() / "pkg", (base / "pkg").samefile(str(base) + "/pkg"))
    with (base / "w.txt").open("w") as out:
        out.write("via open\n")
    with (base / "w.txt").open() as inp:
        print(inp.read(), end="")
    print(os.path.exists(base / "w.txt"), str(base / "w.txt") == os.path.join(tmp, "w.txt"))

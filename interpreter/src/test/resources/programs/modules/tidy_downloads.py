# A "tidy my downloads" tool in a temporary directory: pathlib, glob, fnmatch, shutil (copy, move,
# copytree with ignore_patterns, rmtree, sizes of files), fnmatch (filter, translate), and
# tempfile; only paths relative to the temporary root are printed.
import fnmatch, glob, os, shutil, tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory(prefix="tidy-") as tmp:
    root = Path(tmp)
    down = root / "Downloads"
    down.mkdir()
    files = {"report.PDF": b"%PDF-1.4 report", "photo1.jpg": b"\xff\xd8" * 50, "photo2.JPG": b"\xff\xd8",
             "notes.txt": b"remember the milk\n", "setup.tar.gz": b"\x1f\x8b" + bytes(30),
             "song.mp3": b"ID3" + bytes(100), ".hidden": b"", "draft (1).txt": b"v1", "draft (2).txt": b"v2"}
    for name, data in files.items():
        (down / name).write_bytes(data)
    (down / "old").mkdir()
    (down / "old" / "ancient.txt").write_text("old stuff\n", encoding="utf-8")

    rel = lambda p: PurePosixPath(Path(p).relative_to(root)).as_posix()
    print(sorted(rel(p) for p in down.iterdir()))
    print(sorted(os.path.basename(p) for p in glob.glob(str(down / "*.txt"))))
    print(sorted(os.path.basename(p) for p in glob.glob(str(down / "*"))), "(no dotfiles)")
    print(sorted(rel(p) for p in glob.glob(str(down / "**" / "*.txt"), recursive=True)))
    print(sorted(rel(p) for p in down.rglob("*.[tT][xX][tT]")))
    print(fnmatch.filter(sorted(files), "*.jpg"), fnmatch.filter(sorted(files), "*.[jJ][pP][gG]"))
    print(fnmatch.fnmatchcase("photo2.JPG", "*.jpg"), fnmatch.fnmatch("photo2.JPG", "*.jpg"))
    print(fnmatch.translate("draft (?).txt"), glob.escape("draft (1)[x].txt"))

    rules = [("images", ["*.jpg", "*.jpeg", "*.png"]), ("docs", ["*.pdf", "*.txt"]),
             ("audio", ["*.mp3"]), ("archives", ["*.tar.gz", "*.zip"])]
    moved = []
    for p in sorted(down.iterdir()):
        if p.is_dir() or p.name.startswith("."):
            continue
        for folder, pats in rules:
            if any(fnmatch.fnmatch(p.name.lower(), pat) for pat in pats):
                dest = root / "Sorted" / folder
                dest.mkdir(parents=True, exist_ok=True)
                moved.append(rel(shutil.move(str(p), str(dest / p.name))))
                break
    print("\n".join(moved))
    print("left:", sorted(p.name for p in down.iterdir()))

    for folder in sorted((root / "Sorted").iterdir()):
        sizes = {f.name: f.stat().st_size for f in folder.iterdir()}
        print(f"{folder.name:<9} {len(sizes)} files {sum(sizes.values()):>5} bytes  {sorted(sizes.items())}")

    shutil.copytree(root / "Sorted", root / "Backup", ignore=shutil.ignore_patterns("*.mp3", "draft*"))
    print(sorted(rel(p) for p in (root / "Backup").rglob("*")))
    shutil.copy2(root / "Sorted" / "docs" / "notes.txt", root / "notes-copy.txt")
    print((root / "notes-copy.txt").read_text(encoding="utf-8"), end="")
    print(Path(root / "notes-copy.txt").with_suffix(".md").name, Path("a/b.tar.gz").suffixes, Path("a/b.tar.gz").stem)

    shutil.rmtree(root / "Backup")
    print((root / "Backup").exists())
    try:
        shutil.rmtree(root / "Backup")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, e.errno)
    try:
        (root / "Sorted").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        shutil.copy(root / "nope.txt", root / "x")
    except FileNotFoundError as e:
        print("copy:", e.strerror, rel(e.filename))
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=root, delete=True) as t:
        t.write("hello\n"); t.seek(0)
        print(t.read(), end=""); print(Path(t.name).suffix, Path(t.name).parent == root)
print(os.path.exists(tmp))

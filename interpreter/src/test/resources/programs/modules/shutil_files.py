# shutil: copyfile, copy (into a directory, with the mode), copytree, move, rmtree (also its
# errors and onerror), which, get_terminal_size without a terminal, SameFileError.
import shutil, os, tempfile, stat

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "a.txt")
    with open(src, "w") as f:
        f.write("hello\n")
    os.chmod(src, 0o640)
    print(os.path.relpath(shutil.copyfile(src, os.path.join(d, "b.txt")), d))
    os.mkdir(os.path.join(d, "sub"))
    dst = shutil.copy(src, os.path.join(d, "sub"))
    print(os.path.relpath(dst, d), oct(stat.S_IMODE(os.stat(dst).st_mode)), open(dst).read(), end="")
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(d, "D"), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == os.path.join(d, "missing"))
    os.makedirs(os.path.join(d, "tree/a/b"))
    with open(os.path.join(d, "tree/a/b/f.py"), "w") as f:
        f.write("x = 1\n")
    with open(os.path.join(d, "tree/top.txt"), "w") as f:
        f.write("top\n")
    shutil.copytree(os.path.join(d, "tree"), os.path.join(d, "copy"))
    print(sorted(os.path.relpath(os.path.join(r, n), d) for r, ds, fs in os.walk(os.path.join(d, "copy")) for n in fs))
    shutil.copytree(os.path.join(d, "tree"), os.path.join(d, "copy2"), ignore=shutil.ignore_patterns("*.py"))
    print(sorted(os.path.relpath(os.path.join(r, n), d) for r, ds, fs in os.walk(os.path.join(d, "copy2")) for n in fs))
    moved = shutil.move(os.path.join(d, "b.txt"), os.path.join(d, "sub"))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, "b.txt")))
    print(os.path.relpath(shutil.move(os.path.join(d, "copy2"), os.path.join(d, "renamed")), d))
    shutil.rmtree(os.path.join(d, "tree"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nothing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    shutil.rmtree(os.path.join(d, "nothing"), ignore_errors=True)
    seen = []
    shutil.rmtree(os.path.join(d, "nothing"), onerror=lambda fn, path, info: seen.append((os.path.relpath(path, d), info[0].__name__)))
    print(seen)
print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"), shutil.which("sh", path=""))
print(shutil.which("/bin/sh"), shutil.which("sh", path="/bin"))
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size), shutil.get_terminal_size((100, 40)))
os.environ["COLUMNS"] = "120"
print(shutil.get_terminal_size())
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))

# Temporary storage and text I/O: SpooledTemporaryFile rolling over, NamedTemporaryFile delete and suffixes, mkstemp/mkdtemp cleanup, TextIOWrapper newline translation and encodings, BytesIO/StringIO seeking, open() modes and their errors.
import io
import os
import tempfile

spool = tempfile.SpooledTemporaryFile(max_size=32, mode="w+b")
spool.write(b"x" * 20)
print("rolled:", spool._rolled)
spool.write(b"y" * 20)
print("rolled:", spool._rolled, spool.tell())
spool.seek(0); print(spool.read(5)); spool.close()

with tempfile.NamedTemporaryFile("w+", suffix=".csv", prefix="report-", encoding="utf-8") as f:
    name = f.name
    print(os.path.basename(name).startswith("report-"), name.endswith(".csv"))
    f.write("a,b\n1,2\n"); f.flush(); f.seek(0)
    print(f.readlines())
print("deleted:", not os.path.exists(name))
fd, path = tempfile.mkstemp(text=True)
with os.fdopen(fd, "w") as f:
    f.write("line one\r\nline two\rline three\n")
with open(path, newline=None) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "a", encoding="utf-16") as f:
    f.write("é")
with open(path, "rb") as f:
    print(f.read()[-4:])
with open(path, encoding="latin-1") as f:
    print(len(f.read()), f.encoding, f.newlines, f.errors)
os.remove(path)
d = tempfile.mkdtemp(prefix="work-")
print(os.path.isdir(d), os.path.basename(d).startswith("work-"))
p = os.path.join(d, "data.txt")
for mode in ("x", "x"):
    try:
        with open(p, mode) as f:
            f.write("created\n")
        print("created with", mode)
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror)
with open(p, "r+") as f:
    f.seek(0, io.SEEK_END); f.write("appended\n"); f.seek(0)
    print(f.read().splitlines(), f.seekable(), f.readable(), f.writable(), f.mode)
for bad in (lambda: open(p, "rw"), lambda: open(p, "rb", encoding="utf-8"), lambda: open(p, "r", buffering=0),
            lambda: open(d), lambda: open(p, "w").read(), lambda: io.StringIO("x").seek(1, 1)):
    try:
        bad()
    except (ValueError, OSError, io.UnsupportedOperation) as e:
        print(type(e).__name__ + ":", str(e).replace(d, "DIR"))
os.remove(p); os.rmdir(d)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)
w.write("héllo\nwörld\n")
print(w.buffer.getvalue(), w.tell())
w.seek(0); print(w.readline(), end=""); print(w.read())
b = io.BytesIO(b"0123456789")
b.seek(-3, io.SEEK_END); print(b.read(), b.tell(), b.getbuffer().nbytes)
b.seek(20); b.write(b"!"); print(b.getvalue())
s = io.StringIO("first\nsecond\nthird")
print(s.readline(), s.readlines(), s.tell())
s.truncate(5); print(repr(s.getvalue()))
r = io.BufferedReader(io.BytesIO(b"peekable data"))
print(r.peek(4)[:4], r.read(4), r.read1(3), r.readline())
with tempfile.TemporaryFile() as tf:
    tf.write(b"abc"); tf.seek(0); print(tf.read(), type(tf).__name__ in ("BufferedRandom", "_TemporaryFileWrapper"))
print(tempfile.gettempprefix(), isinstance(tempfile.gettempdir(), str))
open("/nonexistent-dir/out.txt", "w")

# open() for writing: 'w' (truncates), 'a' (appends), 'x' (refuses an existing file), binary
# modes, '+' modes that read back after seek, write's return value, the with protocol, a closed
# file's error, invalid modes, and what a missing folder raises.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")
with open(p, "w") as f:
    print(f.write("caf\u00e9\n"), f.write("line 2\n"), f.closed)
print(f.closed, open(p).read(), end="")
with open(p, "a") as f:
    f.write("appended\n")
print(open(p).readlines())
with open(p, "w") as f:
    f.write("short\n")
print(repr(open(p).read()))
with open(p, "wb") as f:
    print(f.write(b"\x00\x01bytes"))
print(open(p, "rb").read())
with open(p, "ab") as f:
    f.write(bytearray(b"+more"))
print(open(p, "rb").read())
with open(p, "w+") as f:
    f.write("read me back")
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(p, "r+b") as f:
    print(f.read(4))
    f.seek(0)
    f.write(b"READ")
print(open(p).read())
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
with open(os.path.join(d, "new.bin"), "xb") as f:
    f.write(b"fresh")
print(sorted(os.listdir(d)))
try:
    f.write(b"late")
except ValueError as e:
    print("ValueError:", e)
for mode in ("wr", "rw", "w++", "z", "wbt"):
    try:
        open(p, mode)
    except ValueError as e:
        print(mode, "ValueError:", e)
try:
    open(os.path.join(d, "missing", "f.txt"), "w")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(p, "wb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(p, "w") as f:
        f.write(b"bytes into text")
except TypeError as e:
    print("TypeError:", e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

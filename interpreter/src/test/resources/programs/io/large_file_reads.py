# A file of some thousands of lines (ASCII and multi-byte UTF-8, three newline kinds) read many
# ways: by iteration, readline, readlines, read, read(n), binary and text, and the newline modes;
# each way prints its count of lines or characters and a hash of what it read.
import hashlib
import os
import tempfile

words = ["alpha", "beta", "gamma", "d\u00e9lta", "epsilon", "\u03b7ta", "theta", "\u03bbambda", "\u20acuro", "\U0001d11e"]
lines = []
x = 12345
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2 ** 31
    n = 1 + x % 9
    text = " ".join(words[(x >> k) % len(words)] for k in range(n))
    end = "\r\n" if i % 97 == 0 else "\r" if i % 131 == 0 else "\n"
    lines.append(text + end)
content = "".join(lines)

d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
with open(p, "w", encoding="utf-8", newline="") as f:
    for line in lines:
        f.write(line)
print("size", os.path.getsize(p))


def h(data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


def show(label, parts):
    joined = "".join(parts) if parts and isinstance(parts[0], str) else b"".join(parts)
    print(label, len(parts), len(joined), h(joined))


with open(p, encoding="utf-8") as f:
    show("text iter", [line for line in f])
with open(p, encoding="utf-8") as f:
    got = []
    while True:
        line = f.readline()
        if not line:
            break
        got.append(line)
    show("text readline", got)
with open(p, encoding="utf-8") as f:
    show("text readlines", f.readlines())
with open(p, encoding="utf-8") as f:
    show("text readlines hint", f.readlines(5000))
    show("text rest", f.readlines())
with open(p, encoding="utf-8") as f:
    s = f.read()
    print("text read", len(s), h(s), f.newlines)
with open(p, encoding="utf-8") as f:
    got = []
    while True:
        s = f.read(1000)
        if not s:
            break
        got.append(s)
    show("text read(1000)", got)
with open(p, encoding="utf-8") as f:
    got = []
    while True:
        s = f.readline(7)
        if not s:
            break
        got.append(s)
    show("text readline(7)", got)
for nl in ("", "\n", "\r", "\r\n"):
    with open(p, encoding="utf-8", newline=nl) as f:
        show("text newline=%r" % nl, list(f))
with open(p, encoding="latin-1") as f:
    show("latin-1 iter", list(f))
with open(p, "rb") as f:
    show("binary iter", [line for line in f])
with open(p, "rb") as f:
    got = []
    while True:
        line = f.readline()
        if not line:
            break
        got.append(line)
    show("binary readline", got)
with open(p, "rb") as f:
    show("binary readlines", f.readlines())
with open(p, "rb") as f:
    b = f.read()
    print("binary read", len(b), h(b), b == content.encode("utf-8"))
with open(p, "rb", buffering=0) as f:
    show("unbuffered iter", list(f))
with open(p, "rb") as f:
    got = []
    while True:
        b = f.read(333)
        if not b:
            break
        got.append(b)
    show("binary read(333)", got)

# mixing: lines, then read, then seek back and iterate again
with open(p, encoding="utf-8") as f:
    first = [f.readline() for _ in range(10)]
    rest = f.read()
    print("mixed", h("".join(first) + rest) == h(content.replace("\r\n", "\n").replace("\r", "\n")))
    f.seek(0)
    print("again", len(list(f)))
with open(p, "rb") as f:
    a = next(f)
    b = f.read(5)
    c = f.readline()
    print("binary mixed", a + b + c == b"".join(content.encode("utf-8").splitlines(True)[:2])[:len(a + b + c)], f.peek(1)[:1] != b"")

# iteration after close, and a subclass keeps the fast methods
f = open(p, encoding="utf-8")
next(f)
f.close()
try:
    next(f)
except ValueError as e:
    print("closed:", e)
try:
    f.readline()
except ValueError as e:
    print("closed:", e)
g = open(p, "rb")
next(g)
g.close()
try:
    g.readline()
except ValueError as e:
    print("closed:", e)


import io


class Lines(io.TextIOWrapper):
    def readline(self, size=-1):
        return super().readline(size).upper()


with Lines(open(p, "rb"), encoding="utf-8") as f:
    print("subclass", f.readline()[:10], next(f)[:10] == lines[1][:10])

# writing many lines, text and binary, then reading them back
q = os.path.join(d, "out.txt")
with open(q, "w", encoding="utf-8") as f:
    for i in range(20000):
        f.write("line %d \u00e9\n" % i)
with open(q, "rb") as f:
    data = f.read()
    print("written", len(data), h(data), data.count(b"\n"))
with open(q, "ab") as f:
    for i in range(20000):
        f.write(b"%d\n" % i)
with open(q, encoding="utf-8") as f:
    n = sum(1 for _ in f)
    print("appended", n, f.tell() == os.path.getsize(q))
os.remove(p)
os.remove(q)
os.rmdir(d)

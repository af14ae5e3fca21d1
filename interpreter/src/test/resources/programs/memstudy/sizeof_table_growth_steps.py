# Memory study: a table of sys.getsizeof for common objects, as a blog post prints it.
import sys

samples = [
    ("None", None), ("True", True), ("0", 0), ("1", 1), ("2**30", 2**30), ("2**60", 2**60),
    ("-1", -1), ("1.5", 1.5), ("1j", 1j), ("''", ""), ("'a'", "a"), ("'abc'", "abc"),
    ("'é'", "é"), ("'日本'", "日本"), ("'😀'", "😀"), ("b''", b""), ("b'abc'", b"abc"),
    ("()", ()), ("(1,)", (1,)), ("(1,2,3)", (1, 2, 3)), ("[]", []), ("[1]", [1]),
    ("{}", {}), ("{1:2}", {1: 2}), ("set()", set()), ("{1}", {1}), ("frozenset()", frozenset()),
    ("range(10)", range(10)), ("bytearray()", bytearray()), ("slice", slice(1, 2)),
    ("object()", object()), ("len", len), ("lambda", lambda: 0), ("type", type),
]
width = max(len(n) for n, _ in samples)
for name, obj in samples:
    print(f"{name:<{width}} {type(obj).__name__:<22} {sys.getsizeof(obj):>5}")

lst = []
prev = sys.getsizeof(lst)
steps = []
for i in range(40):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != prev:
        steps.append((i + 1, s))
        prev = s
print("list growth:", steps)
d = {}
prev = sys.getsizeof(d); dsteps = []
for i in range(50):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        dsteps.append((i + 1, s)); prev = s
print("dict growth:", dsteps)
st = set(); prev = sys.getsizeof(st); ssteps = []
for i in range(100):
    st.add(i)
    s = sys.getsizeof(st)
    if s != prev:
        ssteps.append((i + 1, s)); prev = s
print("set growth:", ssteps)

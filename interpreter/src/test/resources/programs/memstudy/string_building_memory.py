# Building strings: += in a loop, join, io.StringIO and f-strings, compared with
# tracemalloc peaks and getsizeof of the results.
import io
import sys
import tracemalloc

parts = [f"line {i}\n" for i in range(2000)]

def concat():
    s = ""
    for p in parts:
        s += p
    return s

def joined():
    return "".join(parts)

def stringio():
    buf = io.StringIO()
    for p in parts:
        buf.write(p)
    return buf.getvalue()

tracemalloc.start()
results = {}
for fn in (concat, joined, stringio):
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    out = fn()
    peak = tracemalloc.get_traced_memory()[1] - base
    results[fn.__name__] = out
    print(f"{fn.__name__:9} len={len(out)} size={sys.getsizeof(out)} peak>=size: {peak >= sys.getsizeof(out)}")
tracemalloc.stop()
print("all equal:", len(set(results.values())) == 1)
s = "x"
ids = set()
for _ in range(5):
    s += "y"
print("result:", s, sys.getsizeof(s))
a = "é" * 10
b = a + "x"
print("latin-1 + ascii stays 1 byte:", sys.getsizeof(b) - sys.getsizeof(a))
c = a + "€"
print("+ euro widens:", sys.getsizeof(c), sys.getsizeof("€" * 11))
print("repeat:", sys.getsizeof("ab" * 1000), sys.getsizeof(("ab" * 1000).upper()))
print("format:", sys.getsizeof(f"{12345:>20}"), sys.getsizeof("%s-%s" % ("a", "b")))

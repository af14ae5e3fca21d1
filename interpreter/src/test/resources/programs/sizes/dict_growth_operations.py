# sys.getsizeof growth of dicts: literals, inserts, deletes, clear, comprehension, copy
import sys
d = {}
seen = []
for i in range(50):
    d[i] = i
    s = sys.getsizeof(d)
    if not seen or seen[-1][1] != s:
        seen.append((i + 1, s))
print(seen)
for i in range(45):
    del d[i]
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
print(sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1)), sys.getsizeof({k: k for k in "abcdef"}))
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof({**{"a": 1}, "b": 2}))
e = {str(i): i for i in range(9)}
print(sys.getsizeof(e), sys.getsizeof(e.copy()), sys.getsizeof(dict(e)))

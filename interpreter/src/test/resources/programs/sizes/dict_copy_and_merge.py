# Copies and merges size their table as CPython's dict_merge: a compact dict is cloned with its
# table; a dict with many deleted entries is merged into a table sized for what it holds.
import sys

d = {"k%d" % i: i for i in range(12)}
print(len(d), sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
for k in list(d)[:10]:
    del d[k]
print(len(d), sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
small = {"a": 1}
print(sys.getsizeof(small.copy()), sys.getsizeof(dict(small)), sys.getsizeof(dict(a=1, b=2)))
n = {i: i for i in range(7)}
print(sys.getsizeof(n), sys.getsizeof(n.copy()), sys.getsizeof(dict(n)))
e = {}
e.update(n)
print(sys.getsizeof(e))

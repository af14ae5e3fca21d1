# getsizeof is shallow: a container's size does not include what it refers to.
import sys

small = [1]
big = ["x" * 10000]
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof({"k": "v" * 1000}) == sys.getsizeof({"k": "v"}))
print(sys.getsizeof((big,)) == sys.getsizeof((1,)))

def deep(o, seen=None):
    seen = set() if seen is None else seen
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, (list, tuple, set)):
        size += sum(deep(i, seen) for i in o)
    elif isinstance(o, dict):
        size += sum(deep(k, seen) + deep(v, seen) for k, v in o.items())
    return size

print(deep([1, "ab", (2.5, None)]), deep({"a": [1, 2], "b": "xyz"}))

# sys.getsizeof of the library's C objects that hold other objects: functools.partial (fixed,
# its args live in a tuple of their own), the lru_cache wrapper (fixed, whatever the cache
# holds) and cache_info's named tuple, operator.attrgetter/itemgetter/methodcaller (their
# basic sizes plus nothing for the names), struct.Struct (its basic size plus one code per
# format item group, s_codes), and what pack/unpack give back.
import functools
import operator
import struct
import sys

p0 = functools.partial(print)
p3 = functools.partial(print, 1, 2, 3, sep="")
print("partial", sys.getsizeof(p0), sys.getsizeof(p3), "args tuple", sys.getsizeof(p3.args),
      "keywords", sys.getsizeof(p3.keywords))


@functools.lru_cache(maxsize=None)
def f(x):
    return x


before = sys.getsizeof(f)
for i in range(100):
    f(i)
print("lru_cache wrapper", before, sys.getsizeof(f), "cache_info", sys.getsizeof(f.cache_info()))

print("attrgetter", sys.getsizeof(operator.attrgetter("a")), sys.getsizeof(operator.attrgetter("a", "b.c", "d")))
print("itemgetter", sys.getsizeof(operator.itemgetter(0)), sys.getsizeof(operator.itemgetter(0, 1, 2)))
print("methodcaller", sys.getsizeof(operator.methodcaller("m")), sys.getsizeof(operator.methodcaller("m", 1, k=2)))

base = sys.getsizeof(struct.Struct(""))
for fmt in ("i", "ii", "2i", "10s", "i10sd", "<hhl", "3x", "?", "100i", "e f d q"):
    s = struct.Struct(fmt)
    print(f"Struct({fmt!r}): +{sys.getsizeof(s) - base} size={s.size}")
packed = struct.pack("<iq", 1, 2)
print("pack ->", type(packed).__name__, sys.getsizeof(packed), "unpack ->", sys.getsizeof(struct.unpack("<iq", packed)))
print("iter_unpack", sys.getsizeof(struct.iter_unpack("<i", bytes(16))))

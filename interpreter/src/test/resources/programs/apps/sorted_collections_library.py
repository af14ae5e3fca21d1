# A whole application: a collections library built on collections.abc: a SortedDict
# (MutableMapping over bisect-kept keys), a SortedList (MutableSequence-like with key functions,
# slicing through slice.indices, __reversed__, index/count), a ring buffer Sequence, a
# bidirectional map, and a Generic typed Stack with __class_getitem__; the mixin methods the ABCs
# supply (setdefault, pop, update, items views, __contains__, __iter__) exercised with a report.
import bisect
import operator
from collections.abc import MutableMapping, Sequence, MutableSet, Set, Mapping, Iterable, Sized, Hashable, Reversible
from itertools import islice
from typing import Generic, TypeVar, Iterator

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class SortedDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._keys = []
        self._data = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if key not in self._data:
            bisect.insort(self._keys, key)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]
        i = bisect.bisect_left(self._keys, key)
        del self._keys[i]

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)

    def __reversed__(self):
        return reversed(self._keys)

    def irange(self, lo, hi):
        i, j = bisect.bisect_left(self._keys, lo), bisect.bisect_right(self._keys, hi)
        return [(k, self._data[k]) for k in self._keys[i:j]]

    def peekitem(self, index=-1):
        k = self._keys[index]
        return k, self._data[k]

    def __repr__(self):
        return f"SortedDict({{{', '.join(f'{k!r}: {v!r}' for k, v in self.items())}}})"


class SortedList(Sequence):
    def __init__(self, iterable=(), key=None):
        self._key = key or (lambda x: x)
        self._items = sorted(iterable, key=self._key)
        self._keys = [self._key(x) for x in self._items]

    def add(self, value):
        k = self._key(value)
        i = bisect.bisect_right(self._keys, k)
        self._keys.insert(i, k)
        self._items.insert(i, value)

    def discard(self, value):
        k = self._key(value)
        i = bisect.bisect_left(self._keys, k)
        while i < len(self._items) and self._keys[i] == k:
            if self._items[i] == value:
                del self._items[i], self._keys[i]
                return True
            i += 1
        return False

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return [self._items[i] for i in range(start, stop, step)]
        return self._items[operator.index(index)]

    def __len__(self):
        return len(self._items)

    def __contains__(self, value):
        k = self._key(value)
        i = bisect.bisect_left(self._keys, k)
        return any(self._items[j] == value for j in range(i, bisect.bisect_right(self._keys, k)))

    def __repr__(self):
        return f"SortedList({self._items!r})"


class RingBuffer(Sequence):
    def __init__(self, capacity):
        self._buf = [None] * capacity
        self._start = 0
        self._size = 0

    def append(self, value):
        cap = len(self._buf)
        self._buf[(self._start + self._size) % cap] = value
        if self._size < cap:
            self._size += 1
        else:
            self._start = (self._start + 1) % cap

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._size))]
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("ring buffer index out of range")
        return self._buf[(self._start + i) % len(self._buf)]

    def __len__(self):
        return self._size


class BiMap(Mapping):
    def __init__(self, pairs=()):
        self._fwd, self._back = {}, {}
        for k, v in pairs:
            self.put(k, v)

    def put(self, k, v):
        if v in self._back and self._back[v] != k:
            raise ValueError(f"value {v!r} already mapped from {self._back[v]!r}")
        if k in self._fwd:
            del self._back[self._fwd[k]]
        self._fwd[k], self._back[v] = v, k

    def inverse(self):
        return BiMap((v, k) for k, v in self._fwd.items())

    def __getitem__(self, k):
        return self._fwd[k]

    def __iter__(self):
        return iter(self._fwd)

    def __len__(self):
        return len(self._fwd)


class TagSet(MutableSet):
    def __init__(self, items=()):
        self._d = {}
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x.lower() in self._d

    def __iter__(self):
        return iter(sorted(self._d.values()))

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d.setdefault(x.lower(), x)

    def discard(self, x):
        self._d.pop(x.lower(), None)

    def __repr__(self):
        return f"TagSet({list(self)})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __bool__(self):
        return bool(self._items)


sd = SortedDict({"pear": 3, "apple": 5}, banana=2, cherry=7)
sd["date"] = 1
sd.setdefault("apple", 100)
sd.setdefault("fig", 4)
print(sd, len(sd), "apple" in sd, list(reversed(sd))[:2])
print("pop:", sd.pop("banana"), sd.pop("zzz", "default"), "popitem:", sd.popitem(), "peek:", sd.peekitem(0))
sd.update([("kiwi", 9)], grape=6)
print("range c..g:", sd.irange("c", "g"), "keys view:", list(sd.keys())[:3], "values:", list(sd.values()))
print("items view ops:", sorted(sd.items() & {("kiwi", 9), ("x", 0)}), sd.keys() - {"kiwi"} == {k for k in sd if k != "kiwi"})
print("equality with dict:", sd == dict(sd), sd == {"a": 1}, sd.get("nope"), sd.get("kiwi"))
try:
    sd.pop("missing")
except KeyError as exc:
    print("KeyError:", exc)
del sd["kiwi"]
sd.clear()
print("cleared:", sd, bool(sd))

words = "the quick brown fox jumps over the lazy dog again and again".split()
sl = SortedList(words, key=len)
print(sl, len(sl))
sl.add("hi")
sl.add("zebra")
print("after add:", sl[:5], sl[-3:], sl[::4], sl[10:2:-3])
print("contains:", "fox" in sl, "cat" in sl, "index:", sl.index("over"), "count:", sl.count("again"), sl.count("zzz"))
print("discard:", sl.discard("again"), sl.discard("cat"), sl.count("again"), list(reversed(sl))[:3])
try:
    sl.index("cat")
except ValueError as exc:
    print("ValueError:", exc)
try:
    sl["x"]
except TypeError as exc:
    print("TypeError:", exc)
print("min/max by seq:", min(sl, key=len), max(sl, key=len), sl[True])

ring = RingBuffer(4)
for i in range(10):
    ring.append(i * i)
print("ring:", list(ring), ring[-1], ring[1:3], ring.index(64), 49 in ring, 4 in ring, len(ring))
try:
    ring[7]
except IndexError as exc:
    print("IndexError:", exc)

bm = BiMap([("one", 1), ("two", 2), ("three", 3)])
inv = bm.inverse()
print("bimap:", dict(bm), dict(inv), inv[2], bm.get("four"), list(bm.items())[0], bm == {"one": 1, "two": 2, "three": 3})
try:
    bm.put("uno", 1)
except ValueError as exc:
    print("ValueError:", exc)
bm.put("one", 10)
print("remapped:", dict(bm), dict(bm.inverse()))

tags = TagSet(["Python", "java", "PYTHON", "Rust"])
other = TagSet(["rust", "Go"])
print("tags:", tags, len(tags), "python" in tags, tags | other, tags & other, tags - other, tags ^ other)
tags |= {"Zig"}
tags -= {"JAVA"}
print("in-place:", tags, tags.isdisjoint({"cobol"}), tags <= TagSet(["python", "rust", "zig", "c"]), tags.pop() in ("Python", "PYTHON"))

st: Stack[int] = Stack()
for n in (1, 2, 3):
    st.push(n)
print("stack:", list(st), st.pop(), bool(st), Stack[int], Stack[str].__origin__ is Stack, Stack.__parameters__)
print("typed alias:", Stack[int]().__class__.__name__, getattr(Stack[int], "__args__", None))
print("ABC checks:", [isinstance(x, Reversible) for x in (sd, sl, ring, bm, tags)], issubclass(SortedList, Iterable),
      isinstance(sl, Hashable), isinstance(bm, Hashable), isinstance(tags, Set), issubclass(BiMap, Sized))
print("abstract methods:", sorted(MutableMapping.__abstractmethods__), sorted(Sequence.__abstractmethods__))
try:
    class Broken(MutableMapping):
        def __getitem__(self, k):
            return k
    Broken()
except TypeError as exc:
    print("TypeError:", exc)
print(list(islice(iter(sl), 3)), slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), operator.index(True))
empty = Stack()
empty.pop()

# collections.abc: a custom MutableMapping and a Sequence get their mixin methods; ABC registration; isinstance checks against abstract types
from collections.abc import MutableMapping, Sequence, Mapping, Iterable, Sized, Container, Hashable, Callable, Set
import collections.abc as cabc

class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._d = {}
        self.update(data, **kw)
    def __getitem__(self, k): return self._d[k.lower()][1]
    def __setitem__(self, k, v): self._d[k.lower()] = (k, v)
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return (orig for orig, _ in self._d.values())
    def __len__(self): return len(self._d)
    def __repr__(self): return f"CID({dict(self.items())})"

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
print(h, h["content-type"], "ACCEPT" in h, h.get("x", "no"), len(h))
h.setdefault("X-Num", 1)
print(h.pop("accept"), h.popitem(), h, h == {"Content-Type": "text/html"})
h.update([("a", 1)], b=2)
print(sorted(h.keys()), list(h.values()), isinstance(h.items(), Set))
try:
    h.pop("missing")
except KeyError as e:
    print("KeyError", e)
h.clear(); print(h, bool(h))

class Ring(Sequence):
    def __init__(self, items): self._items = list(items)
    def __len__(self): return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self._items[i])
        return self._items[i]
r = Ring("abcd")
print(r[-1], list(reversed(r)), r.index("c"), r.count("a"), "d" in r, list(r[1:3]))
try:
    r.index("z")
except ValueError as e:
    print("ValueError", e)

class Thing:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
print(isinstance(Thing(), Sized), isinstance(Thing(), Iterable), isinstance(Thing(), Container), isinstance(Thing(), cabc.Collection), isinstance(Thing(), Sequence))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable), issubclass(dict, Mapping), issubclass(str, Sequence))
class Pretend: pass
Sequence.register(Pretend)
print(issubclass(Pretend, Sequence), isinstance(Pretend(), Iterable), issubclass(Pretend, Sized))
try:
    class Partial(MutableMapping):
        def __getitem__(self, k): pass
    Partial()
except TypeError as e:
    print(e)
print(sorted(MutableMapping.__abstractmethods__), cabc.Generator.__abstractmethods__ == frozenset({"send", "throw"}))
def g(): yield
print(isinstance(g(), cabc.Generator), isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Reversible))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.values(), cabc.ValuesView), isinstance(b"", cabc.ByteString))

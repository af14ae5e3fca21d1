# A key's __eq__ that changes the dict being searched: CPython's lookup holds the key it compares
# and, when the comparison replaced the dict's table or the entry, starts the search again on the
# table there is now (no error, no stale read). Clearing, resizing, deleting the entry, replacing
# it, and comparing two dicts whose values' __eq__ mutates them.
class Key:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action
        self.calls = 0

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.calls += 1
        if self.action is not None:
            action, self.action = self.action, None
            action()
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


d = {}
a = Key("a", lambda: d.clear())
d[a] = 1
print("get after clear:", d.get(Key("b")), d, a.calls)

d = {}
a = Key("a", lambda: d.update({Key(str(i)): i for i in range(20)}))
d[a] = "first"
print("get after resize:", d.get(Key("5")), len(d), a.calls)

d = {}
a = Key("a", lambda: d.pop(a))
d[a] = 1
print("lookup after the entry left:", Key("a") in d, d)

d = {}
a = Key("a")
d[a] = 1
a.action = lambda: d.__setitem__(Key("x"), 2)
d[Key("z")] = 3
print("insert after insert:", sorted(k.name for k in d), sorted(d.values()))

d = {}
a = Key("a")
d[a] = 1
a.action = lambda: d.clear()
d[Key("q")] = 9
print("insert after clear:", d)

d = {}
a = Key("a")
d[a] = 1
a.action = lambda: d.clear()
print("pop after clear:", d.pop(Key("a"), "absent"), d)

d = {}
a = Key("a")
d[a] = 1
a.action = lambda: d.clear()
try:
    del d[Key("a")]
except KeyError as e:
    print("del after clear: KeyError", e)


class Value:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
            self.target = None
        return isinstance(other, Value) and self.v == other.v


x = {1: Value(1), 2: Value(2)}
y = {1: Value(1), 2: Value(2)}
x[1].target = x
print("dicts equal while one is cleared:", x == y, x, len(y))

s = {"k": Key("k")}
t = {"k": Key("k", lambda: t.clear())}
print("dict == while the other is cleared:", s == t, t)

# One dict's sys.getsizeof through a life a performance engineer would trace: growth steps while
# inserting (usable = 2/3 of the table), deletions that never shrink it (pop, popitem, del leave
# dummies), reinsertion after deletions (the table fills up with dummies and is rebuilt at the
# next resize, by used*3), clear() going back to the shared empty keys (the 64-byte header), and
# the copies (copy() of a dict with holes is compacted, dict(d), {**d}, d | {} and fromkeys sized
# by their own rules).
import sys


def size(d):
    return sys.getsizeof(d)


d = {}
print("empty:", size(d))
steps = []
last = size(d)
for i in range(100):
    d[i] = None
    now = size(d)
    if now != last:
        steps.append((len(d), now))
        last = now
print("growth steps:", steps)

full = size(d)
for i in range(90):
    d.pop(i)
print("after 90 pops:", len(d), size(d) == full, size(d))
while len(d) > 1:
    d.popitem()
print("popitem down to 1:", len(d), size(d))
print("popitem order:", d)

# reinsertion with the dummies in the table
g = {i: i for i in range(10)}
base = size(g)
for i in range(10):
    del g[i]
    g[i + 100] = i
print("delete+insert churn:", len(g), base, size(g))
for i in range(10, 40):
    g[-i] = i
print("after the next growth:", len(g), size(g))

h = {i: None for i in range(50)}
for i in range(45):
    del h[i]
print("holey dict:", len(h), size(h))
print("copy():", size(h.copy()), "dict():", size(dict(h)), "{**h}:", size({**h}), "h | {}:", size(h | {}))
print("dict.fromkeys(range(5)):", size(dict.fromkeys(range(5))), "from a holey dict:", size(dict.fromkeys(h)))

h.clear()
print("clear():", size(h))
h["x"] = 1
print("one key after clear:", size(h))

# pop with a default and popitem on empty
print("pop default:", h.pop("missing", "dflt"), size(h))
h.pop("x")
print("popped the last key:", size(h), h)
try:
    h.popitem()
except KeyError as exc:
    print("KeyError:", exc)
print("empty popitem left the size:", size(h))

# str keys only against mixed keys
s = {"a": 1, "b": 2, "c": 3}
m = {"a": 1, "b": 2, 3: 3}
print("str keys:", size(s), "mixed keys:", size(m))
s[4] = 4
print("str dict given an int key:", size(s))

# A recursive function passing one object down: each active frame holds one
# more reference, counted at every depth on the way down and back up, and a
# generator-based recursion holds one per suspended generator.
import sys

payload = ["payload"]
base = sys.getrefcount(payload)
down = []
up = []

def descend(obj, depth):
    down.append(sys.getrefcount(obj) - base)
    if depth:
        descend(obj, depth - 1)
    up.append(sys.getrefcount(obj) - base)

descend(payload, 5)
print("down:", down)
print("up:  ", up)

def walk(obj, depth):
    yield sys.getrefcount(obj) - base
    if depth:
        yield from walk(obj, depth - 1)
    yield sys.getrefcount(obj) - base

print("generators:", list(walk(payload, 4)))

def keep_locals(obj, depth, acc):
    alias = obj
    acc.append(sys.getrefcount(obj) - base)
    if depth:
        keep_locals(alias, depth - 1, acc)
    return acc
print("with an alias per frame:", keep_locals(payload, 3, []))

def via_kwargs(depth, **kw):
    kw_counts.append(sys.getrefcount(kw["obj"]) - base)
    if depth:
        via_kwargs(depth - 1, **kw)
kw_counts = []
via_kwargs(3, obj=payload)
print("through **kwargs:", kw_counts)

def via_star(depth, *args):
    star_counts.append(sys.getrefcount(args[0]) - base)
    if depth:
        via_star(depth - 1, *args)
star_counts = []
via_star(3, payload)
print("through *args:", star_counts)
print("at the end:", sys.getrefcount(payload) - base)

# From CPython's weakref tests: a finalize object runs its function once (called by hand or when
# the referent dies), then peek/detach give None and alive is False; detach unregisters it; the
# arguments named func and obj go to the function; wrong calls are TypeErrors.
import weakref

class A:
    pass

def add(x, y, z):
    res.append(x + y + z)
    return x + y + z

a = A()
res = []
f = weakref.finalize(a, add, 67, 43, z=89)
print(f.alive, f.peek() == (a, add, (67, 43), {'z': 89}))
print(f(), f(), f(), f.peek(), f.detach(), f.alive, res)

res = []
f = weakref.finalize(a, add, 67, 43, 89)
print(f.peek() == (a, add, (67, 43, 89), {}))
print(f.detach() == (a, add, (67, 43, 89), {}))
print(f(), f(), f.peek(), f.detach(), f.alive, res)

res = []
f = weakref.finalize(a, add, x=67, y=43, z=89)
del a
print(f(), f(), f.peek(), f.detach(), f.alive, res)

def fin(*args, **kwargs):
    res.append((args, kwargs))

a = A()
res = []
f = weakref.finalize(a, fin, 1, 2, func=3, obj=4)
print(f.peek() == (a, fin, (1, 2), {'func': 3, 'obj': 4}))
f()
print(res)
for args, kwargs in [((a,), {'func': fin, 'arg': 1}), ((), {'obj': a, 'func': fin, 'arg': 1}),
                     ((a,), {}), ((), {})]:
    try:
        weakref.finalize(*args, **kwargs)
        print("accepted")
    except TypeError as e:
        print("TypeError:", e)
print(repr(f).startswith("<finalize object at 0x") and "dead" in repr(f))

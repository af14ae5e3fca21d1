# A ref's callback receives the dead ref itself; refs without callbacks are shared, with callbacks not.
import weakref

class T:
    pass

t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print("shared without callback:", r1 is r2)
got = []
cb = lambda ref: got.append(ref)
r3 = weakref.ref(t, cb)
r4 = weakref.ref(t, cb)
print("callbacks make new refs:", r3 is r4, r3 is r1)
print("equal while alive:", r1 == r3, hash(r1) == hash(t) or "hash differs")
print(weakref.getweakrefcount(t), [r is r1 for r in weakref.getweakrefs(t)])
print(r3.__callback__ is cb, r1.__callback__)
hash_before = hash(r1)
del t
print("callbacks got their refs:", [g is r3 or g is r4 for g in got], len(got))
print("dead refs equal only to themselves:", r1 == r2, r1 == r3, r3 == r4, r3 == r3)
print("hash kept:", hash(r1) == hash_before)
u = T()
r5 = weakref.ref(u)
try:
    hash(r5)
except TypeError as e:
    print(e)
del u
try:
    hash(r5)
except TypeError as e:
    print("TypeError:", e)
print(repr(r5).startswith("<weakref at") and "dead" in repr(r5))

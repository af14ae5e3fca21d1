# Emptying a list three ways: clear() and del l[:] free the item array at
# once (getsizeof back to 56) and every alias sees it; rebinding only moves
# the name, so another reference keeps the old full list; pop() one by one
# shrinks in steps.
import sys

def fill(n):
    return [object() for _ in range(n)]

a = fill(1000)
alias = a
print("full:", len(a), sys.getsizeof(a))
a.clear()
print("clear():", len(a), sys.getsizeof(a), "alias sees it:", len(alias))

b = fill(1000)
alias = b
del b[:]
print("del b[:]:", len(b), sys.getsizeof(b), len(alias))

c = fill(1000)
alias = c
c = []
print("rebound:", len(c), sys.getsizeof(c), "alias still", len(alias), sys.getsizeof(alias))

d = fill(1000)
d[:] = []
print("d[:] = []:", sys.getsizeof(d))
e = fill(1000)
e *= 0
print("e *= 0:", sys.getsizeof(e))
f = fill(1000)
sizes = []
while f:
    f.pop()
    s = sys.getsizeof(f)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(f), s))
print("pop steps:", sizes[:8], "...", sizes[-3:])
g = fill(1000)
del g[10:]
print("del g[10:]:", len(g), sys.getsizeof(g))
h = fill(1000)
h[:] = h[:5]
print("h[:] = h[:5]:", len(h), sys.getsizeof(h))
k = fill(100)
k.extend([])
k.append(None)
print("k after append:", len(k), sys.getsizeof(k))
k.sort(key=id)
print("k after sort:", sys.getsizeof(k))
k.reverse()
print("k after reverse:", sys.getsizeof(k))
k.insert(0, None)
print("k after insert:", sys.getsizeof(k))
k.remove(None)
print("k after remove:", sys.getsizeof(k))

# del inside loops, rebinding the loop variable, and what the loop's iterator holds.
import sys

objs = [object() for _ in range(4)]
first = objs[0]
print("first in list", sys.getrefcount(first))

for o in objs:
    pass
print("after loop, o still bound", o is objs[-1], sys.getrefcount(objs[-1]))
del o
print("after del o", sys.getrefcount(objs[-1]))

it = iter(objs)
print("list refs with iterator", sys.getrefcount(objs))
next(it)
del it
print("iterator dropped", sys.getrefcount(objs))

copies = list(objs)
for i in range(len(copies)):
    x = copies[i]
    del copies[i]
    copies.insert(i, None)
    print(i, sys.getrefcount(x))
del x

while objs:
    last = objs.pop()
    print("popped", sys.getrefcount(last), len(objs))
del last
print("first now", sys.getrefcount(first))

names = {"a": first, "b": first, "c": first}
print("in dict 3x", sys.getrefcount(first))
for key in list(names):
    del names[key]
    print("removed", key, sys.getrefcount(first))

def loop_locals():
    holder = []
    for n in range(3):
        holder.append(first)
    print("local list", sys.getrefcount(first))
    del holder[:]
    print("slice deleted", sys.getrefcount(first))

loop_locals()
print("end", sys.getrefcount(first))

# How reference counts move during calls, in containers and after del.
import sys

class Tracked:
    pass

obj = Tracked()
base = sys.getrefcount(obj)
print("base:", base)

def show(label):
    print(f"{label:<32} {sys.getrefcount(obj) - base:+d}")

refs = []
for i in range(5):
    refs.append(obj)
show("appended 5 times")
refs.pop()
show("popped one")
refs = refs * 2
show("list doubled")
refs = None
show("list dropped")
alias = obj
show("alias")
pair = (obj, obj)
show("tuple of two")
mapping = {obj: obj}
show("dict key and value")
del mapping
show("dict deleted")
s = {obj}
show("set member")
s.discard(obj)
show("discarded")
del alias, pair

def hold():
    local1 = obj
    local2 = obj
    return sys.getrefcount(obj) - base

print("two locals in a function:", hold())
gen = (x for x in [obj])
show("generator over a list")
next(gen)
show("after next()")
del gen
show("generator deleted")
m = map(id, [obj])
show("map over a list")
del m
lam = lambda o=obj: o
show("default argument")
del lam
show("end")

# Memory study: how reference counts move as names, containers and calls hold an object.
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

def rc(o):
    return sys.getrefcount(o) - 1

n = Node("root")
print("fresh:", rc(n))
alias = n
print("alias:", rc(n))
lst = [n, n, n]
print("in list x3:", rc(n))
d = {"a": n, "b": n}
print("in dict x2:", rc(n))
t = (n,)
print("in tuple:", rc(n))
del lst
print("list gone:", rc(n))
d.clear()
print("dict cleared:", rc(n))

def hold(x):
    return rc(x)
print("in call:", hold(n))
f = lambda: n
print("closure over global:", rc(n))
def outer():
    local = n
    def inner():
        return local
    return inner
g = outer()
print("cell holds it:", rc(n))
print("g.__closure__[0].cell_contents is n:", g.__closure__[0].cell_contents is n)
del g, alias, t
print("back to:", rc(n))
s = "refcounting-" + str(len("abc"))
print("str built:", rc(s))
m = [s] * 10
print("str in list*10:", rc(s))
m.extend(m)
print("after extend self:", rc(s))
print("int 5 immortal-ish:", rc(5) > 100)

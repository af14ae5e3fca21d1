# Each container slot that holds the object is one reference.
import sys

class Person:
    pass

p = Person()
print("start:", sys.getrefcount(p))
L = [p]
print("list [p]:", sys.getrefcount(p))
d = {"k": p}
print("dict value:", sys.getrefcount(p))
t = (p,)
print("tuple (p,):", sys.getrefcount(p))
L2 = [p, p, p]
print("list [p, p, p]:", sys.getrefcount(p))
s = {p}
print("set {p}:", sys.getrefcount(p))
k = {p: 1}
print("dict key:", sys.getrefcount(p))
m = [p] * 4
print("[p] * 4:", sys.getrefcount(p))
del L, d, t, L2, s, k, m
print("after del of all containers:", sys.getrefcount(p))

# Refcounts of immortal-looking objects in 3.11: None, small ints, interned strings, empty tuple.
import sys

def delta(obj, make):
    before = sys.getrefcount(obj)
    held = make()
    after = sys.getrefcount(obj)
    return after - before

print("None +10:", delta(None, lambda: [None] * 10))
print("True +3:", delta(True, lambda: [True, True, True]))
print("small int 5 +4:", delta(5, lambda: (5, 5, 5, 5)))
print("256 +2:", delta(256, lambda: [256, 256]))
big = 10 ** 20
print("big int +2:", delta(big, lambda: [big, big]))
name = "interned_name"
print("interned str +3:", delta(name, lambda: {name: name, "x": name}))
print("same literal is:", name is "interned_" + "name")
print("sys.intern:", sys.intern("".join(["interned", "_name"])) is name)
built = "".join(["not", " an", " identifier"])
print("built str refcount:", sys.getrefcount(built))
kept = sys.intern(built)
print("after intern:", kept is built, sys.getrefcount(built))
print("empty tuple +2:", delta((), lambda: [(), ()]))
print("Ellipsis +1:", delta(..., lambda: [...]))
print("NotImplemented +1:", delta(NotImplemented, lambda: [NotImplemented]))
x = 300
y = 300
print("300 is 300 in module:", x is y)
def f():
    return 300
print("300 from function is module's:", f() is x)
print("int('300') is x:", int("300") is x)
print("int('5') is 5:", int("5") is 5)
print("-5 cached:", int("-5") is -5, "-6 cached:", int("-6") is -6)

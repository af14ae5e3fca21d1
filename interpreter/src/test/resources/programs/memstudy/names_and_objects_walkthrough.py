# The "names on the stack, objects on the heap" article's examples: two names for one
# object, rebinding, mutation through either name, and refcounts after each step.
import sys

x = [10, 20, 30]
y = x
print("same object:", x is y, id(x) == id(y))
print("refcount with two names:", sys.getrefcount(x))
y.append(40)
print("x sees the append:", x)
y = y + [50]
print("after y = y + [...]:", x is y, x, y)
print("refcount back:", sys.getrefcount(x))
x += [60]
print("after x += [...]:", x)
a = 300
b = a
a += 1
print("ints are immutable:", a, b, a is b)
def modify(lst):
    lst.append("from function")
    lst = ["rebound"]
    return lst
r = modify(x)
print("caller sees mutation, not rebinding:", x[-1], r)
names = {"first": x, "second": x}
print("refcount with dict values:", sys.getrefcount(x))
del names
t = (x, x)
print("tuple holds two refs:", sys.getrefcount(x))
print("tuple itself:", sys.getrefcount(t))

# Seed article 004's list of what removes a reference: del, rebinding, leaving a function, removal
# from or destruction of a container.
import sys

class Person:
    def __del__(self):
        print("  Person freed")

p1 = Person()
p2 = p1
l = [p1]
print(sys.getrefcount(p1))
del p2
print("del p2:", sys.getrefcount(p1))
l.remove(p1)
print("removed from the list:", sys.getrefcount(p1))

def scope():
    local = p1
    return sys.getrefcount(p1)

print("inside a function:", scope(), "after it returned:", sys.getrefcount(p1))
l = [p1]
del l
print("list destroyed:", sys.getrefcount(p1))
p1 = 123
print("p1 rebound to 123")

# Seed article 004's list of what adds a reference: creation, another name, passing to a
# function, storing in a container. The article says a call adds 2; CPython 3.11 moves the
# argument into the callee's frame, so inside log() the count is 1 more than outside.
import sys

class Person:
    pass

def log(obj):
    return sys.getrefcount(obj)

p1 = Person()
print("created:", sys.getrefcount(p1))
p2 = p1
print("p2 = p1:", sys.getrefcount(p1))
print("inside log(p1):", log(p1))
l = [p1]
print("l = [p1]:", sys.getrefcount(p1))

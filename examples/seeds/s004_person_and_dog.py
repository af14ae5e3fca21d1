# Article: 004, "How Python manages memory": reference counting, then a Person and a Dog in a cycle.
# Watch: sys.getrefcount goes 2, 3, 2 (its argument counts one); p.pet = d and d.master = p make a
# cycle, so after `del` only the cycle collector frees them: objgraph-style counts show 0 Person and
# 0 Dog after gc.collect(), but 1 and 1 under refcount (and the leak check at the end of
# `pyheap demo --collector refcount` names them).
# pyheap: leaks-without-cycle-collector = 1 Person, 1 Dog
# refcount: expect s004_person_and_dog.refcount.out
import gc
import sys


def count(typename):
    # what objgraph.count does: the objects gc tracks, by type name
    return sum(1 for o in gc.get_objects() if type(o).__name__ == typename)


class Person:
    pass


class Dog:
    pass


p1 = Person()
print(sys.getrefcount(p1))
p2 = p1
print(sys.getrefcount(p1))
del p2
print(sys.getrefcount(p1))
del p1

num1 = 2
num2 = 2
print("small ints are cached:", num1 is num2)

p = Person()
d = Dog()
p.pet = d
d.master = p
del p
del d
gc.collect()
print("Person objects:", count("Person"))
print("Dog objects:", count("Dog"))

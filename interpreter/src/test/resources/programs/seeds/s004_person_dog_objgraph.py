# Seed article 004's cycle example with objgraph.count (objgraph is not installed for CPython here,
# so count() below does what objgraph.count does: count gc.get_objects() by type name).
# refcount: expect s004_person_dog_objgraph.refcount.out
import gc

def count(typename):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == typename)

class Person:
    pass

class Dog:
    pass

p = Person()
d = Dog()

p.pet = d
d.master = p

del p
del d

gc.collect() #手动触发垃圾回收

print(count("Person"))
print(count("Dog"))

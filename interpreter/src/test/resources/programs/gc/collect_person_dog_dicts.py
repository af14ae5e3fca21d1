# Asking for __dict__ materialises a real dict object per instance: the same cycle is then 4
# objects (two instances, two dicts).
# refcount: expect collect_person_dog_dicts.refcount.out
import gc

class Person:
    pass

class Dog:
    pass

gc.collect()
p = Person()
d = Dog()
p.pet = d
d.master = p
print(type(p.__dict__).__name__, type(d.__dict__).__name__)
del p, d
print(gc.collect())

# The seed articles' Person <-> Dog cycle. In 3.11 the attributes live in inline values, not in
# dict objects, so the cycle is 2 objects.
# refcount: expect collect_person_dog.refcount.out
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
del p, d
print(gc.collect())

# Seed article 004's cycle example as the article writes it, with objgraph.count: after `del`, only
# the cycle collector frees the Person and the Dog.
# requires: objgraph
# refcount: expect s004_person_dog_objgraph.refcount.out
import gc
import objgraph

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

print(objgraph.count("Person"))
print(objgraph.count("Dog"))

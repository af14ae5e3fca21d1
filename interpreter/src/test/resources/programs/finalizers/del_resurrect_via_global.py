# __del__ that stores self in a global: refcount death resurrects, __del__ is not called a second time.
import gc
import sys

graveyard = []

class Zombie:
    deaths = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Zombie.deaths += 1
        print("dying", self.name, "refcount inside __del__:", sys.getrefcount(self))
        graveyard.append(self)

z = Zombie("z1")
del z
print("deaths:", Zombie.deaths, "in graveyard:", [g.name for g in graveyard])
back = graveyard.pop()
print("resurrected object works:", back.name)
del back
print("deaths after second release:", Zombie.deaths)
print("is_finalized:", gc.is_finalized(graveyard[0]) if graveyard else "gone")
z2 = Zombie("z2")
z2 = None
print(len(graveyard))
graveyard.clear()
print("cleared")

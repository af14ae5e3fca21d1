# collectors: generational marksweep
# __del__ resurrecting its object: runs once only (PEP 442), the object lives on until the last ref.
import gc

graveyard = []

class Phoenix:
    deaths = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Phoenix.deaths += 1
        print(f"__del__ {self.name} (death {Phoenix.deaths})")
        graveyard.append(self)

p = Phoenix("plain")
del p
print("after del:", [x.name for x in graveyard])
graveyard.clear()
print("cleared graveyard, deaths:", Phoenix.deaths)

c = Phoenix("cyclic")
c.self = c
del c
print("collected:", gc.collect())
print("resurrected from cycle:", [x.name for x in graveyard])
r = graveyard.pop()
print("alive:", r.name, r.self is r)
del r
print("collect again:", gc.collect(), "deaths:", Phoenix.deaths)

class Chain:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def __del__(self):
        print("Chain __del__, next is", type(self.nxt).__name__)

head = Chain(Chain(Chain()))
del head
print("chain gone")

# functools.partialmethod: bound through the instance (a partial of the bound method), through the class
# (an unbound function), over classmethod and staticmethod, nested, its repr and errors.
from functools import partialmethod, partial
class Cell:
    def __init__(self): self._alive = False
    @property
    def alive(self): return self._alive
    def set_state(self, state, *, loud=False):
        self._alive = bool(state)
        if loud: print("state", state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, loud=True)
    @classmethod
    def make(cls, n, m): return (cls.__name__, n, m)
    make2 = partialmethod(make, 2)
    sm = partialmethod(staticmethod(lambda a, b: a - b), 10)
    both = partialmethod(partialmethod(set_state, 1), loud=True)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
print(Cell.make2(5), c.make2(6), c.sm(3), Cell.sm(4))
print(type(c.set_alive).__name__, c.set_alive.func.__name__, c.set_alive.args, c.set_alive.keywords)
print(repr(Cell.__dict__["set_dead"]).split(" at ")[0], Cell.set_alive.__name__)
Cell.set_alive(c); print(c.alive)
c.both(); print(Cell.__dict__["both"].args, Cell.__dict__["both"].keywords)
try: partialmethod(5)
except TypeError as e: print(e)
try: c.set_alive(1)
except TypeError as e: print(e)
print(type(partialmethod.__isabstractmethod__).__name__, Cell.__dict__["sm"].__isabstractmethod__)

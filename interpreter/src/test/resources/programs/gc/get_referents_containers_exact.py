# gc.get_referents of nested containers counts only direct referents; atoms appear too, in container order.
import gc

inner = [1, 2]
outer = [inner, "s", 3.5, None, inner]
print(len(gc.get_referents(outer)), [type(x).__name__ for x in gc.get_referents(outer)])
d = {"a": inner, "b": (1, 2)}
print([type(x).__name__ for x in gc.get_referents(d)])
print(sorted(type(x).__name__ for x in gc.get_referents(outer, d)))
print(gc.get_referents())
print(gc.get_referents(1, "x", None))
s = {frozenset([1]), (2,)}
print(sorted(type(x).__name__ for x in gc.get_referents(s)))
class C:
    pass
c = C()
c.x = inner
print([type(x).__name__ for x in gc.get_referents(c)])
print([type(x).__name__ for x in gc.get_referents(c.__dict__)])
print([x is C for x in gc.get_referents(c)])

# gc.get_referents: what an object's traverse visits. A list visits its items last to first, a
# dict its keys and values, a tuple its items; atoms visit nothing.
import gc

inner = (3,)
print(gc.get_referents([1, "two", inner]))
print(sorted(map(repr, gc.get_referents({"k": "v", "n": 5}))))
print(gc.get_referents((1, 2, 3)))
print(gc.get_referents(42), gc.get_referents("s"))
print(len(gc.get_referents([1], (2,), {3: 4})))

class P:
    pass

p = P()
p.a = "alpha"
p.b = [1]
print(sorted(type(r).__name__ for r in gc.get_referents(p)))

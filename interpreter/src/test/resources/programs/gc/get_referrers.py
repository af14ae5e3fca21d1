# gc.get_referrers: the tracked containers that refer to the object (the module's globals dict
# among them for a global).
import gc

class Holder:
    pass

x = []
holder = {"k": x}
L = [x, x]
h = Holder()
h.attr = x
refs = gc.get_referrers(x)
print(sorted(type(r).__name__ for r in refs))
print("holder dict:", any(r is holder for r in refs))
print("list (once, though it holds x twice):", sum(1 for r in refs if r is L))
print("module globals:", any(r is globals() for r in refs))
print("instance:", any(r is h for r in refs))
print("an int made at run time has none:", gc.get_referrers(int("987654321")))

# gc.get_referents and get_referrers on tiny graphs: what each container reports.
import gc

a = [1, "two", 3.0]
print("list referents:", gc.get_referents(a))
t = (a, None)
print("tuple referents:", [type(x).__name__ for x in gc.get_referents(t)])
d = {"k": a, 5: "v"}
print("dict referents:", gc.get_referents(d))
s = {1, 2}
print("set referents:", sorted(gc.get_referents(s)))

class Thing:
    def __init__(self):
        self.x = [0]

th = Thing()
refs = gc.get_referents(th)
print("instance referents:", [type(r).__name__ for r in refs])
print("instance's dict among them:", th.__dict__ in refs, Thing in refs)

class Slotted:
    __slots__ = ("p", "q")

sl = Slotted()
sl.p = a
print("slotted referents:", [type(r).__name__ for r in gc.get_referents(sl)])

def closure():
    v = a
    return lambda: v

fn = closure()
print("cell referents:", gc.get_referents(fn.__closure__[0]) == [a])
print("referrers of a:", sorted(type(r).__name__ for r in gc.get_referrers(a) if r is not globals()))
print("referrers of a include module dict:", any(r is globals() for r in gc.get_referrers(a)))
print("multiple args:", len(gc.get_referents(a, t)))
print("int has no referents:", gc.get_referents(42))
print("str has no referents:", gc.get_referents("abc"))
bound = th.__init__
print("method referents:", [type(r).__name__ for r in gc.get_referents(bound)])
gen = (i for i in a)
print("generator referents:", [type(r).__name__ for r in gc.get_referents(gen)])

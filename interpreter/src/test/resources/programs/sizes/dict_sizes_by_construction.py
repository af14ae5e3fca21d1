# sys.getsizeof of dicts made each way with the same 10 str keys, as dictobject.c sizes them: a
# display and a comprehension grow by insertion, dict(list of pairs) too, dict.fromkeys presizes
# from the length of a dict or set argument, copy() of a compact dict copies the key table as it
# is, dict(**kw), dict(zip) and `|` end where insertion does; with 1000 keys fromkeys over a set
# presizes a larger table than insertion reaches, and an int-keyed table costs more per entry
# than a str-keyed one; an instance __dict__ made from shared keys is larger than its dict() copy
# (the same size through copy()).
import sys

keys = [f"k{i}" for i in range(10)]
pairs = [(k, None) for k in keys]
base = dict(pairs)


def show(label, d):
    print(f"{label:30} len={len(d):4} size={sys.getsizeof(d)}")


show("dict(list of pairs)", dict(pairs))
show("comprehension", {k: None for k in keys})
show("dict.fromkeys(list)", dict.fromkeys(keys))
show("dict.fromkeys(dict)", dict.fromkeys(base))
show("dict.fromkeys(set)", dict.fromkeys(set(keys)))
show("copy()", base.copy())
show("dict(d)", dict(base))
show("dict(**d)", dict(**base))
show("dict(zip)", dict(zip(keys, [None] * 10)))
show("{**d}", {**base})
show("d | {}", base | {})
show("{} | d", {} | base)
upd = {}
upd.update(base)
show("{}.update(d)", upd)
show("display of 10", {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9})

big = [f"key{i}" for i in range(1000)]
show("fromkeys(list of 1000)", dict.fromkeys(big))
show("fromkeys(set of 1000)", dict.fromkeys(set(big)))
show("fromkeys(dict of 1000)", dict.fromkeys(dict.fromkeys(big)))
show("comprehension of 1000", {k: None for k in big})
ints = dict.fromkeys(range(1000))
show("int keys, fromkeys(range)", ints)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
show("instance __dict__ (shared keys)", p.__dict__)
show("dict(vars(p))", dict(vars(p)))
show("vars(p).copy()", vars(p).copy())

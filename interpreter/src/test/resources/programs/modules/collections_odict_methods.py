# fromkeys, setdefault, pop (with and without a default), popitem from either end, update in
# all its forms; the argument errors are Argument Clinic's.
from collections import OrderedDict

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(OrderedDict.fromkeys("cab"), OrderedDict.fromkeys([1, 2], "v"), OrderedDict.fromkeys(iterable="xy", value=0))
o = OrderedDict(a=1)
print(o.setdefault("a", 5), o.setdefault("b"), o.setdefault("c", 3), o.setdefault(key="d", default=4), o)
print(o.pop("b"), o.pop("zz", None), o.pop(key="c"), o.pop("d", default=9), o)
t(lambda: o.pop("zz"))
o.update(x=1, y=2, z=3)
print(o.popitem(), o.popitem(last=False), o.popitem(False), o)
t(lambda: OrderedDict().popitem(last=False))
o = OrderedDict()
o.update({"a": 1}, b=2)
o.update([("c", 3)])
o.update(OrderedDict(d=4))
o.update(dict(e=5).items())
class Keys:
    def keys(self):
        return ["f", "g"]
    def __getitem__(self, k):
        return k * 2
o.update(Keys())
print(o)
t(lambda: o.pop())
t(lambda: o.pop("a", 1, 2))
t(lambda: o.popitem(1, 2))
t(lambda: o.popitem(lst=1))
t(lambda: o.setdefault())
t(lambda: o.update(1, 2))
t(lambda: o.update(1))
t(lambda: o.update([(1,)]))
t(lambda: o.update([()]))
t(lambda: o.update([(1, 2, 3)]))
t(lambda: o.update([1]))
t(lambda: OrderedDict(1, 2))
t(lambda: OrderedDict.fromkeys())
t(lambda: OrderedDict.fromkeys("ab", 1, 2))
t(lambda: o.copy(1))
t(lambda: o.keys(1))
t(lambda: o.pop("a", key="a"))

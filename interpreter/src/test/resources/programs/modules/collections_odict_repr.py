# OrderedDict's repr in 3.11: the list of pairs, "OrderedDict()" when empty, "..." for itself,
# a subclass under its own name (built from its items()).
from collections import OrderedDict

print(repr(OrderedDict()), repr(OrderedDict([("a", 1)])))
print(str(OrderedDict(b=[1, 2], c=(3,))))
od = OrderedDict(x=1)
od["me"] = od
print(od)
inner = OrderedDict(k="v")
print(OrderedDict(outer=inner), [OrderedDict()])

class Sub(OrderedDict):
    pass

print(Sub(), Sub(a=1), repr(Sub([(1, 2)])))

class Items(OrderedDict):
    def items(self):
        return [("from", "items()")]

print(Items(a=1), repr(Items()))

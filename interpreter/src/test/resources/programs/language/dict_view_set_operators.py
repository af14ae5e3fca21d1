# The set operators of dict views as dictobject.c's dictviews_sub/_or/_xor and _PyDictView_Intersect make
# them: the left operand made a set (a keys view's dict goes in as a dict, sizing the table), then
# the set's in-place method; & iterates the smaller operand, or lets a larger exact set do it; reflected
# operands, OrderedDict's views, the items views and the errors. (Set iteration order shows the tables.)
d = {'apples': 10, 'bananas': 12, 'grapes': 7, 'figs': 1, 'new': 0}
e = {'figs': 2, 'kiwi': 3, 'apples': 1, 'x': 0, 'y': 1, 'z': 2, 'w': 9}
k = d.keys()
for r in (k - {"new"}, k | {"a", "b"}, k ^ {"figs", "zz"}, k & set(("figs", "new", "q")), k & {"figs"},
          {"figs", "a"} - k, ["new", "x", "apples"] - k, {"q", "figs"} | k, {"a"} ^ k,
          k & e.keys(), e.keys() & k, k - e.keys(), e.keys() | k, k ^ e.keys(), d.items() & e.items(),
          d.items() - {("figs", 1)}, k & ["figs", "apples", "nope", "figs"], ["figs", "grapes"] & k,
          d.items() | e.items(), d.items() ^ e.items()):
    print(r)
try:
    k - 5
except TypeError as e:
    print(e)
try:
    k & 5
except TypeError as e:
    print(e)
import collections
o = collections.OrderedDict(a=1, b=2, c=3)
d2 = {"b": 0, "x": 1}
print(o.keys() & d2.keys(), o.keys() - {"a"}, {"c", "z"} & o.keys(), o.items() | {1}, o.keys() ^ d2.keys())

# Which iterators let go of their sequence once exhausted (list, tuple, str,
# dict, set, reversed) and which keep their arguments until they are freed
# (map, zip, enumerate, filter), read with sys.getrefcount before and after.
import sys

def show(label, obj):
    print(f"{label:<28} {sys.getrefcount(obj)}")

data = [10, 20, 30]
tup = (1, 2, 3, 'x')
text = "hello world"
d = {'a': 1, 'b': 2}
s = {1, 2, 3}

for name, obj, make in [
    ("list", data, iter),
    ("tuple", tup, iter),
    ("str", text, iter),
    ("dict", d, iter),
    ("dict.values", d, lambda o: iter(o.values())),
    ("dict.items", d, lambda o: iter(o.items())),
    ("set", s, iter),
    ("reversed(list)", data, reversed),
    ("map", data, lambda o: map(str, o)),
    ("zip", data, lambda o: zip(o, o)),
    ("enumerate", data, enumerate),
    ("filter", data, lambda o: filter(None, o)),
]:
    show(name + " before", obj)
    it = make(obj)
    show(name + " created", obj)
    consumed = list(it)
    show(name + " exhausted", obj)
    del it, consumed
    show(name + " freed", obj)
    print()

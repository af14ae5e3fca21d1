# defaultdict and OrderedDict inherit dict's slots: __hash__ is None, hash() names the type, and
# len/in/bool/[] and the length hint are the dict's.
import operator
from collections import OrderedDict, defaultdict

for d in (defaultdict(int, a=1), OrderedDict(a=1)):
    t = type(d)
    print(t.__name__, t.__hash__ is None, len(d), "a" in d, bool(d), d["a"], operator.length_hint(d))
    try:
        hash(d)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {d: 1}
    except TypeError as e:
        print("TypeError:", e)

class D(defaultdict):
    pass
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
dd = defaultdict(list)
dd["x"].append(1)
print(operator.length_hint(iter(dd)), list(dd), not defaultdict())

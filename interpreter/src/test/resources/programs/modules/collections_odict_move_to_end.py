# move_to_end moves an existing key to either end (a no-op when it is there already); a missing
# key is a KeyError, an unhashable one a TypeError.
from collections import OrderedDict

o = OrderedDict.fromkeys("abcde")
o.move_to_end("b")
o.move_to_end("d", False)
o.move_to_end("d", last=False)
o.move_to_end("e", True)
o.move_to_end(key="c", last=0)
print("".join(o), list(o.items())[0])
for args in (("q",), ([],), ()):
    try:
        o.move_to_end(*args)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    OrderedDict().move_to_end("a", last=False)
except KeyError as e:
    print("KeyError", e)
o = OrderedDict()
for i in range(100):
    o[i] = i
for i in range(0, 100, 3):
    o.move_to_end(i, last=False)
print(list(o)[:5], list(o)[-3:], len(o))

# d[key] on a dict subclass calls the class's __missing__ for an absent key (dict_subscript); get(),
# `in` and a plain dict never do; dict.__getitem__ called unbound does too.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        return len(key)

d = Defaulting(a=1)
print(d["a"], d["four"], d.get("four"), "four" in d, len(d))
print(dict.__getitem__(d, "xy"))
try:
    {}["absent"]
except KeyError as e:
    print("KeyError", e)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + key)

try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)

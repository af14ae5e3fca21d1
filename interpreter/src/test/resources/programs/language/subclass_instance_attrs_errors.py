# Attribute errors on instances of built-in subclasses without any attribute yet.
class L(list): pass
x = L()
try:
    x.missing
except AttributeError as e:
    print(e)
try:
    del x.missing
except AttributeError as e:
    print(e)
print(getattr(x, "missing", "default"), hasattr(x, "missing"))
x.__dict__["a"] = 1
print(x.a, vars(x))
y = L([1])
y.__dict__ = {"b": 2}
print(y.b, vars(y))

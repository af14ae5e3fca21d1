# Instances of classes over list/bytearray/dict/str get their __dict__ on the first attribute set
# (a dict on the class's shared keys), not a values array: counts and sizes follow.
import gc, sys
class L(list): pass
class B(bytearray): pass
class D(dict): pass
class S(str): pass
class O: pass
for cls, arg in ((L, [1]), (B, b"ab"), (D, {}), (S, "s"), (O, None)):
    x = cls(arg) if arg is not None else cls()
    y = cls(arg) if arg is not None else cls()
    gc.collect()
    a = gc.get_count()[0]
    x.p = 1
    b = gc.get_count()[0]
    x.q = [2]
    c = gc.get_count()[0]
    d = y.__dict__
    e = gc.get_count()[0]
    print(cls.__name__, b - a, c - b, e - c, sys.getsizeof(x.__dict__), sys.getsizeof(d), len(gc.get_referents(x)))
    print(vars(x), d, x.p, hasattr(y, "p"))
    del x.p
    print(vars(x), sys.getsizeof(x.__dict__))
    y.z = 3
    print(vars(y), gc.is_tracked(d))

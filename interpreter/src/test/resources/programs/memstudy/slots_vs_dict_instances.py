# Memory study: __slots__ against __dict__ instances: sizes, attributes, errors.
import sys

class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
class S2(S):
    __slots__ = ("z",)
class D(S):
    pass

p, s = P(1, 2), S(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(s))
print(hasattr(s, "__dict__"), hasattr(p, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
s2 = S2(1, 2); s2.z = 9
print(s2.x, s2.y, s2.z, sys.getsizeof(s2))
d = D(1, 2); d.anything = 5
print(d.__dict__, sys.getsizeof(d))
print(S.x, type(S.x).__name__)
del s.x
try:
    print(s.x)
except AttributeError as e:
    print("AttributeError:", e)
print(S.__slots__, S2.__slots__)
objs_p = [P(i, i) for i in range(1000)]
objs_s = [S(i, i) for i in range(1000)]
tp = sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in objs_p)
ts = sum(sys.getsizeof(o) for o in objs_s)
print(tp, ts, round(tp / ts, 2))

# floats are never cached: every computation makes a new object, float(x) of
# an exact float hands x back, equal constants in one code object are one
# object, and a freed float's memory comes back from the free list.
import math

a = float("1.5")
b = float("1.5")
print("float('1.5') twice:", a is b, a == b)
print("float(a) is a:", float(a) is a)
class F(float): pass
f = F(2.5)
print("float(F(2.5)) is f:", float(f) is f, type(float(f)).__name__)
print("a + 0.0 is a:", a + 0.0 is a, "a * 1 is a:", a * 1 is a)
print("abs(a) is a:", abs(a) is a, "+a is a:", +a is a, "-(-a) is a:", -(-a) is a)
x = 3.25
y = 3.25
print("two equal constants in one code object:", x is y)
def other():
    return 3.25
print("constant in another code object:", other() is x, other() is other())
print("math.inf is math.inf:", math.inf is math.inf, "float('inf') twice:", float("inf") is float("inf"))
n1, n2 = float("nan"), float("nan")
print("nan == nan:", n1 == n2, "nan is nan:", n1 is n1, "[n1] == [n1]:", [n1] == [n1], "n1 in [n1]:", n1 in [n1])
print("round(a) type:", type(round(a)).__name__, "round(a, 1) is a:", round(a, 1) is a)
print("min(a, 2.0) is a:", min(a, 2.0) is a, "max([a]) is a:", max([a]) is a)
print("sum([a]) is a:", sum([a]) is a, "sum([a], 0.0) == a:", sum([a], 0.0) == a)
values = [0.5 * i for i in range(5)]
print("list of computed floats distinct:", len({id(v) for v in values}) == 5)
addr = id(a + 1.0)
again = a + 2.0
print("freed float's id reused at once:", id(again) == addr)
t = (1.0, 1.0)
print("tuple constant items shared:", t[0] is t[1])
u = [1.0, 1.0]
print("list display items shared:", u[0] is u[1])
print("complex parts:", (1.5 + 2j).real is (1.5 + 2j).real)
print("float.fromhex twice:", float.fromhex("0x1p-1") is float.fromhex("0x1p-1"))
print("int to float new:", float(7) is float(7))
print("str(a) equal, new:", str(a) == "1.5", str(a) is str(a))
print("repr of -0.0:", repr(-0.0), -0.0 is 0.0, -0.0 == 0.0)
d = {0.0: "zero"}
print("dict lookup -0.0:", d[-0.0], "key kept:", next(iter(d)) is not -0.0 and repr(next(iter(d))))

# BINARY_OP_ADD_UNICODE and its deoptimizations: `a + b` and `a += b` at sites that run often enough
# to specialize, on two exact strs, then on what the specialization must send back to the generic
# path (a str subclass on either side, with and without __add__/__radd__, a non-str right operand);
# PyUnicode_Concat's shortcuts for the empty str (the other operand itself when it is an exact str,
# an exact copy when it is a subclass), and the operands' reference counts after the concatenation.
import sys


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


class Sub(str):
    pass


class Radd(str):
    def __radd__(self, other):
        return "radd(" + str.__str__(other) + ", " + str.__str__(self) + ")"

    def __add__(self, other):
        return "add(" + str.__str__(self) + ", " + str(other) + ")"


words = ["alpha", "beta", "gamma", "delta"]
out = []
for i in range(40):
    out.append(add(words[i % 4], words[(i + 1) % 4]))
print(out[:5], len(out))

s = ""
for i in range(30):
    s += words[i % 4][0]
print(s, len(s))

t = "x" * 5
for i in range(20):
    r = add(t, "")
    q = add("", t)
print(r is t, q is t, r == t)
for i in range(20):
    r = iadd(t, "")
print(r is t)

sub = Sub("sub")
for i in range(20):
    r1 = add("", sub)
    r2 = add(sub, "")
    r3 = add("pre-", sub)
    r4 = add(sub, "-post")
print(type(r1).__name__, r1 is sub, r1 == sub)
print(type(r2).__name__, r2 is sub)
print(type(r3).__name__, r3, type(r4).__name__, r4)

rr = Radd("R")
print(add("left", rr), add(rr, "right"), iadd("left", rr))
print(add("", rr), add(rr, ""))

for bad in (1, 2.5, None, b"bytes", ["list"]):
    try:
        add("text", bad)
    except TypeError as e:
        print(type(bad).__name__, e)
    try:
        iadd("text", bad)
    except TypeError as e:
        print(type(bad).__name__, e)

print(add([1], [2]), add((1,), (2,)), add(1, 2), add(1.5, 2))

a = "one" * 3
b = "two" * 3
before = sys.getrefcount(a), sys.getrefcount(b)
for i in range(20):
    c = add(a, b)
print(sys.getrefcount(a) - before[0], sys.getrefcount(b) - before[1], sys.getrefcount(c))
for i in range(20):
    d = add(a, "")
print(sys.getrefcount(a) - before[0], d is a)

# isinstance-heavy code: an AST evaluator dispatching on node types, abstract base classes.
from numbers import Number
from collections.abc import Mapping, Sequence


class Node: pass
class Num(Node):
    def __init__(self, v): self.v = v
class Add(Node):
    def __init__(self, a, b): self.a, self.b = a, b
class Mul(Node):
    def __init__(self, a, b): self.a, self.b = a, b
class Neg(Node):
    def __init__(self, a): self.a = a


def ev(n):
    if isinstance(n, Num):
        return n.v
    if isinstance(n, Add):
        return ev(n.a) + ev(n.b)
    if isinstance(n, Mul):
        return ev(n.a) * ev(n.b) % 1000003
    if isinstance(n, Neg):
        return -ev(n.a)
    raise TypeError(n)


def build(d, k):
    if d == 0:
        return Num(k % 10)
    m = k % 3
    if m == 0:
        return Add(build(d - 1, k * 3 + 1), build(d - 1, k + 7))
    if m == 1:
        return Mul(build(d - 1, k + 2), build(d - 1, k * 5))
    return Neg(build(d - 1, k + 1))


def classify(x):
    if isinstance(x, bool):
        return 0
    if isinstance(x, (int, float)):
        return 1
    if isinstance(x, str):
        return 2
    if isinstance(x, Mapping):
        return 3
    if isinstance(x, Sequence):
        return 4
    if isinstance(x, Number):
        return 5
    return 6


tree = build(16, 1)
total = 0
for _ in range(10):
    total += ev(tree)
vals = [1, 2.0, "s", {}, [], (), True, None, 3j, b""] * 60000
for v in vals:
    total += classify(v)
print(total)

# Which comparisons list.sort makes: with keys of one type it calls that type's __lt__ directly (no
# reflected __gt__ first, NotImplemented then goes the general way), mixed keys go through the
# operator; tuples compare items with == until one differs
log = []

class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(('A.lt', self.v, other.v))
        return NotImplemented if self.v == 2 else self.v < other.v
    def __gt__(self, other):
        log.append(('A.gt', self.v, other.v))
        return self.v > other.v

class B(A):
    def __gt__(self, other):
        log.append(('B.gt', self.v, other.v))
        return self.v > other.v

data = [A(3), A(2), A(1), A(5), A(4)]
data.sort()
print([a.v for a in data])
print(log)

log.clear()
data = [A(3), B(1), A(2), B(4)]
data.sort()
print([a.v for a in data])
print(log)

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v
    def __lt__(self, other):
        log.append(('lt', self.v, other.v))
        return self.v < other.v
    __hash__ = object.__hash__

log.clear()
data = [(E(1), E(2)), (E(1), E(1)), (E(0), E(5))]
data.sort()
print([(x.v, y.v) for x, y in data])
print(log)

log.clear()
data = [(1, E(2)), (1, E(1)), (0, E(5)), (1,)]
data.sort()
print([len(t) for t in data])
print(log)

log.clear()
e = E(1)
data = [(e, 2), (e, 1)]
data.sort()
print([t[1] for t in data], log)

# __lt__ returning something other than a bool: its truth decides
class T:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else ''
print([t.v for t in sorted([T(2), T(3), T(1)])])

# bool subclasses of int, int subclasses and floats mixed
class I(int):
    pass
print(sorted([3, I(1), 2.5, True, -1]))
print(sorted(['b', 'a', 'ä', 'aa', '']), sorted([2**70, -2**65, 3, 0]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), ()]))
print(sorted([[2], [1, 2], [1]]), sorted([3.5, float('inf'), -0.0, 0.0, -1e300]))

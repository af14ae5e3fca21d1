# list(iterable) preallocates from len() or __length_hint__: exactly for a
# sized iterable, from the hint for an iterator (too small or too big), and by
# append's over-allocation for a generator; the sizes show which path ran.
import sys

class Hinted:
    def __init__(self, n, hint):
        self.n, self.hint, self.i = n, hint, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        return self.hint

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter(range(self.n))

def gen(n):
    yield from range(n)

print(f"{'n':>4} {'range':>6} {'gen':>6} {'listcomp':>8} {'hint=n':>7} {'hint=0':>7} {'hint=2n':>8} {'sized':>6} {'map':>6}")
for n in (0, 1, 5, 9, 17, 33, 100):
    row = [
        sys.getsizeof(list(range(n))),
        sys.getsizeof(list(gen(n))),
        sys.getsizeof([x for x in range(n)]),
        sys.getsizeof(list(Hinted(n, n))),
        sys.getsizeof(list(Hinted(n, 0))),
        sys.getsizeof(list(Hinted(n, 2 * n))),
        sys.getsizeof(list(Sized(n))),
        sys.getsizeof(list(map(abs, range(n)))),
    ]
    print(f"{n:>4} " + " ".join(f"{v:>6}" for v in row))

l = []
l.extend(Hinted(10, 50))
print("extend with hint 50:", len(l), sys.getsizeof(l))
l = [0]
l.extend(range(10))
print("extend range 10:", sys.getsizeof(l))
l = [0]
l += gen(10)
print("+= generator:", sys.getsizeof(l))
print("tuple(gen)", sys.getsizeof(tuple(gen(10))), "tuple(range)", sys.getsizeof(tuple(range(10))))
class BadHint(Hinted):
    def __length_hint__(self):
        return -1
try:
    list(BadHint(3, 0))
except ValueError as e:
    print("ValueError:", e)
class NotIntHint(Hinted):
    def __length_hint__(self):
        return "3"
try:
    list(NotIntHint(3, 0))
except TypeError as e:
    print("TypeError:", e)
class NotImplHint(Hinted):
    def __length_hint__(self):
        return NotImplemented
print("NotImplemented hint:", list(NotImplHint(3, 0)), sys.getsizeof(list(NotImplHint(3, 0))))
import operator
print("operator.length_hint", operator.length_hint(Hinted(3, 7)), operator.length_hint(gen(3), 42),
      operator.length_hint(iter([1, 2, 3])), operator.length_hint(reversed(range(9))))

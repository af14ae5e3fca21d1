# iterator protocols: __iter__ returning self, __getitem__ sequences iterated by index, iter(callable, sentinel), exhausted iterators, __length_hint__, __reversed__
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 7 in Squares(), list(reversed(list(Squares()))))
try:
    reversed(Squares())
except TypeError as e:
    print(e)

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError
        return "abc"[i]
print(list(reversed(Seq())), list(enumerate(Seq(), 1)))

class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
    def __length_hint__(self): return self.n
r = Range2(4)
print(list(r), list(reversed(r)), sum(r), max(r), sorted(r, reverse=True))
import operator
print(operator.length_hint(r), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 7))

import io
lines = io.StringIO("a\nb\n\nc\n")
print(list(iter(lines.readline, "\n")))
vals = iter([1, 2, 0, 3])
print(list(iter(lambda: next(vals), 0)))

class BadIter:
    def __iter__(self): return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    for _ in NoNext(): pass
except TypeError as e:
    print(e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str, range(3))
print(next(m), list(m))
gen = (x * x for x in range(4))
print(3 in gen, list(gen))
d = {"a": 1, "b": 2}
it = iter(d)
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print(e)
class Both:
    def __init__(self): self.data = [1, 2, 3]
    def __iter__(self): return iter(self.data)
    def __contains__(self, x):
        print("contains", x)
        return False
print(2 in Both(), list(Both()))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(*Countdown(2), sep="|")
print(dict(zip("abc", Countdown(3))), set(Countdown(2)))

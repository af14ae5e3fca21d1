# weakref.proxy forwards operators and attribute access, and raises ReferenceError once its referent dies.
import weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
    def __iter__(self):
        return iter(self.xs)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
    def __call__(self, k):
        return self.xs[k] * 10

v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(len(p), p[1], list(p), p(2))
print(p + Vec(1, 1, 1))
print(str(p), type(p).__name__)
print(repr(p).startswith("<weakproxy at"))
p.extra = 5
print(v.extra)
print(isinstance(p, Vec), p.__class__ is Vec)
del v
for action in (lambda: p.xs, lambda: len(p), lambda: p[0], lambda: str(p), lambda: p + p, lambda: p(0)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    hash(weakref.proxy(Vec()))
except TypeError as e:
    print("TypeError:", e)
print(bool(p) if False else "bool skipped")

# functools.total_ordering filling in the comparisons, rich comparison reflection, and sorting
# with the comparisons a class defines.
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a <= Version("1.2"), a >= Version("1.2"))
print(sorted(Version.__dict__.keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print(f"  Rev.__gt__({self.v}, {other})")
        return self.v > other


print(3 < Rev(5))
print(Rev(1) > 0)


class Both:
    def __lt__(self, other):
        print("  Both.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print("  Both.__gt__")
        return NotImplemented


try:
    Both() < Both()
except TypeError as e:
    print("TypeError:", e)


class Sub(Version):
    def __lt__(self, other):
        print("  Sub.__lt__ first")
        return super().__lt__(other)


print(Version("1.0") > Sub("0.5"))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

# Attribute names that are instances of a str subclass: getattr/setattr/hasattr/delattr find and
# store instance attributes kept in a class's shared-key values (and in a materialized __dict__)
# as with plain strs, and a subclass overriding __eq__/__hash__ still names the same attribute.
class S(str):
    pass


class H(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == other


class C:
    pass


c = C()
c.x = 1
print(getattr(c, S("x")), hasattr(c, S("y")), getattr(c, S("y"), "default"))
setattr(c, S("y"), 2)
print(c.y, getattr(c, S("y")), sorted(vars(c)))
delattr(c, S("x"))
print(vars(c))
try:
    delattr(c, S("x"))
except AttributeError as e:
    print("AttributeError:", e)
d = C()
d.a = 5
print(getattr(d, H("a")), hasattr(d, H("b")))
setattr(d, H("b"), 6)
print(sorted(vars(d)), d.b)


# yield from an iterator class: the value its StopIteration carries is the result
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done at zero")
        self.n -= 1
        return self.n


def delegate():
    result = yield from Countdown(3)
    yield ("result", result)
    result = yield from iter([7, 8])
    yield ("list result", result)


print(list(delegate()))

# repr of instances of subclasses of the built-in containers and values: set and frozenset
# subclasses name their class (set_repr uses tp_name unless the type is set), the others print
# as their base does (bytearray names its class too); a set met again while it is being
# represented prints as NAME(...).
import collections


class S(set):
    pass


class F(frozenset):
    pass


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


class I(int):
    pass


class St(str):
    pass


class Fl(float):
    pass


class C(complex):
    pass


for x in [S({1, 2}), S(), F({1}), F(), frozenset(), frozenset({3}), set(), {4},
          D(a=1), D(), L([1]), L(), T((1,)), T(), B(b"x"), BA(b"x"), BA(),
          I(3), St("s"), Fl(1.5), C(1j)]:
    print(repr(x), str(x))

seen = []


class Back:
    """An element whose repr shows the set that holds it."""

    def __repr__(self):
        return "Back" + repr(seen[0])

    def __hash__(self):
        return 1


for container in (set(), S(), frozenset(), F()):
    seen[:] = [type(container)([Back()])]
    print(repr(seen[0]))


class DD(collections.defaultdict):
    pass


class DQ(collections.deque):
    pass


class Cn(collections.Counter):
    pass


print(repr(DD(list, a=1)), repr(DQ([1])), repr(Cn("ab")))

# Values of an int subclass used where ints are expected: as indexes,
# slice bounds, repeat counts, hash results and sizes; arithmetic hands back
# exact ints, operator.index and int() convert, and the small-int cache
# only ever holds exact ints.
import operator
import sys

class Port(int):
    def __repr__(self):
        return f"Port({int(self)})"

p = Port(5)
print("type of p + 0:", type(p + 0).__name__, "of -p:", type(-p).__name__, "of +p:", type(+p).__name__)
print("p + 0 is 5:", p + 0 is 5, "int(p) is 5:", int(p) is 5, "p is 5:", p is 5)
print("operator.index(p):", type(operator.index(p)).__name__, "p.__index__():", type(p.__index__()).__name__)
print("as index:", [10, 20, 30, 40, 50, 60][p], "as slice bounds:", "abcdefgh"[Port(2):Port(4)], (1, 2, 3, 4)[Port(1):])
print("as repeat count:", "ab" * Port(2), b"x" * Port(3), [0] * Port(2))
print("as bytearray items:", bytearray([Port(65), Port(66)]))
print("as str.find start:", "banana".find("a", Port(2)), "range:", list(range(Port(3))))

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return Port(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v

k = Key(7)
print("hash via an int subclass:", hash(k), type(hash(k)).__name__)
d = {k: "seven"}
print("dict lookup:", d[Key(7)], Key(7) in {k})

class Sized:
    def __len__(self):
        return Port(3)
    def __sizeof__(self):
        return Port(40)
print("len via subclass:", len(Sized()), type(len(Sized())).__name__)
print("getsizeof via subclass:", sys.getsizeof(Sized()) - 40 >= 0)
print("bool of Port(0):", bool(Port(0)), "round:", type(round(p)).__name__, "abs:", type(abs(Port(-3))).__name__)
print("format:", f"{p:>4}|", format(p, "x"), "%d" % p, str(p), repr(p))
print("divmod:", divmod(Port(17), 5), type(divmod(Port(17), 5)[0]).__name__)
print("true is 1:", True + 0 is 1, "bool subclass of int:", isinstance(True, int))

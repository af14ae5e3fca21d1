# Sequence patterns: which types are sequences (Py_TPFLAGS_SEQUENCE), fixed length, star captures,
# nested patterns; str, bytes and bytearray are never matched as sequences.
import collections
import collections.abc


def label(o):
    r = repr(o)
    return f"<{type(o).__name__}>" if " at 0x" in r else r


def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case [*_, "end"]:
            return "ends with 'end'"
        case [_, _, *rest]:
            return f"long, rest is a {type(rest).__name__} of {len(rest)}"
        case _:
            return "not a sequence"


class MyList(list):
    pass


class NotASequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


Pair = collections.namedtuple("Pair", "left right")

for s in [[], (), [1], (1,), [1, 2], (1, 2), range(3), range(10), [1, 2, 3, 4, 5, 6], ["a", "b", "c", "d", "e", "end"],
          collections.deque([1, 2]), MyList([7, 8]), Pair(1, 2), "ab", b"ab", bytearray(b"ab"), "", {1: 2},
          {1, 2}, iter([1, 2]), NotASequence(), 5]:
    print(label(s), "->", shape(s))


def nested(s):
    match s:
        case [(a, b), [c, *d]]:
            return f"a={a} b={b} c={c} d={d}"
        case [[*inner], *outer]:
            return f"inner={inner} outer={outer}"
        case _:
            return "no"


print(nested([(1, 2), [3, 4, 5]]))
print(nested(((1, 2), (3,))))
print(nested([[1, 2], 3, 4]))
print(nested([[], ()]))
print(nested([1]))

# star in the middle or at the start
match [1, 2, 3, 4]:
    case [*head, 3, 4]:
        print("head", head)
match (1, 2, 3, 4):
    case (1, *tail):
        print("tail", tail, type(tail).__name__)

# a sequence's length is asked once and items by index
class Loud(collections.abc.Sequence):
    def __len__(self):
        print("len")
        return 3

    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


match Loud():
    case [a, b, c]:
        print("matched", a, b, c)
match Loud():
    case [a, *rest]:
        print("star", a, rest)

# sys.getrefcount inside `match`: CPython 3.11 copies the subject for each case's test and pops
# it before the body runs (no extra reference in a body), a capture pattern binds the subject or a
# part of it (one more for the name), a sequence pattern unpacks the items into names, a mapping
# pattern binds values and `**rest` builds a new dict that holds the others, a class pattern
# reads attributes into names, a failed guard leaves its case's names bound, a star pattern
# builds a new list; once the names are deleted every count is back.
import sys


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def rc(obj):
    # getrefcount's argument and this function's parameter: two more than the caller sees
    return sys.getrefcount(obj) - 2


payload = object()
subject = [payload, payload]
print("before:", rc(subject), rc(payload))

match subject:
    case []:
        print("empty")
    case [first, second]:
        print("sequence case: subject", rc(subject), "payload", rc(payload), first is second)
del first, second
print("after sequence:", rc(subject), rc(payload))

match subject:
    case whole:
        print("capture case: subject", rc(subject), whole is subject)
del whole
print("after capture:", rc(subject))

mapping = {"kind": "move", "to": payload, "extra": payload}
match mapping:
    case {"kind": "move", "to": target, **rest}:
        print("mapping case: payload", rc(payload), "rest", sorted(rest), rest["extra"] is payload)
del target, rest
print("after mapping:", rc(payload), rc(mapping))

p = Point(payload, 2)
match p:
    case Point(x=px, y=2):
        print("class case: payload", rc(payload), "point", rc(p), px is payload)
    case _:
        print("no match")
del px
print("after class:", rc(payload), rc(p))

# a guard that fails still binds the names of its case
match subject:
    case [a, b] if a is not b:
        print("guard passed")
    case _:
        print("guard failed, a bound:", rc(payload), a is payload)
del a, b
print("after guard:", rc(payload))

# star patterns collect the middle into a new list
items = [payload, 1, 2, 3, payload]
match items:
    case [head, *middle, tail]:
        print("star case: payload", rc(payload), "middle", middle, head is tail)
del head, middle, tail
print("after star:", rc(payload), rc(items))


def classify(value):
    match value:
        case (int() | float()) as number if number > 0:
            return "positive", rc(value)
        case str() as text:
            return "text", rc(text)
        case _:
            return "other", rc(value)


big = 10 ** 30
word = "".join(["sub", "ject"])
print(classify(big), rc(big))
print(classify(word), rc(word))
print(classify(None)[0])

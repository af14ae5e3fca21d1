# match statements: literal, capture, wildcard, value (dotted name), or, as and guard patterns.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Limits:
    LOW = 10
    HIGH = 100


def classify(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case True:
            return "True (by identity)"
        case False:
            return "False (by identity)"
        case Color.RED:
            return "red"
        case Limits.LOW | Limits.HIGH as bound:
            return f"a limit {bound}"
        case int(n) if n < 0:
            return f"negative {n}"
        case str(s) if len(s) > 3:
            return f"long string {s!r}"
        case other if other == 7.0:
            return f"equal to seven: {other!r}"
        case _:
            return f"no case for {value!r}"


for v in [0, 1, 2, 3, -1, 1.5, 2j, "ab", b"raw", None, True, False, 1.0, 0.0, Color.RED, Color.GREEN,
          10, 100, 50, -5, "long one", "abc", 7, 7.0, object]:
    print(repr(v), "->", classify(v))

# a capture binds the name even in the enclosing function after the statement
def capture_scope(x):
    match x:
        case [a, b]:
            pass
        case whole:
            pass
    return sorted(k for k in locals() if k != "x")


print(capture_scope([1, 2]))
print(capture_scope(5))

# guards see the bindings and run only when the pattern matched
def guarded(x):
    calls = []

    def check(n):
        calls.append(n)
        return n > 1

    match x:
        case (n, _) if check(n):
            result = "first guard"
        case (_, n) if check(n):
            result = "second guard"
        case _:
            result = "none"
    return result, calls


print(guarded((5, 0)))
print(guarded((0, 5)))
print(guarded((0, 0)))
print(guarded("xy"))

# the subject is evaluated once
def subject():
    print("subject evaluated")
    return 3


match subject():
    case 1:
        print("one")
    case 3:
        print("three")

# no case matching is not an error
match 42:
    case 1:
        print("unreachable")
print("after an unmatched match")

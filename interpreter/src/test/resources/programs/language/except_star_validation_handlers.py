# except*: handlers per type, re-raise of the unhandled rest, nested groups, notes, the final group's shape
import traceback

class ValidationError(Exception):
    pass

class NetworkError(OSError):
    pass

def validate(items):
    errs = []
    for i, item in enumerate(items):
        if not isinstance(item, int):
            e = TypeError(f"item {i} is {type(item).__name__}")
            e.add_note(f"while validating index {i}")
            errs.append(e)
        elif item < 0:
            errs.append(ValueError(f"item {i} negative"))
        elif item > 100:
            errs.append(ValidationError(f"item {i} too large"))
    if errs:
        raise ExceptionGroup("validation failed", errs)

def fetch():
    raise ExceptionGroup("fetch", [NetworkError(5, "io failure"), ExceptionGroup("inner", [TimeoutError("slow"), KeyError("k")])])

for data in ([1, "a", -2, 500, None], [1, 2], [-1]):
    try:
        validate(data)
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
    except* (ValueError, ValidationError) as eg:
        print("values:", repr(eg))
    else:
        print("valid", data)

try:
    try:
        fetch()
    except* OSError as eg:
        print("os errors:", repr(eg))
        print("leaves:", [type(e).__name__ for e in eg.exceptions])
except* KeyError as rest:
    print("rest:", repr(rest))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("handler failed")
except Exception as e:
    print(type(e).__name__, repr(e))
    print("ctx:", repr(e.__context__) if not isinstance(e, ExceptionGroup) else [repr(x) for x in e.exceptions])

try:
    try:
        raise TypeError("bare")
    except* TypeError as eg:
        print("wrapped:", repr(eg))
        raise
except ExceptionGroup as eg:
    print("reraised naked ->", repr(eg))
except TypeError as e:
    print("reraised bare ->", repr(e))

eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [ValueError("b"), TypeError("c")])])
print("".join(traceback.format_exception(eg)).count("ValueError"))
match_, rest = eg.split(ValueError)
print(repr(match_))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))

# ExceptionGroup and except*: splitting, nesting, what escapes, and re-raising inside handlers.
def risky(i):
    if i % 3 == 0:
        raise ValueError(f"value {i}")
    if i % 3 == 1:
        raise TypeError(f"type {i}")
    raise KeyError(i)

def run_all(n):
    errors = []
    for i in range(n):
        try:
            risky(i)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)

try:
    run_all(6)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], repr(eg.message))
except* KeyError as eg:
    print("keys:", eg.exceptions)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("matched", repr(eg))
except ExceptionGroup as rest:
    print("rest", repr(rest))

try:
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("naked wrapped:", repr(eg))
        raise
except ExceptionGroup as eg:
    print("reraised", repr(eg))

eg = ExceptionGroup("m", [ValueError("a"), TypeError("b"), ValueError("c")])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: "b" in str(e)))
print(BaseExceptionGroup("base", [KeyboardInterrupt()]).__class__.__name__)
print(BaseExceptionGroup("ok", [ValueError()]).__class__.__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise TypeError("new in handler")
except ExceptionGroup as e:
    print("handler raised", repr(e), repr(e.exceptions[0].__context__))

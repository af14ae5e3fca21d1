# except*: splitting groups, nested groups, re-raising, notes, bare exceptions wrapped
import traceback

def raiser(excs, msg="grp"):
    raise ExceptionGroup(msg, excs)

try:
    raiser([ValueError(1), TypeError(2), ValueError(3), KeyError("k")])
except* ValueError as eg:
    print("values:", repr(eg), [e.args for e in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("type/key:", [type(e).__name__ for e in eg.exceptions])

# a naked exception raised in the try is wrapped in an ExceptionGroup with msg ''
try:
    raise OSError(2, "nope")
except* OSError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions)

# unhandled rest propagates
try:
    try:
        raiser([ValueError("a"), ZeroDivisionError("z")], "outer")
    except* ValueError:
        print("handled value")
except ExceptionGroup as rest:
    print("rest:", rest.message, rest.exceptions)

# nested groups keep structure when split
inner = ExceptionGroup("inner", [TypeError("t1"), ValueError("v1")])
try:
    raise ExceptionGroup("top", [inner, TypeError("t2")])
except* TypeError as eg:
    print("types tree:", eg)
    for e in eg.exceptions:
        print("  ", type(e).__name__, e)
except* ValueError as eg:
    print("values tree:", repr(eg))

# raising a new exception in a handler chains it with the group
try:
    try:
        raiser([ValueError("bad")])
    except* ValueError as eg:
        raise RuntimeError("converted") from eg
except RuntimeError as e:
    print("converted, cause:", repr(e.__cause__))

# re-raising with bare raise inside except* keeps the original
try:
    try:
        raiser([ValueError("x"), ValueError("y")], "again")
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("reraised same message:", eg.message, len(eg.exceptions))

# notes survive split
e1 = ValueError("noted")
e1.add_note("note one")
g = ExceptionGroup("with notes", [e1, KeyError(1)])
g.add_note("group note")
match_, rest = g.split(ValueError)
print(match_.__notes__, match_.exceptions[0].__notes__, rest.exceptions)

# derive in a subclass
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print(type(eg).__name__, eg.message)
except* TypeError as eg:
    print(type(eg).__name__, eg.message)

print("".join(traceback.format_exception_only(ExceptionGroup("eg", [ValueError(1)]))), end="")
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("empty:", e)
try:
    ExceptionGroup("x", [BaseException()])
except TypeError as e:
    print("base in ExceptionGroup:", e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)

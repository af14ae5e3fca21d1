# Exception notes, explicit and implicit chaining, __suppress_context__, and traceback.format_exception.
import traceback

class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        err = ConfigError(f"bad value {text!r}")
        err.add_note("hint: use digits only")
        err.add_note(f"while parsing {text}")
        raise err from e

try:
    parse("4x")
except ConfigError as e:
    print(type(e).__name__, e)
    print("notes", e.__notes__)
    print("cause", repr(e.__cause__), "suppress", e.__suppress_context__)
    print("context is cause", e.__context__ is e.__cause__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("during handling")

try:
    implicit()
except RuntimeError as e:
    print("implicit context", repr(e.__context__), e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("from None:", e.__suppress_context__, repr(e.__context__))
    lines = traceback.format_exception(e)
    print("lines", len(lines), lines[-1], end="")

try:
    e = Exception("x")
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)

e = ValueError("with notes")
e.__notes__ = ["a", "b"]
print(traceback.format_exception_only(ValueError, e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(ValueError, e))
try:
    raise KeyError("k") from ValueError("v")
except KeyError as k:
    out = traceback.format_exception(k)
    print([l.splitlines()[0] for l in out])

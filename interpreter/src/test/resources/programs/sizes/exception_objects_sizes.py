# sys.getsizeof of the objects an error leaves behind: BaseException and its subclasses with
# extra fields (OSError, SyntaxError, StopIteration, UnicodeDecodeError, ImportError, NameError,
# AttributeError in 3.11), exception groups, the args tuple, a traceback entry, a frame kept
# alive by a traceback, and what add_note and attributes add (a __dict__ made on demand: the
# object itself does not grow).
import sys


def show(label, obj):
    print(f"{label:28} {sys.getsizeof(obj)}")


show("BaseException()", BaseException())
show("Exception('x')", Exception("x"))
show("ValueError(1, 2, 3)", ValueError(1, 2, 3))
show("KeyError('k')", KeyError("k"))
show("OSError(2, 'x')", OSError(2, "x"))
show("FileNotFoundError", FileNotFoundError(2, "missing", "f.txt"))
show("SyntaxError('x')", SyntaxError("x"))
show("StopIteration(5)", StopIteration(5))
show("UnicodeDecodeError", UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"))
show("ImportError('x')", ImportError("x"))
show("NameError('x')", NameError("x"))
show("AttributeError('x')", AttributeError("x"))
show("SystemExit(1)", SystemExit(1))
show("ExceptionGroup", ExceptionGroup("g", [ValueError()]))
show("BaseExceptionGroup", BaseExceptionGroup("g", [KeyboardInterrupt()]))

e = ValueError("with note")
before = sys.getsizeof(e)
e.add_note("first note")
e.extra = 1
print("add_note and attribute change the size:", sys.getsizeof(e) != before)
print("__dict__ made on demand:", sorted(e.__dict__), sys.getsizeof(e.__dict__) > 0)
show("args tuple of 3", ValueError(1, 2, 3).args)


class MyError(Exception):
    pass


class SlotError(Exception):
    __slots__ = ("code",)


show("subclass instance", MyError("x"))
show("subclass with a slot", SlotError("x"))


def fail():
    local = [0] * 10
    raise RuntimeError("boom")


try:
    fail()
except RuntimeError as exc:
    tb = exc.__traceback__
    show("traceback entry", tb)
    show("innermost frame", tb.tb_next.tb_frame)
    print("traceback depth:", 1 + (tb.tb_next is not None))

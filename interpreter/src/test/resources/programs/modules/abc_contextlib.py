# abc abstract classes and registration; contextlib ExitStack, suppress, redirect_stdout, closing, contextmanager.
from abc import ABC, abstractmethod
import contextlib
import io

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0

print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Anything:
    pass
Shape.register(Anything)
print(issubclass(Anything, Shape), isinstance(Anything(), Shape), Anything.__mro__)

log = []
class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        log.append(f"open {self.name}")
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        return self
    def __exit__(self, *exc):
        log.append(f"close {self.name} exc={exc[0].__name__ if exc[0] else None}")
        return False

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    print([r.name for r in rs])
print(log); log.clear()
try:
    with contextlib.ExitStack() as stack:
        for n, f in [("x", False), ("y", True), ("z", False)]:
            stack.enter_context(Resource(n, f))
except RuntimeError as e:
    print("RuntimeError:", e, log)
log.clear()
with contextlib.ExitStack() as outer:
    outer.enter_context(Resource("kept"))
    moved = outer.pop_all()
print(log)
moved.close()
print(log)

with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
    print("not reached")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2)
    help_text = "inside"
print(repr(buf.getvalue()), help_text)
err = io.StringIO()
import sys
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e}")
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("body", t)
with tag("i"):
    raise ValueError("oops")
class Thing:
    def close(self):
        print("Thing closed")
with contextlib.closing(Thing()):
    print("using thing")
with contextlib.nullcontext(42) as v:
    print("null", v)
try:
    with tag("p"):
        raise KeyError("escapes")
except KeyError as e:
    print("KeyError:", e)

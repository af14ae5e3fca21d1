# contextlib: contextmanager, suppress, ExitStack callbacks and order, redirect_stdout, nullcontext, closing.
import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag saw", repr(e))
        raise
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise KeyError("x")
except KeyError:
    print("propagated")

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    names = [stack.enter_context(tag(f"s{i}")) for i in range(2)]
    print("entered", names)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("buffer:", repr(buf.getvalue()))

with contextlib.nullcontext(42) as v:
    print("nullcontext", v)

class Res:
    def close(self):
        print("Res closed")

with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False

@Timer()
def work(x):
    print("working", x)

work(1)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError:
        print("swallowed")

with swallow():
    raise ValueError
print("after swallow")

stack = contextlib.ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
stack.close()
print("moved")
moved.close()

@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

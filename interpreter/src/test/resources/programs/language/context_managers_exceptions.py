# context managers and exceptions: __exit__ return values, suppress, ExitStack ordering, contextmanager generator rules
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout, AbstractContextManager
import io

class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r}")
        return self.swallow

with Resource("a"), Resource("b", swallow=True):
    raise ValueError("inside")
print("after swallowed")
try:
    with Resource("outer"):
        with Resource("inner"):
            1 / 0
except ZeroDivisionError as e:
    print("caught", e)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"tag {name} handled KeyError {e}")
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("body", t)
with tag("div"):
    raise KeyError("k")
try:
    with tag("span"):
        raise TypeError("not handled")
except TypeError as e:
    print("propagated", e)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

with ExitStack() as stack:
    for n in range(3):
        stack.enter_context(Resource(f"r{n}"))
    stack.callback(print, "callback registered last runs first")
    print("stack body")

def failing_cb():
    raise ValueError("cb failed")
try:
    with ExitStack() as stack:
        stack.callback(print, "still runs")
        stack.callback(failing_cb)
except ValueError as e:
    print("from stack:", e)

class Conn:
    def close(self):
        print("conn closed")
with closing(Conn()):
    print("using conn")
with nullcontext(42) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))

class Plain(AbstractContextManager):
    def __exit__(self, *exc):
        print("plain exit")
with Plain() as p:
    print(type(p).__name__)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
def gen_in_with():
    with Resource("gen"):
        yield 1
        yield 2
g = gen_in_with()
print(next(g))
g.close()
print("done")

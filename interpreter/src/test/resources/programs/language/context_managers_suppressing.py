# context managers that suppress exceptions, contextlib.contextmanager/suppress/ExitStack
import contextlib
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}['k']
print("after", type(s).__name__)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)
def f():
    with Suppress(ValueError):
        return "returned"
print(f())
for i in range(3):
    with Suppress(Exception):
        if i == 1:
            continue
        print("body", i)
with contextlib.suppress(IndexError, KeyError):
    [][1]
print("suppressed")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except RuntimeError as e:
        print("caught in generator:", e)
    finally:
        print(f"</{name}>")
with tag("b") as n:
    print("inside", n)
with tag("i"):
    raise RuntimeError("boom")
print("continued")
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))
with contextlib.ExitStack() as stack:
    for name in "xyz":
        stack.callback(print, "closing", name)
    print("stack body")
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with Suppress(Exception), Suppress(Exception):
    raise OSError("two")

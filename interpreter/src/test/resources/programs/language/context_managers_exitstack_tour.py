# context managers: __exit__ suppression by truthy return, exceptions raised in __exit__ chaining, ExitStack callbacks order, contextmanager generator errors
import contextlib

class Tag:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, et, ev, tb):
        print(f"</{self.name}> exc={et.__name__ if et else None}")
        return self.suppress

with Tag("a"), Tag("b", suppress=True):
    raise ValueError("eaten by b")
print("after")

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

@contextlib.contextmanager
def managed(label):
    print("setup", label)
    try:
        yield label.upper()
    except ZeroDivisionError:
        print("handled zde in", label)
    finally:
        print("teardown", label)

with managed("x") as v:
    print("body", v)
    1 / 0
print("continued")

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def never():
    if False:
        yield
try:
    with never():
        pass
except RuntimeError as e:
    print(e)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(Tag("stacked"))
    print("inside stack")

def cleanup_all():
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: print("last cleanup"))
        stack.push(lambda *exc: print("push sees", exc[0].__name__) or True)
        raise IndexError("gone")
cleanup_all()
print("suppressed by push")

with contextlib.suppress(KeyError, IndexError):
    {}["k"]
print("suppress ok")
with contextlib.nullcontext(5) as n:
    print("nullcontext", n)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco"); return self
    def __exit__(self, *exc):
        print("exit deco"); return False
@Reusable()
def work(x):
    print("working", x)
    return x * 2
print(work(4))
try:
    with Tag("outer"):
        with Tag("inner", suppress=False):
            raise TypeError("through both")
except TypeError as e:
    print("caught", e)
cm = Tag("reuse")
with cm: pass
with cm: pass
try:
    with 42:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)

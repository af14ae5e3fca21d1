# Resource management with context managers as libraries write them: a class-based manager
# whose __exit__ suppresses selected errors, contextlib.contextmanager with cleanup on error and
# a generator that does not yield (RuntimeError), ExitStack for a variable number of resources
# with pop_all handing them over, suppress, redirect_stdout into StringIO, nullcontext,
# closing(), and a reentrant manager counting its depth.
import contextlib, io, sys

class Resource:
    opened = []
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print(f"  close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError

with Resource("a") as a, Resource("b") as b:
    print("inside", Resource.opened)
with Resource("c"):
    raise KeyError("swallowed")
print("after suppressed KeyError", Resource.opened)
try:
    with Resource("d"), Resource("e", fail=True):
        print("never")
except OSError as e:
    print("OSError:", e, Resource.opened)

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except ValueError as e:
        log.append(f"rollback {e}")
    finally:
        log.append("end")

log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise ValueError("bad row")
try:
    with transaction(log):
        raise TypeError("not handled")
except TypeError:
    log.append("TypeError escaped")
print(log)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

def open_all(names):
    with contextlib.ExitStack() as stack:
        res = [stack.enter_context(Resource(n)) for n in names]
        stack.callback(print, "  callback ran")
        return stack.pop_all(), res
stack, res = open_all(["x", "y"])
print("handed over", Resource.opened)
stack.close()
print("closed", Resource.opened)
try:
    open_all(["p", "q", "bad"])
except KeyError:
    pass
with contextlib.ExitStack() as stack:
    try:
        for n in ["m", "n"]:
            stack.enter_context(Resource(n, fail=(n == "n")))
    except OSError as e:
        print("partial:", e, Resource.opened)
print(Resource.opened)

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    help_text = sys.stdout is buf
print(repr(buf.getvalue()), help_text)
with contextlib.nullcontext("value") as v:
    print(v)
class Conn:
    def close(self):
        print("  Conn.close")
with contextlib.closing(Conn()) as c:
    print(type(c).__name__)

class Reentrant:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  enter depth", self.depth)
        return self
    def __exit__(self, *exc):
        print("  exit depth", self.depth)
        self.depth -= 1
r = Reentrant()
with r:
    with r:
        with r:
            pass
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

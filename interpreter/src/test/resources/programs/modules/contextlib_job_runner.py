# A job runner's resource handling with contextlib: ExitStack (callback, enter_context, push,
# pop_all, exceptions replaced in unwinding with their __context__), suppress, redirect_stdout/
# redirect_stderr, closing, nullcontext, chdir, contextmanager errors ("generator didn't yield",
# "generator didn't stop", exceptions re-raised or swallowed), ContextDecorator, AbstractContextManager.
import contextlib
import io
import os
import tempfile
from contextlib import ExitStack, suppress, redirect_stdout, redirect_stderr, contextmanager, closing, nullcontext

log = []
@contextmanager
def resource(name, fail_on_exit=False):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        log.append(f"close {name}")
        if fail_on_exit:
            raise RuntimeError(f"{name} close failed")
with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("db", "cache", "queue")]
    stack.callback(log.append, "callback ran")
    log.append(f"using {names}")
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(resource("a", fail_on_exit=True))
        stack.enter_context(resource("b"))
        raise ValueError("work failed")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
print(log)
log.clear()
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.enter_context(resource("kept"))
        moved = inner.pop_all()
    log.append("inner done")
    outer.push(moved)
print(log)
def exit_cb(exc_type, exc, tb):
    print("push callback saw", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as s:
    s.push(exit_cb)
    raise KeyError("swallowed")
print("after swallowed")
with resource("keyed") as r:
    raise KeyError("k")
print(log[-3:])
with suppress(FileNotFoundError, KeyError):
    {}["x"]
    print("not reached")
with suppress():
    pass
buf, ebuf = io.StringIO(), io.StringIO()
with redirect_stdout(buf), redirect_stderr(ebuf):
    print("to buffer")
    import sys
    print("to err", file=sys.stderr)
print(repr(buf.getvalue()), repr(ebuf.getvalue()))
class Conn:
    def close(self):
        print("Conn closed")
with closing(Conn()) as c:
    print(type(c).__name__)
with nullcontext(5) as v:
    print(v)
@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
for cm, body in [(no_yield, None), (two_yields, None), (reraise_other, ZeroDivisionError)]:
    try:
        with cm():
            if body:
                raise body("boom")
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)
@contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration("inside")
except StopIteration as e:
    print("StopIteration kept:", e)
class timed(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@timed()
def task(x):
    print("task", x)
    return x * 2
print(task(21))
with tempfile.TemporaryDirectory() as d:
    here = os.getcwd()
    with contextlib.chdir(d):
        print(os.path.samefile(os.getcwd(), d))
    print(os.getcwd() == here)
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with Res() as rr:
    print(type(rr).__name__, isinstance(rr, contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager))
try:
    with ExitStack() as s:
        s.callback(lambda: 1 / 0)
        s.callback(lambda: [][1])
except ZeroDivisionError as e:
    print("ZeroDivisionError with context", type(e.__context__).__name__)

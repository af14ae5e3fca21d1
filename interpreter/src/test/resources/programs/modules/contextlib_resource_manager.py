# Resource handling with contextlib: ExitStack with callbacks, enter_context and pop_all, suppress, redirect_stdout/redirect_stderr into StringIO, contextmanager generators that handle and re-raise, closing, nullcontext, ContextDecorator, chdir.
import contextlib
import io
import os
import sys
import tempfile

log = []

class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        log.append(f"open {self.name}")
        return self
    def __exit__(self, *exc):
        log.append(f"close {self.name} exc={exc[0].__name__ if exc[0] else None}")
        return False

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    @stack.push
    def on_exit(exc_type, exc, tb):
        log.append(f"pushed sees {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError
    raise KeyError("swallowed by the pushed exit")
print(log); log.clear()

def open_all(names):
    with contextlib.ExitStack() as stack:
        res = [stack.enter_context(Resource(n, fail=(n == "bad"))) for n in names]
        return stack.pop_all(), res
try:
    open_all(["x", "bad", "y"])
except OSError as e:
    print("OSError:", e, log); log.clear()
stack, res = open_all(["p", "q"])
print(log); stack.close(); print(log); log.clear()

with contextlib.suppress(FileNotFoundError, KeyError):
    os.remove("/definitely/not/here")
print("after suppress")
buf, ebuf = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(ebuf):
    print("captured line")
    print("captured error", file=sys.stderr)
    help(len)
print(repr(buf.getvalue().splitlines()[0]), repr(ebuf.getvalue()))

@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except ValueError as e:
        db.clear(); db.update(snapshot)
        print("rolled back:", e)
    except Exception:
        print("re-raising")
        raise
    else:
        print("committed", sorted(db.items()))
    finally:
        print("finally")

db = {"a": 1}
with transaction(db) as t:
    t["b"] = 2
with transaction(db) as t:
    t["c"] = 3
    raise ValueError("bad data")
print(db)
try:
    with transaction(db):
        raise TypeError("not handled")
except TypeError as e:
    print("caught outside:", e)

class Conn:
    def close(self): print("Conn.close called")
with contextlib.closing(Conn()):
    pass
with contextlib.nullcontext("value") as v:
    print(v)
class timed(contextlib.ContextDecorator):
    def __enter__(self): print("enter timed"); return self
    def __exit__(self, *a): print("exit timed"); return False
@timed()
def work(): print("working"); return 7
print(work())
with tempfile.TemporaryDirectory() as d:
    before = os.getcwd()
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == before)
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
with two_yields():
    pass

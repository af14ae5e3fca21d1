# Resource handling with contextlib: ExitStack managing several files and callbacks in LIFO
# order, pop_all to transfer ownership, suppress, redirect_stdout/redirect_stderr into buffers,
# closing, nullcontext, chdir, contextmanager generators that handle and re-raise, and
# ContextDecorator; then an error escaping a with block with its context chain.
import contextlib, io, os, sys, tempfile

events = []

@contextlib.contextmanager
def resource(name, fail_on_exit=False):
    events.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        events.append(f"{name} handled {e!r}")
    finally:
        events.append(f"close {name}")
        if fail_on_exit:
            raise RuntimeError(f"close of {name} failed")

with contextlib.ExitStack() as stack:
    vals = [stack.enter_context(resource(n)) for n in ("db", "cache", "log")]
    stack.callback(events.append, "callback ran")
    @stack.push
    def exit_hook(exc_type, exc, tb):
        events.append(f"exit hook saw {exc_type.__name__ if exc_type else None}")
        return False
    print(vals)
print(events); events.clear()

def open_all(names):
    with contextlib.ExitStack() as stack:
        got = [stack.enter_context(resource(n)) for n in names]
        return stack.pop_all(), got
keeper, got = open_all(["a", "b"])
print(events, got); events.clear()
keeper.close()
print(events); events.clear()

with resource("x"):
    {}["missing"]
print(events); events.clear()

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
buf, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
    print("to buffer")
    print("warn", file=sys.stderr)
    help_text = "x"
print(repr(buf.getvalue()), repr(err.getvalue()))

class Conn:
    def __init__(self): self.closed = False
    def close(self): self.closed = True
with contextlib.closing(Conn()) as c:
    pass
print(c.closed)
with contextlib.nullcontext(42) as v:
    print(v)
with tempfile.TemporaryDirectory() as d:
    before = os.getcwd()
    with contextlib.chdir(d):
        print(os.getcwd() == os.path.realpath(d))
    print(os.getcwd() == before)

class traced(contextlib.ContextDecorator):
    def __enter__(self): events.append("enter"); return self
    def __exit__(self, *exc): events.append(f"exit {exc[0].__name__ if exc[0] else None}"); return False
@traced()
def work(x):
    return 10 / x
print(work(2), events); events.clear()
try:
    work(0)
except ZeroDivisionError:
    print(events); events.clear()

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(resource("outer", fail_on_exit=True))
        stack.enter_context(resource("inner"))
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), events)
events.clear()
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with resource("final", fail_on_exit=True):
    raise ValueError("original problem")

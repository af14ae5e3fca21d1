# The with-statement protocol in its corners: __exit__ receiving the exception triple and
# suppressing by a truthy return, exceptions raised inside __exit__ chaining onto the original,
# __enter__ failures skipping __exit__, nested managers unwinding in reverse, a generator-based
# manager that swallows, re-raises, or yields twice, ExitStack callbacks and pop_all, and
# async context managers with asyncio.
import asyncio
import contextlib


class Tracer:
    def __init__(self, name, suppress=False, fail_exit=False, fail_enter=False):
        self.name, self.suppress, self.fail_exit, self.fail_enter = name, suppress, fail_exit, fail_enter

    def __enter__(self):
        print(f"enter {self.name}")
        if self.fail_enter:
            raise OSError(f"{self.name} cannot open")
        return self

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r} tb={tb is not None}")
        if self.fail_exit:
            raise RuntimeError(f"{self.name} exit failed")
        return self.suppress


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        ctx = e.__context__
        print(label, "-> raised", repr(e), "context:", repr(ctx), "suppress:", e.__suppress_context__)


def nested():
    with Tracer("a"), Tracer("b", suppress=True), Tracer("c"):
        raise KeyError("inner")
    return "after with"


def exit_fails():
    with Tracer("x", fail_exit=True):
        raise ValueError("body")


def enter_fails():
    with Tracer("outer"), Tracer("bad", fail_enter=True):
        print("never")


def returns_through():
    with Tracer("r", suppress=True):
        return "returned"


def suppress_value():
    with Tracer("v", suppress=0):
        1 / 0


attempt("nested", nested)
attempt("exit fails", exit_fails)
attempt("enter fails", enter_fails)
attempt("return", returns_through)
attempt("falsy suppress", suppress_value)


@contextlib.contextmanager
def managed(mode):
    print(f"  setup {mode}")
    try:
        yield mode
        if mode == "twice":
            yield "again"
    except ZeroDivisionError:
        if mode == "swallow":
            print("  swallowed")
            return
        raise
    finally:
        print(f"  teardown {mode}")


def use(mode, fail):
    with managed(mode) as m:
        if fail:
            1 / 0
        return m


for mode, fail in [("plain", False), ("swallow", True), ("reraise", True), ("twice", False)]:
    attempt(f"gen {mode}", lambda: use(mode, fail))


def stack_demo():
    with contextlib.ExitStack() as stack:
        for n in range(3):
            stack.enter_context(Tracer(f"s{n}"))
        stack.callback(print, "callback ran")
        stack.push(lambda *exc: print("push saw", exc[0].__name__ if exc[0] else None) or False)
        kept = stack.pop_all()
    print("stack closed; kept has", len(kept._exit_callbacks))
    kept.close()


stack_demo()
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.nullcontext(5) as five:
    print(five)


class AsyncRes:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return True


async def amain():
    async with AsyncRes() as r:
        raise LookupError
    print("async suppressed")

    @contextlib.asynccontextmanager
    async def agen():
        yield "agen value"
        print("agen after")

    async with agen() as v:
        print(v)


asyncio.run(amain())
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with Tracer:
        pass
except TypeError as e:
    print("TypeError:", e)

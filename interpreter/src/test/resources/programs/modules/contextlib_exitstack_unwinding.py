# ExitStack and the generator adapters, unwound the way nested with statements would be:
# which callback sees which exception, what suppresses, and the __context__/__cause__
# chains and traceback frames the unwinding leaves behind.
import sys
from contextlib import ExitStack, contextmanager, suppress, AbstractContextManager


def chain(exc):
    parts = []
    while exc is not None:
        parts.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(parts)


def frames(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


class Recorder:
    def __init__(self, name, verdict=None, raises=None):
        self.name, self.verdict, self.raises = name, verdict, raises

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, "sees", et.__name__ if et else None)
        if self.raises:
            raise self.raises(self.name)
        return self.verdict


def scenario(title, build, body_exc=None):
    print("--", title)
    try:
        with ExitStack() as stack:
            build(stack)
            if body_exc:
                raise body_exc("body")
        print("left normally")
    except BaseException as e:
        print("escaped:", chain(e))
        print("cause:", repr(e.__cause__), "suppress_context:", e.__suppress_context__)
        print("frames:", frames(e))


scenario("callbacks run newest first", lambda s: [s.callback(print, "cb", i) for i in range(3)])
scenario("a true exit suppresses, later ones see None",
         lambda s: [s.enter_context(Recorder("outer")), s.enter_context(Recorder("mid", verdict=True)),
                    s.enter_context(Recorder("inner"))], KeyError)
scenario("exits raising replace the pending exception",
         lambda s: [s.enter_context(Recorder("a", raises=ValueError)),
                    s.enter_context(Recorder("b", raises=TypeError))], KeyError)
scenario("a suppression after a raise clears it",
         lambda s: [s.enter_context(Recorder("a", verdict=True)),
                    s.enter_context(Recorder("b", raises=TypeError))], KeyError)


def push_exit(s):
    def swallow_lookup(et, ev, tb):
        print("push saw", repr(ev))
        return isinstance(ev, LookupError)
    s.push(swallow_lookup)
    s.push(Recorder("pushed object"))   # its __exit__, without entering it


scenario("push", push_exit, IndexError)
scenario("push does not swallow others", push_exit, ValueError)

# raised inside an outer handler: the chain goes back to the outer exception last
try:
    raise OSError("outer")
except OSError:
    scenario("inside a handler",
             lambda s: [s.enter_context(Recorder("a", raises=ValueError)),
                        s.enter_context(Recorder("b", raises=TypeError))], KeyError)

# pop_all moves the callbacks; close unwinds now
with ExitStack() as s:
    s.callback(print, "moved callback")
    later = s.pop_all()
print("after with")
later.close()
later.close()


# the generator adapter
@contextmanager
def managed(mode):
    print("setup", mode)
    try:
        yield mode
    except ZeroDivisionError:
        if mode == "swallow":
            print("swallowed")
            return
        raise RuntimeError("converted") from None
    finally:
        print("cleanup", mode)


for mode in ("swallow", "convert"):
    try:
        with managed(mode) as m:
            1 / 0
        print("after", m)
    except RuntimeError as e:
        print("got", chain(e), e.__suppress_context__, frames(e))


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def nothing():
    if False:
        yield


try:
    with nothing():
        pass
except RuntimeError as e:
    print(e, e.__suppress_context__)


@contextmanager
def passthrough():
    yield


# a StopIteration raised in the block keeps its identity through the generator
try:
    with passthrough():
        raise StopIteration("from the block")
except StopIteration as e:
    print("StopIteration kept:", e, frames(e))


# used as a decorator, the manager is recreated for each call
@managed("swallow")
def divide(x):
    return 1 / x


print(divide(4), divide(0))

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed", suppress().__exit__(None, None, None), issubclass(Recorder, AbstractContextManager))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)

# an escaping chain, as the interpreter prints it (library frames included)
with ExitStack() as s:
    s.enter_context(Recorder("last", raises=LookupError))
    s.enter_context(managed("convert"))
    1 / 0

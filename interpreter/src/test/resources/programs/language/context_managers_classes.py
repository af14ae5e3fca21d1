# Context managers: __enter__/__exit__ classes (the value bound by as, exception info passed in,
# suppressing by returning True), contextlib.contextmanager, nesting and ExitStack, suppress,
# and files opened with with.
import contextlib
import os
import tempfile


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} {tb is not None}")
        return False


with Timer("a") as t:
    print("inside, bound", t.name)
try:
    with Timer("b"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(KeyError) as nothing:
    {}["missing"]
print("suppressed, as bound", nothing)
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
with Timer("outer"), Timer("inner"):
    print("both entered")


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled inside the generator")
    finally:
        print(f"</{name}>")


with tag("p") as up:
    print("body", up)
with tag("div"):
    1 / 0
print("after the division")
with contextlib.suppress(FileNotFoundError):
    os.remove("/nonexistent/file/for/sure")
print("suppress ok")
with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(Timer(n))
    stack.callback(print, "callback runs first")
    print("stack body")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        f.write("line one\nline two\n")
        print(f.closed)
    print(f.closed)
    with open(path) as f:
        for number, line in enumerate(f, 1):
            print(number, line.rstrip())
    with open(path, "a") as f:
        print("three", file=f)
    with open(path) as f:
        print(f.read().splitlines(), f.read())
try:
    with open("/nonexistent/dir/x.txt") as f:
        pass
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)


class Reusable:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc)


r = Reusable()
with r:
    pass
with r:
    pass
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)

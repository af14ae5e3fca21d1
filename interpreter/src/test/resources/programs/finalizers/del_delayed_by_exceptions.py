# When __del__ runs for a local object of a function that raised: the traceback holds the frame,
# the frame holds the local, so the object lives until the exception goes: at the end of the
# `except` block (which deletes the name), not at the raise; a stored exception keeps it alive
# until the store is cleared; `raise ... from` chains keep both frames; traceback.clear_frames
# releases the locals early; except* handlers release when the whole statement ends.
import traceback

events = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


def fails(name):
    obj = Tracked(name)
    raise ValueError(name)


def step(label):
    events.append(label)


try:
    fails("a")
except ValueError:
    step("in handler a")
step("after handler a")
print(events)
events.clear()

saved = None
try:
    fails("b")
except ValueError as exc:
    saved = exc
step("handler b done")
saved = None
step("saved cleared")
print(events)
events.clear()


def chained():
    try:
        fails("inner")
    except ValueError as exc:
        local = Tracked("outer-local")
        raise RuntimeError("wrapped") from exc


try:
    chained()
except RuntimeError as exc:
    step("chained caught: cause " + str(exc.__cause__))
step("chained done")
print(events)
events.clear()

try:
    fails("c")
except ValueError as exc:
    traceback.clear_frames(exc.__traceback__)
    step("frames cleared")
step("handler c done")
print(events)
events.clear()


def group_fails():
    obj = Tracked("g")
    raise ExceptionGroup("grp", [KeyError("k"), ValueError("v")])


try:
    group_fails()
except* KeyError:
    step("except* KeyError")
except* ValueError:
    step("except* ValueError")
step("except* done")
print(events)
events.clear()


def swallow():
    try:
        fails("d")
    except ValueError:
        step("swallowed in function")
    step("function continues")


swallow()
step("function returned")
print(events)
events.clear()


def finally_path():
    obj = Tracked("e")
    try:
        return "value"
    finally:
        step("finally")


print(finally_path(), events)

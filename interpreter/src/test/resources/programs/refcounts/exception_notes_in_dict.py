# Where add_note keeps its notes in CPython 3.11: an ordinary `__notes__` attribute, a list made by
# the first add_note and stored in the exception's __dict__ (vars(e) shows it, `del e.__notes__`
# removes it and the next add_note starts a new list), each note held by that list (counted by
# sys.getrefcount); a __notes__ that is not a list refuses add_note; a subclass whose __notes__ is
# a property or whose __setattr__ logs sees add_note go through them; except* and split() copy
# the notes list so the parts do not share it; the traceback printer reads the attribute.
import sys
import traceback


def rc(obj):
    return sys.getrefcount(obj) - 2


note = "".join(["first ", "note"])
e = ValueError("bad")
print("before:", vars(e), rc(note))
e.add_note(note)
print("after add_note:", vars(e), rc(note))
notes = e.__notes__
e.add_note("second")
print("same list grows:", notes is e.__notes__, notes)
del notes
del e.__notes__
print("deleted:", vars(e), rc(note), hasattr(e, "__notes__"))
e.add_note("fresh")
print("a new list:", e.__notes__)

e.__notes__ = ("a", "tuple")
try:
    e.add_note("x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    e.add_note(42)
except TypeError as exc:
    print("TypeError:", exc)


class Logged(Exception):
    def __setattr__(self, name, value):
        print("  __setattr__", name, type(value).__name__)
        super().__setattr__(name, value)


err = Logged("x")
err.add_note("via setattr")
err.add_note("no second setattr")
print("logged notes:", err.__notes__)


class Fixed(Exception):
    @property
    def __notes__(self):
        return self._store

    @__notes__.setter
    def __notes__(self, value):
        print("  property setter got", value)
        self._store = value


f = Fixed()
f.add_note("through the property")
print("property notes:", f.__notes__, sorted(vars(f)))

group = ExceptionGroup("grp", [ValueError("a"), KeyError("b")])
group.add_note("group note")
match, rest = group.split(ValueError)
print("split copies:", match.__notes__, rest.__notes__, match.__notes__ is group.__notes__)
match.add_note("only on the match")
print("original untouched:", group.__notes__)

try:
    raise ValueError("printed")
except ValueError as exc:
    exc.add_note("shown under the message")
    lines = traceback.format_exception_only(type(exc), exc)
print("".join(lines), end="")

final = ValueError("uncaught")
final.add_note("note line 1\nnote line 2")
raise final

# add_note keeps __notes__ in the exception's __dict__ (3.11's generic setattr, so vars(), __reduce__
# and pickling see it), and the default exception printer (print_exception_notes) writes each kind of
# __notes__ value as CPython 3.11 does: a sequence's items one per line after the group margin (strs
# split on newlines, others by str(), "<note str() failed>" at the line's start), anything else by its
# repr with no newline after it ("<__notes__ repr() failed>" when repr raises).
import pickle
import sys


class NoStr:
    def __str__(self):
        raise ValueError("no str")


class NoRepr:
    def __repr__(self):
        raise ValueError("no repr")


class AppError(Exception):
    pass


e = AppError("boom")
e.add_note("first")
e.add_note("second")
print(vars(e), e.__reduce__()[2])
copy = pickle.loads(pickle.dumps(e))
print(type(copy).__name__, copy.args, copy.__notes__)
e.__notes__ = ("replaced",)
try:
    e.add_note("third")
except TypeError as t:
    print("TypeError:", t)
del e.__notes__
print(vars(e), hasattr(e, "__notes__"))
e.add_note("again")
print(e.__dict__)


class Slotted(Exception):
    @property
    def __notes__(self):
        return ["from a property"]


s = Slotted()
try:
    s.add_note("x")
except AttributeError as a:
    print("AttributeError:", a)
print(s.__notes__, vars(s))

forms = [("a", "b\nc"), 5, ["x", 3, NoStr()], NoRepr(), ["m\nn"], "ab", {"k": 1}, []]


def raise_with(notes):
    err = KeyError("k")
    err.__notes__ = notes
    raise err


for notes in forms:
    try:
        raise_with(notes)
    except KeyError:
        sys.excepthook(*sys.exc_info())
    print("--", file=sys.stderr)
    sys.stderr.flush()

for notes in forms[:4]:
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            eg.exceptions[0].__notes__ = notes
            eg.add_note("on the group")
            raise
    except ExceptionGroup:
        sys.excepthook(*sys.exc_info())
    print("--", file=sys.stderr)
print("done")

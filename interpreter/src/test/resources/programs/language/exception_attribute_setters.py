# exception attributes as the C getsets check them: __cause__/__context__ must be exceptions or None and cannot be deleted, __traceback__ must be a traceback, __suppress_context__ is a bool member, args becomes a tuple
import sys

e = ValueError("base")
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, AttributeError) as err:
        print(label, "->", type(err).__name__, err)

attempt("cause int", lambda: setattr(e, "__cause__", 5))
attempt("cause class", lambda: setattr(e, "__cause__", KeyError))
attempt("cause instance", lambda: setattr(e, "__cause__", KeyError("k")))
print(repr(e.__cause__), e.__suppress_context__)
attempt("cause none", lambda: setattr(e, "__cause__", None))
print(e.__cause__, e.__suppress_context__)
attempt("del cause", lambda: delattr(e, "__cause__"))
attempt("context str", lambda: setattr(e, "__context__", "text"))
attempt("context exc", lambda: setattr(e, "__context__", TypeError("t")))
print(repr(e.__context__))
attempt("del context", lambda: delattr(e, "__context__"))
attempt("traceback int", lambda: setattr(e, "__traceback__", 1))
attempt("traceback frame", lambda: setattr(e, "__traceback__", sys._getframe()))
attempt("del traceback", lambda: delattr(e, "__traceback__"))
try:
    raise KeyError("with tb")
except KeyError as k:
    tb = k.__traceback__
attempt("traceback real", lambda: setattr(e, "__traceback__", tb))
print(e.__traceback__ is tb, e.__traceback__.tb_lineno)
attempt("traceback none", lambda: setattr(e, "__traceback__", None))
attempt("suppress int", lambda: setattr(e, "__suppress_context__", 1))
attempt("suppress true", lambda: setattr(e, "__suppress_context__", True))
print(e.__suppress_context__)
attempt("del suppress", lambda: delattr(e, "__suppress_context__"))
attempt("args list", lambda: setattr(e, "args", [1, 2]))
print(e.args, str(e))
attempt("args int", lambda: setattr(e, "args", 3))
attempt("del args", lambda: delattr(e, "args"))
attempt("notes", lambda: setattr(e, "__notes__", "not a list"))
try:
    e.add_note("n")
except TypeError as err:
    print("add_note:", err)
attempt("add_note int", lambda: ValueError().add_note(1))
class Custom(Exception):
    pass
c = Custom()
c.__cause__ = e
c.extra = "field"
print(repr(c.__cause__), c.extra, sorted(vars(c)))
try:
    raise c
except Custom as got:
    print("raised with cause", repr(got.__cause__), got.__suppress_context__)
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as r:
    print(repr(r.__cause__))

# What an exception holds, counted: its args tuple holds the arguments, a
# raise inside except sets __context__, raise from sets __cause__, the
# traceback holds the frame; clearing each link gives the reference back.
import sys

def rc(obj):
    return sys.getrefcount(obj) - 1

payload = {"request": 1}
print("payload                 ", rc(payload))
err = ValueError("bad", payload)
print("in err.args             ", rc(payload), err.args[1] is payload)
err.extra = payload
print("as an attribute         ", rc(payload))
del err.extra
try:
    try:
        raise err
    except ValueError as inner:
        raise KeyError("wrapped") from inner
except KeyError as outer:
    saved = outer
print("err refs after chaining ", rc(err), saved.__cause__ is err, saved.__suppress_context__)
print("context also set        ", saved.__context__ is err)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise RuntimeError("second")
except RuntimeError as e2:
    implicit = e2
print("implicit context        ", type(implicit.__context__).__name__, implicit.__cause__)
first = implicit.__context__
print("first refs              ", rc(first))
implicit.__context__ = None
print("after clearing context  ", rc(first))
tb = saved.__traceback__
print("traceback frames        ", tb.tb_frame.f_code.co_name, tb.tb_next)
saved.__cause__ = None
saved.__context__ = None
print("err after unlinking     ", rc(err))
err.__traceback__ = None
del err
print("payload now             ", rc(payload))
saved.args = ()
print("saved args cleared      ", saved.args)
e = Exception(*range(3))
print("args tuple              ", e.args, rc(e.args))
e.args = [1, 2]
print("args assigned a list    ", e.args, type(e.args).__name__)

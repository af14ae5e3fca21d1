# an exception group chained as the cause of a RuntimeError, notes on the outer group and on a nested group (multi-line), printed uncaught
def f():
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
try:
    f()
except ExceptionGroup as eg:
    eg.add_note("note on outer")
    eg.exceptions[1].add_note("note on inner\nsecond line")
    raise RuntimeError("wrapper") from eg

# Refcounts of objects reached through exception chains: args, __cause__, __context__, tracebacks.
import sys

class Payload:
    pass

def fail(p):
    raise ValueError("bad", p)

p = Payload()
print("payload", sys.getrefcount(p))
try:
    fail(p)
except ValueError as exc:
    print("in handler", sys.getrefcount(p), sys.getrefcount(exc))
    kept = exc
print("handler done, kept", sys.getrefcount(p), sys.getrefcount(kept))
print("tb frames:", kept.__traceback__.tb_next.tb_frame.f_code.co_name)
print("frame local p alive", kept.__traceback__.tb_next.tb_frame.f_locals["p"] is p)
kept.__traceback__ = None
print("traceback cleared", sys.getrefcount(p))
del kept
print("exception gone", sys.getrefcount(p))

def wrap(p):
    try:
        fail(p)
    except ValueError as e:
        raise RuntimeError("wrapped") from e

try:
    wrap(p)
except RuntimeError as e2:
    saved = e2
print("chained", type(saved.__cause__).__name__, saved.__suppress_context__, sys.getrefcount(p))
cause = saved.__cause__
print("cause refcount", sys.getrefcount(cause))
saved.__cause__ = None
print("cause detached", sys.getrefcount(cause), saved.__suppress_context__, saved.__context__ is cause)
saved.__context__ = None
print("context detached", sys.getrefcount(cause))
del saved
print("saved gone", sys.getrefcount(p))
cause.__traceback__ = None
del cause
print("all gone", sys.getrefcount(p))

def implicit():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")

try:
    implicit()
except TypeError as t:
    ctx = t.__context__
    cause = t.__cause__
print("implicit context", type(ctx).__name__, ctx.args, cause)

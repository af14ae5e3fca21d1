# A live generator's frame: gi_frame with f_locals, f_lineno, f_code and f_back, gi_running and
# gi_suspended through the generator's life; a finished generator has no frame.
import sys


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        yield total
    return total


g = counter(3)
frame = g.gi_frame
print(type(frame).__name__, frame.f_code is counter.__code__, frame.f_code.co_name)
print("created: lineno", frame.f_lineno, "running", g.gi_running, "suspended", g.gi_suspended)
print("locals before start", frame.f_locals)
print(next(g))
print("suspended: lineno", g.gi_frame.f_lineno, "suspended", g.gi_suspended, "running", g.gi_running)
print("same frame object", g.gi_frame is frame)
print("locals", sorted(g.gi_frame.f_locals.items()))
print("f_back of a suspended generator", frame.f_back)
print("globals", frame.f_globals is globals())
print(next(g), next(g))
print("locals", sorted(frame.f_locals.items()))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print("finished: gi_frame", g.gi_frame, "suspended", g.gi_suspended, "running", g.gi_running)


def introspect():
    me = yield
    print("inside: running", me.gi_running, "suspended", me.gi_suspended)
    f = me.gi_frame
    print("inside: frame is _getframe()", f is sys._getframe(), "f_back is the caller",
          f.f_back.f_code.co_name)
    yield "done"


def driver():
    gen = introspect()
    next(gen)
    print(gen.send(gen))
    gen.close()
    print("closed: gi_frame", gen.gi_frame)


driver()


def never_started():
    yield 1


ns = never_started()
print("never started, lineno", ns.gi_frame.f_lineno, "first line", never_started.__code__.co_firstlineno)
ns.close()
print("closed before start", ns.gi_frame, ns.gi_suspended)

# throw() into generators and coroutines that never started: the exception leaves their frame at its
# first instruction (a traceback entry at the def line, f_lineno and f_lasti of the frame object), the
# frame's locals are released, the generator is closed afterwards; a try in the body is not active yet.
import inspect
import sys
import weakref


class Token:
    pass


def guarded(token):
    try:
        yield token
    except KeyError:
        yield "caught"


async def coro(token):
    return token


def entries(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    return out


for make in (guarded, coro):
    t = Token()
    alive = weakref.ref(t)
    g = make(t)
    del t
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print(make.__name__, "entries:", entries(e.__traceback__)[1:])
        print("  frame's locals:", e.__traceback__.tb_next.tb_frame.f_locals == {"token": alive()}, alive() is not None)
        del e
    print("  token alive after:", alive() is not None)
    if make is guarded:
        print("  state:", inspect.getgeneratorstate(g), g.gi_frame, g.gi_running)
        print("  next:", next(g, "exhausted"))
    else:
        print("  cr_frame:", g.cr_frame)
        try:
            g.send(None)
        except RuntimeError as e:
            print("  send:", e)

g = guarded(1)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("StopIteration thrown:", type(e.__cause__).__name__, e)
g = guarded(1)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit thrown:", len(entries(e.__traceback__)))
print(sys.exc_info())

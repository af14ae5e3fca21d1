# gc.get_referents of the objects that run code, CPython 3.11's traversal order: a generator, a
# coroutine and an async generator (code, name, qualname, then the frame's function, code, the
# locals and what the value stack holds; globals and builtins are not visited), a finished or
# closed one (its code and names only), a coroutine wrapper (its coroutine); a frame object of a
# running function shows nothing (its f_back is not made yet and the frame belongs to the thread),
# one that outlived its function shows f_back, the function, code and locals (after clear(): the
# f_locals dict that reading f_locals made); a traceback its frame; a generator whose frame object
# exists shows it before f_locals, and one suspended in a handler its stack, then the saved exception.
import asyncio
import gc
import sys


def kinds(obj):
    out = []
    for r in gc.get_referents(obj):
        if isinstance(r, str):
            out.append(repr(r))
        elif isinstance(r, dict) and r is globals():
            out.append("globals")
        elif isinstance(r, dict) and r is __builtins__.__dict__:
            out.append("builtins")
        elif type(r).__name__ == "module" and r is __builtins__:
            out.append("builtins module")
        else:
            out.append(type(r).__name__)
    return out


def gen(a):
    b = [a]
    yield b
    yield a


g = gen(10)
print("generator, not started:", kinds(g))
next(g)
print("generator, suspended:", kinds(g))
list(g)
print("generator, finished:", kinds(g))


async def coro(x):
    await asyncio.sleep(0)
    return x


c = coro([1])
print("coroutine, not started:", kinds(c))
w = c.__await__()
print("coroutine wrapper:", kinds(w))
c.close()
print("coroutine, closed:", kinds(c))


async def agen(n):
    for i in range(n):
        yield i


ag = agen(3)
print("async generator:", kinds(ag))


def current_frame_refs():
    local = {"k": 1}
    frame = sys._getframe()
    return kinds(frame), local


print("frame of a running function:", current_frame_refs()[0])


def make_frame():
    data = [1, 2]
    return sys._getframe()


f = make_frame()
print("frame of a finished function:", kinds(f))
print("f_locals after return:", sorted(f.f_locals))
f.clear()
print("frame after clear():", kinds(f))

try:
    1 / 0
except ZeroDivisionError as exc:
    tb = exc.__traceback__
print("traceback:", kinds(tb))


# a generator whose frame object exists and whose f_locals was read: frame object, then f_locals
def gen_locals():
    x = [1]
    yield x


gl = gen_locals()
next(gl)
gl.gi_frame.f_locals
print("generator with its frame's f_locals:", kinds(gl))


# suspended inside an except block: the stack holds the previous exception, the handled one last
def gen_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        yield 1


gh = gen_in_handler()
next(gh)
print("generator suspended in a handler:", kinds(gh))

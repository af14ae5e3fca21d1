# sys.getsizeof of a frame object: the object, the nine words of the interpreter frame before its
# locals, then one word per local, cell, free variable and value-stack entry (frame_sizeof).
import sys


def no_locals():
    return sys._getframe()


def some_locals(a, b, *args, **kwargs):
    c = a + b
    d = [c] * 3
    return sys._getframe()


def closure():
    x = 1

    def inner():
        return x, sys._getframe()
    return inner


for f in (no_locals(), some_locals(1, 2), closure()()[1], sys._getframe()):
    code = f.f_code
    print(code.co_name, code.co_nlocals, len(code.co_cellvars), len(code.co_freevars), code.co_stacksize,
          sys.getsizeof(f))


def gen():
    yield sys._getframe()


g = gen()
print(sys.getsizeof(next(g)), sys.getsizeof(g))

# Sizes of generators, coroutines, frames, functions, code objects and cells at rest and in use.
import sys

def gen(n):
    for i in range(n):
        yield i

def many_locals(a, b, c, d, e, f, g, h):
    x = y = z = 0
    yield sys._getframe()

g = gen(3)
print("generator:", sys.getsizeof(g), sys.getsizeof(gen(1000)))
next(g)
print("generator after next:", sys.getsizeof(g))
ml = many_locals(*range(8))
print("generator with locals:", sys.getsizeof(ml))
frame = next(ml)
print("frame type:", type(frame).__name__, sys.getsizeof(frame) > 0)

def plain():
    return sys._getframe()

f1 = plain()
f2 = next(many_locals(*range(8)))
print("frame sizes differ by locals:", sys.getsizeof(f2) > sys.getsizeof(f1))
print("frame sizes:", sys.getsizeof(f1), sys.getsizeof(f2))

print("function:", sys.getsizeof(plain), sys.getsizeof(lambda: 0))
print("code:", type(plain.__code__).__name__, sys.getsizeof(plain.__code__) > 0)

def outer():
    v = 1
    def inner():
        return v
    return inner

inner = outer()
print("cell:", sys.getsizeof(inner.__closure__[0]), "closure tuple:", sys.getsizeof(inner.__closure__))

async def coro():
    return 1

c = coro()
print("coroutine:", sys.getsizeof(c))
c.close()

async def agen():
    yield 1

ag = agen()
print("async generator:", sys.getsizeof(ag))
print("genexpr:", sys.getsizeof(x for x in []))
print("list iterator:", sys.getsizeof(iter([])), "tuple iterator:", sys.getsizeof(iter(())))
print("dict iterators:", sys.getsizeof(iter({})), sys.getsizeof(iter({}.items())))
print("str iterator:", sys.getsizeof(iter("a")), sys.getsizeof(iter("\u20ac")))

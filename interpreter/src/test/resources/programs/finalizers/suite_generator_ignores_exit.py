# From CPython's generator tests: a generator that yields again on GeneratorExit makes close()
# raise RuntimeError ("generator ignored GeneratorExit"); when that happens while the generator is
# freed, the error is reported as unraisable on stderr and the program goes on.
def f():
    try:
        yield
    except GeneratorExit:
        yield "foo!"

g = f()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("second close is quiet")

g = f()
next(g)
del g
print("after del")

def h():
    yield
g = h()
g.close()
g.close()
print(list(g))
g = h()
next(g)
g.close()
print(g.gi_frame)

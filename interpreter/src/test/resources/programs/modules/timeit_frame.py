# The timed statement runs inside the function timeit compiles: its locals,
# its names and the references the loop holds are CPython's.
import timeit, sys

t = timeit.Timer("print(sys.getrefcount(x), sys.getrefcount(_it), sorted(locals()))",
                 "import sys; x = object()")
t.timeit(2)
print(t.inner.__name__, t.inner.__code__.co_varnames, t.inner.__code__.co_argcount)
print(t.inner.__code__.co_filename, t.inner.__code__.co_firstlineno)

shared = []
g = {"shared": shared, "sys": sys}
before = sys.getrefcount(shared)
timeit.timeit("print(sys.getrefcount(shared) - before)", globals=dict(g, before=before), number=1)
t = timeit.Timer(lambda: None)
print(t.inner.__defaults__ is None, t.inner.__kwdefaults__, t.inner.__code__.co_varnames)
print(t.inner.__globals__ is timeit.__dict__, len(t.inner.__defaults__ or ()))
def stmt():
    f = sys._getframe(1)
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals))
timeit.timeit(stmt, number=1)

# Refcounts through functools.partial, reduce, operator.itemgetter/attrgetter and methodcaller.
import sys
import functools
import operator

arg = ["arg"]
def f(a, b, c=None):
    return c

print("start", sys.getrefcount(arg))
p = functools.partial(f, arg)
print("partial holds positional", sys.getrefcount(arg), p.args[0] is arg)
p2 = functools.partial(p, c=arg)
print("nested partial flattens", p2.func is f, p2.args == (arg,), sys.getrefcount(arg))
r = p2(1)
print("call returns kwarg", r is arg, sys.getrefcount(arg))
del p, p2, r
print("dropped", sys.getrefcount(arg))

ig = operator.itemgetter(0)
print("itemgetter result", ig([arg]) is arg, sys.getrefcount(arg))
ag = operator.attrgetter("x")
class O:
    pass
o = O()
o.x = arg
print("attrgetter", ag(o) is arg, sys.getrefcount(arg))
mc = operator.methodcaller("count", arg)
print("methodcaller holds arg", sys.getrefcount(arg), mc([arg, 1, arg]))
del mc
total = functools.reduce(lambda acc, x: acc + [x], [arg, arg], [])
print("reduce result", len(total), sys.getrefcount(arg))
del total
print("end", sys.getrefcount(arg))

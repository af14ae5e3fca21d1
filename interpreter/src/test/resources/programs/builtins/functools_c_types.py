# _functools' types as CPython writes them in C: partial (repr, flattening of a partial of a
# partial, __reduce__/__setstate__ and pickling, __dict__, its errors), reduce and cmp_to_key
# (KeyWrapper's calls, comparisons, member and errors), the _lru_cache_wrapper (cache_info as it
# evicts, typed keys, keywords in keys, reentrant calls, methods, copy/pickle by qualified name),
# their sizes, gc tracking and referents, and the recursion depth a cached function reaches.
import copy
import functools
import gc
import pickle
import sys
from functools import cmp_to_key, lru_cache, partial, reduce


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def names(objs):
    return [type(o).__name__ for o in objs]


def f(*a, **k):
    return a, k


p = partial(f, 1, x=2)
print(repr(p).replace(repr(f), 'f'), p(3, y=4), p.func is f, p.args, p.keywords)
q = partial(p, 5, z=6)
print(q.func is f, q.args, q.keywords, q(x=0))
p.attr = 1
r = partial(p, 7)
print(r.func is p, r.args, r.__dict__, p.__dict__)


class P(partial):
    pass


print(repr(P(f, 1)).replace(repr(f), 'f'), type(P(P(f, 1), 2).func).__name__, P(P(f, 1), 2).args)
print(p.__reduce__()[0] is partial, p.__reduce__()[1] == (f,), p.__reduce__()[2] == (f, (1,), {'x': 2}, {'attr': 1}))
s = partial(f)
s.__setstate__((f, (1, 2), None, {'b': 3}))
print(s.args, s.keywords, s.b, s())
t = pickle.loads(pickle.dumps(partial(max, 1, key=abs)))
print(t(-5), t.args, t.keywords, copy.deepcopy(partial(min, 3))(4))
show(lambda: partial())
show(lambda: partial(1))
show(lambda: s.__setstate__(1))
show(lambda: s.__setstate__((f, 1, None, None)))
show(lambda: s.__setstate__((f, (), 1, None)))
show(lambda: setattr(s, 'func', f))
show(lambda: partial(f, 1).__dict__)
rec = partial(f)
rec.__setstate__((f, (rec,), None, None))
print(repr(rec).replace(repr(f), 'f'))
print(sys.getsizeof(p), gc.is_tracked(p), names(gc.get_referents(partial(f, 1, x=2))))
print(partial.__module__, [n for n in partial.__dict__ if not n.startswith('__')], partial.__vectorcalloffset__)

print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 'empty'), reduce(max, iter([3, 9, 2])))
show(lambda: reduce())
show(lambda: reduce(max, [1], 2, 3))
show(lambda: reduce(max, [1], initial=2))
show(lambda: reduce(max, 5))
show(lambda: reduce(max, []))

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), key(1) < key(2), key(2) >= key(2), key(1) == key(1))
k = key(5)
print(type(key).__name__, type(key).__module__, k.obj, key.obj)
k.obj = 6
print(k.obj, sys.getsizeof(key), sys.getsizeof(k), gc.is_tracked(k), names(gc.get_referents(k)))
show(lambda: key())
show(lambda: key(1, 2))
show(lambda: key(x=1))
print(key(obj=4).obj)
show(lambda: key(1) < 1)
show(lambda: key(1) < key)
show(lambda: hash(key(1)))
show(lambda: type(key)(len))
show(lambda: cmp_to_key())
show(lambda: cmp_to_key(len, mycmp=len))
print(cmp_to_key(mycmp=len)(3).obj)


@lru_cache(maxsize=2)
def square(x):
    return x * x


for i in [1, 2, 1, 3, 2, 1]:
    square(i)
    print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters(), square.__wrapped__.__name__, square.__name__)


@lru_cache(maxsize=None, typed=True)
def typed(x, **kw):
    return type(x).__name__, sorted(kw)


print(typed(1), typed(1.0), typed(1, a=1), typed(x=1), typed.cache_info())


@lru_cache
def reenter(n):
    if n > 0:
        reenter(n - 1)
        reenter(n - 1)
    return n


print(reenter(5), reenter.cache_info())


@lru_cache(maxsize=0)
def none_cached(x):
    return x


print(none_cached(1), none_cached(1), none_cached.cache_info())


class C:
    @lru_cache
    def m(self, x):
        return x + 1


c = C()
print(c.m(1), c.m(1), C.m.cache_info(), type(C.__dict__['m']).__name__, C.m is C.__dict__['m'])
print(copy.copy(square) is square, copy.deepcopy(square) is square, pickle.loads(pickle.dumps(square)) is square)
show(lambda: lru_cache(maxsize='x'))
show(lambda: functools._lru_cache_wrapper(len))
show(lambda: functools._lru_cache_wrapper(len, 'a', False, None))
show(lambda: functools._lru_cache_wrapper(3, 1, False, None))
print(sys.getsizeof(square), gc.is_tracked(square), names(gc.get_referents(square))[:6])


@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


for n in range(400, 600):
    depth.cache_clear()
    try:
        depth(n)
    except RecursionError:
        print('RecursionError at', n)
        break

# _operator as CPython writes it in C: the operator functions (results and their argument errors in
# Argument Clinic's and METH_O's words, in-place forms, sequence helpers, length_hint,
# _compare_digest, call), and itemgetter/attrgetter/methodcaller (reprs, __reduce__ and pickling,
# copying, fast paths and their errors, sizes, gc tracking and referents, no subclassing).
import copy
import gc
import _operator
import operator as o
import pickle
import sys


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def names(objs):
    return [type(x).__name__ for x in objs]


print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(1, 4), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10),
      o.lshift(1, 4), o.rshift(32, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3), o.neg(3), o.pos(-3), o.abs(-3),
      o.inv(5), o.invert(5), o.not_(0), o.truth([]), o.is_(None, None), o.is_not(1, None), o.index(True))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 2), o.lt([1], [2]))
lst = [1]
print(o.iadd(lst, [2]) is lst, lst, o.imul([1], 2), o.ipow(2, 3), o.iconcat([1], (2,)), o.isub(5, 1), o.ior({1}, {2}))
print(o.concat([1], [2]), o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.indexOf('abc', 'c'), o.getitem('abc', 1))
d = {}
print(o.setitem(d, 'k', 1), d, o.delitem(d, 'k'), d)
print(o.length_hint([1, 2]), o.length_hint(iter(range(5))), o.length_hint(object(), 7), o.call(max, 1, 2, key=lambda x: -x))
print(_operator._compare_digest(b'ab', b'ab'), _operator._compare_digest('ab', 'ac'), _operator._compare_digest(bytearray(b'x'), b'xy'))
print(o.add, o.add.__module__, o.itemgetter.__module__, o.__add__ is o.add, o.__doc__.splitlines()[0])
show(lambda: o.add(1))
show(lambda: o.add(1, b=2))
show(lambda: o.neg(1, 2))
show(lambda: o.truth())
show(lambda: o.index('a'))
show(lambda: o.length_hint(1, 2, 3))
show(lambda: o.length_hint(1, 'a'))
show(lambda: o.concat(1, 2))
show(lambda: o.iconcat(1, 2))
show(lambda: o.countOf(1, 2))
show(lambda: o.indexOf([1], 2))
show(lambda: o.contains(1, 2))
show(lambda: o.setitem(1, 2))
show(lambda: o.call())
show(lambda: _operator._compare_digest('a', b'a'))
show(lambda: _operator._compare_digest('a', '\xe9'))
show(lambda: _operator._compare_digest('a', 1))
show(lambda: _operator._compare_digest(1, b'a'))
show(lambda: o.invert('a'))
show(lambda: o.lt(1, 'a'))

g1, g2 = o.itemgetter(1), o.itemgetter(0, -1, slice(1, None))
print(g1, g2, g1([5, 6]), g1((5, 6)), g1({1: 'one'}), g2([1, 2, 3]), g2('abc'))
a1, a2 = o.attrgetter('real'), o.attrgetter('imag', 'real.numerator')
print(a1, a2, a1(3), a2(3 + 4j) if False else a2(5))
m1, m2 = o.methodcaller('upper'), o.methodcaller('split', ',', maxsplit=1)
print(m1, m2, m1('ab'), m2('a,b,c'), sorted(['b', 'A', 'c'], key=m1))
print(g2.__reduce__(), g1.__reduce__(), a2.__reduce__(), m1.__reduce__())
r = m2.__reduce__()
print(type(r[0]).__name__, r[0].func is o.methodcaller, r[0].args, r[0].keywords, r[1])
for x in (g2, a2, m1, m2):
    y = pickle.loads(pickle.dumps(x))
    print(repr(y) == repr(x), copy.copy(x) is not x, repr(copy.deepcopy(x)) == repr(x))
show(lambda: o.itemgetter())
show(lambda: o.itemgetter(1, k=2))
show(lambda: g1())
show(lambda: g1(1, 2))
show(lambda: g1(x=2))
show(lambda: g1([]))
show(lambda: o.attrgetter())
show(lambda: o.attrgetter(1))
show(lambda: a1('s'))
show(lambda: a1(x=1))
show(lambda: o.methodcaller())
show(lambda: o.methodcaller(1))
show(lambda: m1())
show(lambda: m1(1))
show(lambda: m1('a', x=1))
for t in (o.itemgetter, o.attrgetter, o.methodcaller):
    try:
        type('X', (t,), {})
    except TypeError as e:
        print(e)
print(sys.getsizeof(g1), sys.getsizeof(g2), sys.getsizeof(a1), sys.getsizeof(a2), sys.getsizeof(m1), sys.getsizeof(m2))
print(gc.is_tracked(g1), gc.is_tracked(a1), gc.is_tracked(m1))
print(names(gc.get_referents(g2)), gc.get_referents(a2), names(gc.get_referents(m2)))
print(o.itemgetter.__vectorcalloffset__, [n for n in vars(o.itemgetter)], [n for n in vars(o.methodcaller)])

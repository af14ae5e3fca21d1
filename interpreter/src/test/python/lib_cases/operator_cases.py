# operator: the functions, the getters and their reprs and errors.
import operator
from casekit import case, run_cases


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class Rec:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def m(self, *args, **kwargs):
        return ('m', args, sorted(kwargs.items()))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


@case
def binary_operators():
    names = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'and_', 'floordiv', 'lshift', 'mod', 'mul',
             'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'is_', 'is_not', 'concat', 'contains',
             'countOf', 'indexOf', 'getitem']
    pairs = [(3, 4), (7, 2), (-7, 2), (2.5, 1), ([1, 2], [3]), ('ab', 'b'), ((1, 2, 1), 1), (5, 0), ({1: 2}, 1)]
    for name in names:
        for a, b in pairs:
            print(name, end=' ')
            attempt(getattr(operator, name), a, b)
        print(name, getattr(operator, '__%s__' % name.rstrip('_'), None) is getattr(operator, name)
              if name not in ('is_', 'is_not', 'countOf', 'indexOf') else '')


@case
def unary_operators():
    for name in ['abs', 'inv', 'invert', 'neg', 'not_', 'pos', 'truth', 'index']:
        for a in (5, -3, 0, True, 2.5, Index(9), Index(True), 'x', []):
            print(name, end=' ')
            attempt(getattr(operator, name), a)


@case
def inplace_operators():
    for name in ['iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'ior', 'ipow',
                 'irshift', 'isub', 'itruediv', 'ixor']:
        for a, b in ((6, 4), ([1], [2]), ('s', 't'), (1.5, 2)):
            print(name, end=' ')
            attempt(getattr(operator, name), a, b)
    x = [1]
    y = operator.iadd(x, [2])
    print(x is y, x)


@case
def item_functions():
    d = {'a': 1}
    operator.setitem(d, 'b', 2)
    operator.delitem(d, 'a')
    print(d)
    attempt(operator.delitem, d, 'zz')
    attempt(operator.length_hint, [1, 2, 3])
    attempt(operator.length_hint, Hint(4))
    attempt(operator.length_hint, Hint(-1))
    attempt(operator.length_hint, Hint(NotImplemented), 8)
    attempt(operator.length_hint, Hint('x'))
    attempt(operator.length_hint, 5)
    attempt(operator.length_hint, 5, 'x')
    attempt(operator.length_hint, iter(range(7)))
    attempt(operator.call, max, 3, 9, 2)
    attempt(operator.call, sorted, [3, 1], reverse=True)


@case
def getters():
    r = Rec(a=1, b=Rec(c=2))
    for g in (operator.attrgetter('a'), operator.attrgetter('b.c'), operator.attrgetter('a', 'b.c'),
              operator.itemgetter(1), operator.itemgetter(0, 2), operator.itemgetter('k'),
              operator.methodcaller('m'), operator.methodcaller('m', 1, k=2)):
        print(repr(g))
    print(operator.attrgetter('a')(r), operator.attrgetter('b.c')(r), operator.attrgetter('a', 'b.c')(r))
    print(operator.itemgetter(1)('xyz'), operator.itemgetter(0, 2)('xyz'), operator.itemgetter('k')({'k': 5}))
    print(operator.methodcaller('m', 1, k=2)(r), operator.methodcaller('upper')('abc'))
    print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))
    attempt(operator.attrgetter, 1)
    attempt(operator.attrgetter, 'a', 2)
    attempt(operator.methodcaller, 5)
    attempt(operator.attrgetter('zz'), r)
    attempt(operator.itemgetter(5), [1])


run_cases()

# collections: namedtuple, Counter, OrderedDict, ChainMap, UserDict, UserList, deque/defaultdict
# as reached through collections, and collections.abc.
import collections
from collections import namedtuple, Counter, OrderedDict, ChainMap, UserDict, UserList, deque, defaultdict
import collections.abc as cabc
from casekit import case, run_cases, Rng


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)


@case
def namedtuple_basics():
    Point = namedtuple('Point', ['x', 'y'])
    p = Point(1, y=2)
    print(p, repr(p), p.x, p.y, p[0], p[-1], p._fields, p._asdict(), p._replace(x=10))
    print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point.__bases__)
    print(Point.__new__.__doc__, Point.__new__.__qualname__, Point._make.__doc__, Point._replace.__doc__)
    print(Point.x.__doc__, Point.y.__doc__, Point.__slots__, Point.__match_args__, Point._field_defaults)
    print(Point._make([3, 4]), Point._make(iter((5, 6))), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
    print(p.__getnewargs__(), isinstance(p, tuple), len(p), p + (3,), p * 2, p.count(1), p.index(2))
    attempt(Point, 1)
    attempt(Point, 1, 2, 3)
    attempt(Point, 1, 2, x=3)
    attempt(Point, 1, z=3)
    attempt(Point._make, [1])
    attempt(Point._make, [1, 2, 3])
    attempt(p._replace, z=1)
    attempt(p._replace, x=1, z=2, w=3)
    try:
        p.x = 5
    except AttributeError as e:
        print('AttributeError', e)
    try:
        p.z = 5
    except AttributeError as e:
        print('AttributeError', e)
    print(hasattr(p, '__dict__'))


@case
def namedtuple_forms():
    for spec in ('a b c', 'a,b,c', 'a, b ,c', ['a'], ('a', 'b'), [], 'x'):
        T = namedtuple('T', spec)
        print(T._fields, T.__doc__, repr(T(*range(len(T._fields)))))
    Rec = namedtuple('Rec', 'name age city', defaults=[0, 'here'])
    print(Rec('ann'), Rec('bob', 3), Rec('c', 1, 'x'), Rec._field_defaults, Rec.__new__.__defaults__)
    attempt(Rec)
    R2 = namedtuple('R2', 'a b', defaults=iter([1, 2]))
    print(R2(), R2._field_defaults)
    attempt(namedtuple, 'R3', 'a', defaults=[1, 2])
    print(namedtuple('Ren', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)._fields)
    print(namedtuple('M', 'a', module='some.where').__module__)
    for bad in (('bad name', 'a'), ('T', 'a b a'), ('T', 'a _b'), ('T', 'a class'), ('class', 'a'),
                ('T', 'a 1b'), ('T', ['a', 3]), (3, 'a'), ('T', 'a-b')):
        attempt(namedtuple, *bad)
    One = namedtuple('One', 'v')
    print(One(1), One.__doc__, One.__new__.__doc__)
    Nested = namedtuple('Nested', 'a b')
    print(Nested((1, 2), [3]), Nested(Nested(1, 2), 'x'))


@case
def namedtuple_subclass():
    Base = namedtuple('Base', 'x y')

    class Vec(Base):
        __slots__ = ()

        def norm2(self):
            return self.x ** 2 + self.y ** 2

    v = Vec(3, 4)
    print(v, v.norm2(), v._replace(x=0), type(v._replace(x=0)).__name__, Vec._make([1, 1]))
    print(v._asdict(), Vec.__mro__[1] is Base)


@case
def counter_basics():
    c = Counter('abracadabra')
    print(c, c['a'], c['z'], len(c), 'z' in c)
    print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
    print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()), c.total())
    c.update('aaz')
    c.update({'q': 3, 'a': -1})
    c.update(b=10)
    print(c)
    c.subtract('aaa')
    c.subtract({'q': 5})
    c.subtract(z=2)
    print(c, repr(Counter()), Counter(a=0), Counter({'x': -2}))
    del c['nope']
    del c['a']
    print(c)
    print(Counter(['x', 'y', 'x']) == Counter({'x': 2, 'y': 1}), Counter(a=1) == Counter(a=1, b=0),
          Counter(a=1) != Counter(a=2), Counter() == {}, Counter(a=1) == {'a': 1})
    attempt(Counter.fromkeys, 'abc')
    d = Counter(a=3, b=1)
    e = Counter(a=1, b=2, c=5)
    print(d + e, d - e, e - d, d & e, d | e, +Counter(a=1, b=-1, c=0), -Counter(a=1, b=-1, c=0))
    print(d <= e, d < e, Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1, b=1), d >= e, e > Counter(c=1))
    f = Counter(a=3, b=1)
    f += Counter(a=-5, c=2)
    print(f)
    f -= Counter(c=1)
    print(f)
    f |= Counter(c=7, d=0)
    print(f)
    f &= Counter(c=3)
    print(f)
    print(d.copy(), type(d.copy()).__name__, d.__reduce__())
    print(Counter({1: 'a', 2: 'b'}) if False else Counter({'k': 1.5, 'j': 0.5}))
    mixed = Counter()
    mixed['a'] = 'x'
    mixed['b'] = 1
    print(repr(mixed))
    attempt(lambda: d + 1)
    print(Counter('hello world').most_common(3), Counter([3, 1, 2, 1, 3, 3]).most_common())

    class MyCounter(Counter):
        pass
    print(MyCounter('aab'), MyCounter(), type(MyCounter('a') + MyCounter('b')).__name__)


@case
def ordereddict_behaviour():
    od = OrderedDict.fromkeys('abcde')
    od.move_to_end('b')
    print(list(od))
    od.move_to_end('e', last=False)
    print(list(od), od.popitem(), od.popitem(last=False), list(od))
    a = OrderedDict([('x', 1), ('y', 2)])
    b = OrderedDict([('y', 2), ('x', 1)])
    print(a == b, dict(a) == dict(b), a == {'y': 2, 'x': 1}, a != b, a)
    print(a.keys(), a.values(), a.items(), list(reversed(a)), list(reversed(a.keys())),
          list(reversed(a.values())), list(reversed(a.items())))
    print(repr(OrderedDict()), OrderedDict(a=1, b=2), OrderedDict({'z': 1, 'a': 2}), OrderedDict([(1, 2)], k=3))
    attempt(OrderedDict().popitem)
    attempt(a.move_to_end, 'zz')
    attempt(a.pop, 'zz')
    print(a.pop('zz', 'dflt'), a.setdefault('n', 5), a.setdefault('x', 9), a)
    a['x'] = 100
    print(a, a.copy(), type(a.copy()).__name__, a | {'q': 1}, {'q': 1} | a)
    a |= {'r': 2}
    del a['y']
    print(a, len(a), 'x' in a, a.get('x'), isinstance(a, dict))
    a.update([('m', 1)], n=2)
    a.update({'o': 3})
    print(a)
    rec = OrderedDict(a=1)
    rec['self'] = rec
    print(rec)

    class Sub(OrderedDict):
        pass
    s = Sub(a=1)
    print(s, repr(Sub()), s.keys(), s == OrderedDict(a=1))
    lru = OrderedDict()
    for i in [1, 2, 3, 1, 4, 2, 5, 1, 6]:
        if i in lru:
            lru.move_to_end(i)
        lru[i] = str(i)
        if len(lru) > 3:
            lru.popitem(last=False)
    print(lru)


@case
def chainmap_behaviour():
    base = {'a': 1, 'b': 2}
    over = {'b': 20, 'c': 30}
    cm = ChainMap(over, base)
    print(cm, cm['a'], cm['b'], len(cm), list(cm), sorted(cm.items()), cm.get('z', 0), 'c' in cm, bool(ChainMap()))
    cm['d'] = 4
    print(over, cm.maps, cm.parents, cm.new_child(), cm.new_child({'x': 0}).maps)
    del cm['d']
    attempt(cm.__delitem__, 'a')
    attempt(cm.__getitem__, 'zz')
    attempt(ChainMap().popitem)
    attempt(cm.pop, 'zz')
    print(cm.pop('c'), cm, ChainMap.fromkeys('ab', 0), cm.copy(), cm | {'k': 1}, dict(cm))


@case
def userdict_userlist():
    u = UserDict({'a': 1}, b=2)
    u['c'] = 3
    del u['a']
    print(u, len(u), 'b' in u, u.get('z', 9), dict(u), u.copy(), type(u.copy()).__name__, u | {'q': 1})
    attempt(u.__getitem__, 'a')

    class WithMissing(UserDict):
        def __missing__(self, key):
            return key * 2
    print(WithMissing()['ab'], UserDict.fromkeys('xy', 1), u == {'b': 2, 'c': 3})
    ul = UserList([3, 1, 2])
    ul.append(5)
    ul.sort()
    print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [0] + ul, ul * 2, len(ul), 2 in ul, ul == [1, 2, 3, 5])
    ul.extend(UserList([7]))
    ul.insert(0, -1)
    print(ul, ul.pop(), ul.index(3), ul.count(1), ul < [5], ul.copy())
    ul.reverse()
    ul.remove(2)
    print(ul, ul.data)


@case
def deque_defaultdict_reachable():
    d = deque([1, 2, 3], maxlen=5)
    print(d, collections.deque is deque, isinstance(d, cabc.MutableSequence), isinstance(d, cabc.Sequence))
    dd = defaultdict(list)
    dd['a'].append(1)
    print(dd, isinstance(dd, cabc.MutableMapping), isinstance(dd, dict))


@case
def abc_isinstance():
    samples = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), iter(()),
               iter({}), iter(''), iter(range(2)), iter(range(1 << 70)), (x for x in ()), {}.keys(),
               {}.values(), {}.items(), type.__dict__, 1, 1.5, None, len, lambda: 0, object(),
               zip(), reversed([]), iter(set()), memoryview(b'')]
    names = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
             'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
             'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
             'ByteString', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator']
    for name in names:
        abc = getattr(cabc, name)
        print(name, abc.__module__, ''.join('1' if isinstance(s, abc) else '0' for s in samples))
    print(sorted(cabc.__all__))


@case
def abc_custom_classes():
    class OnlyIter:
        def __iter__(self):
            return iter([])

    class NoHash:
        __hash__ = None

    class Seq(cabc.Sequence):
        def __init__(self, items):
            self.items = items

        def __getitem__(self, i):
            return self.items[i]

        def __len__(self):
            return len(self.items)

    s = Seq([5, 6, 7, 6])
    print(isinstance(OnlyIter(), cabc.Iterable), isinstance(OnlyIter(), cabc.Iterator),
          isinstance(NoHash(), cabc.Hashable), issubclass(OnlyIter, cabc.Collection))
    print(list(s), 6 in s, s.index(6), s.count(6), list(reversed(s)), isinstance(s, cabc.Reversible))
    attempt(s.index, 99)
    attempt(s.index, 6, 2)
    attempt(cabc.Sequence)
    attempt(Seq)

    class Partial(cabc.MutableMapping):
        def __getitem__(self, k):
            raise KeyError(k)
    attempt(Partial)
    print(sorted(Partial.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__))

    class MS(cabc.MutableSet):
        def __init__(self, it=()):
            self.s = set(it)

        def __contains__(self, v):
            return v in self.s

        def __iter__(self):
            return iter(sorted(self.s))

        def __len__(self):
            return len(self.s)

        def add(self, v):
            self.s.add(v)

        def discard(self, v):
            self.s.discard(v)

    m = MS([1, 2, 3])
    print(sorted(m | {9}), sorted(m & [2, 3, 4]), sorted(m - {1}), sorted(m ^ {3, 4}), m <= {1, 2, 3, 4},
          m == {1, 2, 3}, m < {1, 2, 3}, m.isdisjoint([7]), m._hash() == hash(frozenset([1, 2, 3])))
    m |= [7]
    m -= [1]
    m ^= {2, 8}
    m &= {3, 7, 8, 9}
    print(sorted(m.s), m.pop(), sorted(m.s))
    attempt(m.remove, 100)
    m.clear()
    attempt(m.pop)

    class MM(cabc.MutableMapping):
        def __init__(self):
            self.d = {}

        def __getitem__(self, k):
            return self.d[k]

        def __setitem__(self, k, v):
            self.d[k] = v

        def __delitem__(self, k):
            del self.d[k]

        def __iter__(self):
            return iter(self.d)

        def __len__(self):
            return len(self.d)

    mm = MM()
    mm.update({'a': 1}, b=2)
    mm.update([('c', 3)])
    print(mm.d, mm.setdefault('a', 5), mm.setdefault('e', 6), mm.pop('e'), mm.pop('zz', 0), mm.popitem(),
          mm.get('zz'), 'a' in mm, type(mm.keys()).__name__, list(mm.items()), list(mm.values()), mm == {'a': 1, 'b': 2})
    print(repr(mm.keys())[:9], mm.keys() & {'a'}, ('a', 1) in mm.items(), 2 in mm.values())
    attempt(mm.pop, 'zz')
    mm.clear()
    attempt(mm.popitem)
    print(cabc.Set._hash(frozenset()) == hash(frozenset()))


@case
def abc_register():
    class Thing:
        pass

    class Other(Thing):
        pass

    print(issubclass(Thing, cabc.Sized))
    cabc.Sized.register(Thing)
    print(issubclass(Thing, cabc.Sized), issubclass(Other, cabc.Sized), isinstance(Other(), cabc.Sized),
          cabc.Sized.register(Thing) is Thing)
    attempt(cabc.Sized.register, 5)
    attempt(issubclass, 5, cabc.Sized)
    print(isinstance(5, cabc.Sized))


@case
def ordereddict_random_operations():
    rng = Rng(99)
    od = OrderedDict()
    plain = {}
    for step in range(400):
        key = rng.choice('abcdefgh')
        op = rng.below(9)
        try:
            if op == 0:
                od[key] = step
                result = None
            elif op == 1:
                del od[key]
                result = None
            elif op == 2:
                result = od.move_to_end(key, last=bool(rng.below(2)))
            elif op == 3:
                result = od.popitem(last=bool(rng.below(2)))
            elif op == 4:
                result = od.pop(key, 'missing')
            elif op == 5:
                result = od.setdefault(key, -step)
            elif op == 6:
                od.update([(key, step)], z=step)
                result = None
            elif op == 7:
                result = (od == OrderedDict(reversed(list(od.items()))), od == dict(od), list(reversed(od)))
            else:
                result = (od.copy() == od, len(od), key in od)
            print(step, op, key, result, list(od.items()))
        except KeyError as e:
            print(step, op, key, 'KeyError', e, list(od.items()))


@case
def counter_random_arithmetic():
    rng = Rng(7)
    for i in range(120):
        a = Counter({rng.choice('abcde'): rng.below(7) - 3 for _ in range(rng.below(5))})
        b = Counter({rng.choice('abcde'): rng.below(7) - 3 for _ in range(rng.below(5))})
        c = a.copy()
        c.update(b)
        d = a.copy()
        d.subtract(b)
        e = a.copy()
        e += b
        f = a.copy()
        f -= b
        g = a.copy()
        g |= b
        h = a.copy()
        h &= b
        print(i, a, b, a + b, a - b, a | b, a & b, +a, -a, c, d, e, f, g, h, a == b, a <= b, a < b,
              a >= b, a > b, a.most_common(2), a.total(), sorted(a.elements()))


run_cases()

# collections edges a differential check against CPython's module pinned down: namedtuple's
# rename/defaults/module and the errors of each bad name, _make/_replace/_asdict/_field_defaults
# and the generated methods' docs and qualnames; Counter's arithmetic (binary, unary, in-place,
# with a plain dict), its rich comparisons as multiset inclusion, most_common with odd n and
# unorderable counts in the repr; OrderedDict's move_to_end/popitem, order-aware equality and
# recursive repr; ChainMap's first-map writes and their errors, | with dicts, recursive repr;
# UserDict/UserList/UserString results keep their class.
from collections import namedtuple, Counter, OrderedDict, ChainMap, UserDict, UserList, UserString

for names, kw in [('a b', {}), ('a,b c', {}), (['a', 'def', '_x', 'a', '1'], {'rename': True}),
                  ('a b c', {'defaults': [2, 3]}), ('a', {'defaults': (1, 2)}), ('a _b', {}), ('a a', {}),
                  ('a class', {}), (['a', 3], {}), ('a 1b', {}), ('x y', {'module': 'mod'}),
                  ('', {}), ('x', {'defaults': iter([9])})]:
    try:
        T = namedtuple('P', names, **kw)
        print(T._fields, T._field_defaults, T.__doc__, T.__module__, T.__new__.__doc__, T.__new__.__defaults__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for tn in ('class', '1x', 'P q', 'é'):
    try:
        print(namedtuple(tn, 'a').__name__)
    except ValueError as e:
        print('ValueError', e)

P = namedtuple('P', 'x y z', defaults=[0])
p = P(1, 2)
print(p, p._asdict(), p._replace(z=5), P._make([7, 8, 9]), p.__getnewargs__(), P.__match_args__)
for bad in (lambda: P._make([1]), lambda: p._replace(w=1, v=2), lambda: P(), lambda: P(1, 2, 3, 4),
            lambda: P(1, x=2), lambda: setattr(p, 'x', 3), lambda: delattr(p, 'x'), lambda: p.__dict__):
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(P.x.__doc__, P._make.__qualname__, P._replace.__qualname__, P.__repr__.__qualname__, P._make.__doc__,
      P._replace.__doc__)

a = Counter('abracadabra')
b = Counter({'a': 2, 'b': -1, 'z': 3, 'c': 0})
print(a + b, a - b, a | b, a & b, +b, -b)
print(a == Counter(dict(a)), a != b, a <= a + b, a < a, Counter('ab') < Counter('abc'), Counter('ab') >= Counter('a'))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=1, b=0), Counter() < Counter(b=-1))
for op in ('+=', '-=', '|=', '&='):
    c = a.copy()
    exec('c %s b' % op)
    print(op, c)
c = a.copy()
c += {'a': -10, 'q': 2}
print(c)
print(a.most_common(2), a.most_common(0), a.most_common(-1), b.most_common())
for n in (1.5, 'x'):
    try:
        print(a.most_common(n))
    except TypeError as e:
        print('TypeError', e)
print(Counter({'a': 'x', 'b': 1}), Counter(), sorted(a.elements()), a.total())
for bad in (lambda: a + {'a': 1}, lambda: a < {'a': 1}, lambda: Counter.fromkeys('ab'), lambda: Counter(1),
            lambda: Counter('a', 'b')):
    try:
        print(bad())
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
c = Counter('aab')
c.subtract('abz')
c.update({'a': 5}, y=1)
del c['nothing']
print(c, c['missing'], c.__reduce__())

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('d', last=False)
print(od, od.popitem(), od.popitem(last=False), list(reversed(od)))
print(od == OrderedDict.fromkeys('ace'), od == OrderedDict.fromkeys('eca'), od == dict.fromkeys('eca'))
od['self'] = od
print(od, od.keys(), od.items())
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), list(cm), cm.get('c', 'D'), cm.parents, cm.new_child({'c': 4}, d=5))
for bad in (lambda: cm.__delitem__('b'), lambda: cm.pop('b'), lambda: ChainMap({}).popitem(), lambda: cm | 1):
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(cm | {'z': 0}, {'z': 0} | cm, cm.pop('zz', 'dflt'), ChainMap.fromkeys('ab', 1))
cm.maps.append(cm)
print(cm)

ud = UserDict({'a': 1}, b=2)
ul = UserList([3, 1, 2])
us = UserString('Hello')
print(ud | {'c': 3}, {'c': 3} | ud, type(ud.copy()).__name__, UserDict.fromkeys('xy', 0))
print(ul + [4], [0] + ul, ul * 2, type(ul[1:]).__name__, ul + (9,), ul < [4], ul == [3, 1, 2])
print(us + '!', '>' + us, us * 2, us[1:3], type(us.upper()).__name__, us.split('l'), 'ell' in us, us % ())

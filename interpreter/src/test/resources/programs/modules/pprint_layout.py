# pprint: CPython's line breaking for nested dicts, lists, tuples, sets and long strings, with
# width, indent, depth, compact and sort_dicts; recursion; pformat, pp, saferepr.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'heap', 'sizes': [16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256],
        'arenas': {'used': 3, 'free': 1, 'pools': [(0, 'empty'), (1, 'used'), (2, 'full')]},
        'flags': {30, 10, 20}, 'frozen': frozenset({3, 1, 2}), 'none': None, 'pi': 3.14159}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, sort_dicts=False)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(list(range(30)), width=30)
pprint.pprint((1,))
pprint.pprint(tuple(range(25)), width=20)
pprint.pprint({'key': 'a long string that keeps going and going past the width of the line for sure ' * 2}, width=50)
pprint.pprint('short')
pprint.pprint('word ' * 30, width=40)
pprint.pprint(['line one\nline two\n' * 3], width=30)
pprint.pprint({3: 'c', 1: 'a', 2: 'b', 'x': 0, (1, 2): 'tuple'})
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), 'ID'))
d = {'self': None}
d['self'] = d
print(pprint.pformat(d).replace(str(id(d)), 'ID'), pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='))
print(pprint.isreadable([1, 'a']), pprint.isreadable([object()]), pprint.isrecursive(r), pprint.isrecursive([1]))
print(repr(pprint.pformat({'a': 1, 'b': [1, 2, 3]}, width=10)))
pprint.pp({'z': 1, 'a': 2})
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))
dd = defaultdict(list)
for i in range(12):
    dd['k%d' % i].append(i * 1000)
pprint.pprint(dd)
pprint.pprint(Counter('abracadabra' * 10 + 'xyzzy' * 7 + 'qwertyuiop'))
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint([set(), {}, [], (), '', OrderedDict(), deque()])
pprint.pprint(12345678901234567890, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'alpha': [1, 2, 3], 'beta': {'x': 'y' * 20}})
print(pp.pformat([{'k': i} for i in range(4)]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)

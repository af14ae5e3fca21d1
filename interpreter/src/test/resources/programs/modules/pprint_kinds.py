# pprint beyond the basic containers, as a differential fuzzer against CPython's module checked it:
# dataclasses (generated repr only, repr=False fields left out, recursion as '...'), bytes and
# bytearray cut into groups of four, mappingproxy, SimpleNamespace and its subclasses, ChainMap,
# the User* wrappers, deque with maxlen, Counter, defaultdict, subclasses with their own repr,
# an empty repr (isreadable gives ''), depth limits, recursion, widths, indents, compact mode,
# underscore_numbers and a PrettyPrinter subclass that overrides format().
import collections
import dataclasses
import io
import pprint
import re
import types


def clean(text):
    return re.sub(r"id=\d+", "id=N", text)


@dataclasses.dataclass
class Point:
    x: object
    y: object = 0
    secret: object = dataclasses.field(default=None, repr=False)


class Plain:
    def __repr__(self):
        return 'Plain()'


@dataclasses.dataclass(repr=False)
class Quiet(Plain):
    a: object


@dataclasses.dataclass
class Own:
    a: object

    def __repr__(self):
        return f'Own<{self.a!r}>'


class Blank:
    def __repr__(self):
        return ''


class Tagged(list):
    def __repr__(self):
        return 'Tagged' + list.__repr__(self)


class Spaced(types.SimpleNamespace):
    pass


long = list(range(12))
data = bytes(range(40, 90))
samples = [
    Point(long, {'k': long, 'j': 'text ' * 6}, secret=long),
    Quiet(long), Own(long), [Own(long), Quiet(1)],
    data, bytearray(data), [data[:5], data[:4], bytearray(b'ab' * 9)], (data,),
    types.MappingProxyType({'a': long, 'b': {'c': long}}),
    types.SimpleNamespace(first=long, second='words ' * 8, third=types.SimpleNamespace(inner=long)),
    Spaced(a=long, b=2),
    collections.ChainMap({'a': long}, {'b': long}, {}), collections.ChainMap(),
    collections.UserList(long * 2), collections.UserDict({'a': long, 'b': long}), collections.UserString('word ' * 20),
    collections.deque(long, maxlen=20), collections.deque(long), collections.deque(),
    collections.Counter('abracadabra' * 4), collections.Counter(),
    collections.defaultdict(list, {'a': long, 'b': long}), collections.defaultdict(int),
    collections.OrderedDict([('z', long), ('a', long)]),
    Tagged(long * 3), {Blank(): 'x' * 70}, frozenset(range(30)), set(range(100, 140, 3)),
    {1: 'a', 'b': 2, None: 3, (1, 2): 4, 2.5: 5, b'k': long},
    'a single long string with many words that goes well past the width of the line ' * 2,
    ['nested', ['strings that are long enough to be cut into pieces over lines ' * 2]],
    'line one\nline two is a little longer\n\nline four\n' * 3,
]
for sample in samples:
    for width in (80, 30, 12, 1):
        print(f'-- width {width}:')
        print(clean(pprint.pformat(sample, width=width)))
    print(pprint.isreadable(sample), pprint.isrecursive(sample), repr(pprint.saferepr(sample))[:70])

print(repr(pprint.isreadable(Blank())), repr(pprint.isreadable([Blank()])), repr(pprint.isreadable({1: Blank()})))
for indent in (0, 2, 4):
    for compact in (False, True):
        print(pprint.pformat([long, {'key': long}, (long,), 'text ' * 12], indent=indent, width=30, compact=compact))
for depth in (1, 2, 3):
    print(pprint.pformat({'a': [1, (2, {3: [4]})], 'b': Point([1, [2, [3]]])}, depth=depth, width=20))
    print(pprint.saferepr({'a': [1, (2, {3: [4]})]}), pprint.PrettyPrinter(depth=depth).format({'a': [1, [2]]}, {}, depth, 0))
print(pprint.pformat([10 ** 12, -10 ** 7, {2 ** 70: 3}], underscore_numbers=True, width=20))

loop = Point(1)
loop.y = loop
print(pprint.pformat(loop, width=10), pprint.isrecursive([loop]), clean(pprint.saferepr(loop)))
ring = [1, 2]
ring.append(ring)
table = {'ring': ring, 'list': long}
table['table'] = table
print(clean(pprint.pformat(table, width=30)))
print(pprint.isrecursive(table), pprint.isreadable(table), clean(pprint.saferepr(table)))
ns = types.SimpleNamespace(a=long)
ns.me = ns
print(clean(pprint.pformat(ns, width=20)))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


Upper(width=30).pprint({'key': ['some words', 'more words here', long]})
print(Upper().isreadable(['x']), Upper().pformat(('a',)))
out = io.StringIO()
pprint.pp({'b': long, 'a': long}, out, width=40)
pprint.pprint({'b': 1, 'a': 2}, out)
print(out.getvalue(), end='')
for bad in [dict(indent=-1), dict(depth=0), dict(width=0), dict(indent='3'), dict(width='x')]:
    try:
        print(pprint.PrettyPrinter(**bad)._width)
    except Exception as exc:
        print(type(exc).__name__, exc)

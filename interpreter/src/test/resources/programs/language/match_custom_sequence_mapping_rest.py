# Pins down: sequence patterns against custom Sequence subclasses (registered and inherited), which
# methods a sequence pattern calls (__len__, __getitem__ with ints/slices for star patterns), mapping
# patterns with **rest against custom Mapping types (get() calls, rest is a new dict), str/bytes
# never matching sequence patterns, and binding order of captures.
import collections.abc as cabc

class Log:
    calls = []

class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        Log.calls.append('len')
        return len(self.items)
    def __getitem__(self, i):
        Log.calls.append(('getitem', i if isinstance(i, int) else 'slice'))
        return self.items[i]

class Reg:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

cabc.Sequence.register(Reg)

class Map(cabc.Mapping):
    def __init__(self, **kw):
        self.d = dict(kw)
    def __getitem__(self, k):
        Log.calls.append(('getitem', k))
        return self.d[k]
    def __iter__(self):
        Log.calls.append('iter')
        return iter(self.d)
    def __len__(self):
        Log.calls.append('len')
        return len(self.d)
    def get(self, k, default=None):
        Log.calls.append(('get', k))
        return self.d.get(k, default)

def seq(x):
    Log.calls.clear()
    match x:
        case []:
            r = 'empty'
        case [a]:
            r = f'one {a}'
        case [a, b]:
            r = f'two {a} {b}'
        case [first, *mid, last]:
            r = f'star first={first} mid={mid} last={last}'
        case _:
            r = 'other'
    return r, list(Log.calls)

for v in [Seq(), Seq(1), Seq(1, 2), Seq(1, 2, 3, 4), Reg(), Reg('x', 'y'), Reg(1, 2, 3)]:
    print(type(v).__name__, seq(v))

for v in ['ab', b'ab', bytearray(b'ab'), (1, 2), [1, 2, 3], range(3), memoryview(b'xy')]:
    print(type(v).__name__, seq(v)[0])

def mp(x):
    Log.calls.clear()
    match x:
        case {'a': 1, **rest}:
            r = ('a1', rest, type(rest).__name__)
        case {'b': b, 'c': c}:
            r = ('bc', b, c)
        case {'z': _, **rest} if rest:
            r = ('z+', sorted(rest))
        case {}:
            r = 'empty-mapping'
        case _:
            r = 'not mapping'
    return r, list(Log.calls)

for v in [Map(a=1, x=2, y=3), Map(b=5, c=6), Map(z=0, q=1), Map(z=0), {}, {'a': 1}, {'a': 2},
          [('a', 1)], collections.OrderedDict(a=1, k=9) if (collections := __import__('collections')) else None]:
    print(mp(v))

# default dict's __missing__ is not used by mapping patterns
from collections import defaultdict
dd = defaultdict(lambda: 'missing', {'k': 1})
match dd:
    case {'nope': v}:
        print('matched nope', v)
    case {'k': v}:
        print('matched k', v, sorted(dd))

# binding order: names bound even when a later subpattern fails? (only on success in CPython)
x = 'unset'
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print('x after failed case', x)

# star captures a list even from a tuple
match (1, 2, 3, 4, 5):
    case (1, *middle, 5):
        print(middle, type(middle).__name__)

# nested with alternatives and as
match [1, [2, 3], {'k': (4, 5)}]:
    case [int() as a, [2 | 3 as b, c], {'k': (d, *e)}]:
        print(a, b, c, d, e)

# duplicate keys in a mapping pattern at runtime? (literal duplicates are a SyntaxError)
try:
    compile("match x:\n case {'a': 1, 'a': 2}: pass\n", 's', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match x:\n case [*a, *b]: pass\n", 's', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match x:\n case {**r, 'a': 1}: pass\n", 's', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match x:\n case a | b: pass\n", 's', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match x:\n case [a, a]: pass\n", 's', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match x:\n case a:\n  pass\n case 1: pass\n", 's', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)

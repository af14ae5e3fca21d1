# match statement protocol edges: __match_args__ errors (not a tuple, too many positionals, a
# keyword given twice), the self-matching builtins (int(x), str(x)...), mapping patterns against
# a dict subclass with __missing__ (get() is used, never __missing__) and **rest, sequence
# patterns refusing str/bytes/bytearray, star in the middle, or-patterns, guards with walrus
# binding even on failure, and class patterns calling isinstance through __instancecheck__.
import collections
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class BadArgs:
    __match_args__ = ['x']
    x = 1
class Over(Pt):
    pass
def describe(v):
    match v:
        case Pt(0, 0): return 'origin'
        case Pt(x, 0) | Pt(0, x): return f'axis {x}'
        case Pt(x=x, y=y) if (s := x + y) > 10: return f'big {s}'
        case int(n) | float(n) if n < 0: return f'negative {n}'
        case bool(b): return f'bool {b}'
        case int(n): return f'int {n}'
        case str() as s if not s: return 'empty str'
        case str(s): return f'str {s!r}'
        case [first, *mid, last] if mid: return f'seq {first} {mid} {last}'
        case [a, b]: return f'pair {a} {b}'
        case {'kind': 'circle', 'r': r, **rest}: return f'circle {r} {rest}'
        case {'kind': kind}: return f'kind {kind}'
        case _: return f'other {type(v).__name__}'
for v in [Pt(0, 0), Pt(3, 0), Pt(0, 4), Pt(6, 7), Pt(1, 1), -3, -2.5, True, 7, '', 'hi', [1, 2, 3, 4],
          (1, 2), 'ab', b'ab', bytearray(b'ab'), {'kind': 'circle', 'r': 2, 'c': 'red'}, {'kind': 'sq'},
          collections.OrderedDict(kind='od'), range(2), memoryview(b'xy'), collections.deque([5, 6])]:
    print(describe(v))
match Pt(2, 3):
    case Pt(x=gx) if (gs := gx * 100) > 1000: print('not here')
    case _: print('guard failed, still bound:', gx, gs)
class Missing(dict):
    def __missing__(self, k):
        print('  __missing__', k); return 'invented'
match Missing(a=1):
    case {'b': b}: print('matched b', b)
    case {'a': a}: print('matched a', a)
for pattern_src in ['case BadArgs(1): pass', 'case Pt(1, 2, 3): pass', 'case Pt(1, x=2): pass']:
    src = 'match subject:\n    ' + pattern_src + '\n'
    obj = BadArgs() if 'BadArgs' in pattern_src else Pt(1, 2)
    try:
        exec(src, {'subject': obj, 'BadArgs': BadArgs, 'Pt': Pt})
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print('TypeError:', e)
for src in ['match x:\n    case a: pass\n    case b: pass\n', 'match x:\n    case {"k": 1, "k": 2}: pass\n',
            'match x:\n    case [a, a]: pass\n', 'match x:\n    case a | b: pass\n', 'match x:\n    case Pt(x=1, x=2): pass\n',
            'match x:\n    case *a: pass\n', 'match x:\n    case {**r, "k": 1}: pass\n', 'match x:\n    case 1 + 2: pass\n']:
    try:
        compile(src, 'm', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
class Meta(type):
    def __instancecheck__(cls, obj):
        print('  __instancecheck__', obj); return obj == 'magic'
class Magic(metaclass=Meta): pass
for v in ('magic', 'plain'):
    match v:
        case Magic(): print('is Magic', v)
        case _: print('not Magic', v)
match {'a': 1, 'b': 2, 'c': 3}:
    case {'a': 1, **rest}: print(rest, type(rest).__name__)
match [1, [2, [3, 4]]]:
    case [_, [_, [*_, last]]]: print('deep last', last)

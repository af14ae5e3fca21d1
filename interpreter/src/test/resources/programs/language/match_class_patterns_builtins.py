# Structural pattern matching over class patterns: the built-ins that match their subject with one
# positional pattern (int, str, bool, float, bytes, list, tuple, dict, set, frozenset, bytearray)
# and their subclasses, __match_args__ on user classes (inherited, overridden, too many positional
# patterns, non-tuple __match_args__, duplicate attribute), keyword patterns on missing
# attributes, and bool/int/float relations under literal and class patterns.
from dataclasses import dataclass

def kind(subject):
    match subject:
        case bool(b):
            return f'bool {b}'
        case int(0 | 1 as n):
            return f'small int {n}'
        case int(n) if n < 0:
            return f'negative {n}'
        case float(f) | int(f):
            return f'number {f!r}'
        case str() as s if not s:
            return 'empty str'
        case str(s):
            return f'str {s}'
        case bytes(b) | bytearray(b):
            return f'bytes-like {bytes(b)!r}'
        case [int(), *rest]:
            return f'int-led sequence +{len(rest)}'
        case dict({'k': v}):
            return f'dict with k={v}'
        case frozenset(fs) | set(fs):
            return f'set-like {sorted(fs)}'
        case _:
            return f'other {type(subject).__name__}'

class MyInt(int): pass
class MyStr(str): pass
for s in [True, 0, 1, -3, 2, 2.5, '', 'hi', b'x', bytearray(b'yz'), [1, 2], (3,), ['a'],
          {'k': 9, 'z': 0}, {'q': 1}, {3, 1}, frozenset({2}), MyInt(1), MyStr('sub'), None]:
    print(repr(s), '->', kind(s))

@dataclass
class Point:
    x: int
    y: int

class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point3(x, y, z=5):
            return f'z5 at {x},{y}'
        case Point(0, y):
            return f'on y axis {y}'
        case Point(x=0 | 1 as x, y=y):
            return f'near axis {x},{y}'
        case Point():
            return 'some point'
print(Point.__match_args__, Point3.__match_args__)
for p in [Point3(0, 0, 0), Point3(1, 2, 5), Point(0, 7), Point(1, 4), Point(5, 5), Point3(4, 4, 4)]:
    print(p, where(p))

def attempt(subject, src):
    ns = {'subject': subject, 'Point': Point, 'Bad': Bad, 'NoArgs': NoArgs}
    try:
        exec(src, ns)
        print('matched' if ns.get('hit') else 'no match')
    except TypeError as e:
        print('TypeError', e)

class Bad:
    __match_args__ = ['a']
    a = 1
class NoArgs:
    pass
attempt(Point(1, 2), "match subject:\n case Point(1, 2, 3): hit = 1")
attempt(Bad(), "match subject:\n case Bad(1): hit = 1")
attempt(NoArgs(), "match subject:\n case NoArgs(1): hit = 1")
attempt(Point(1, 2), "match subject:\n case Point(1, x=1): hit = 1")
attempt(5, "match subject:\n case int(5, 6): hit = 1")
attempt(5, "match subject:\n case len(): hit = 1")
attempt(Point(1, 2), "match subject:\n case Point(z=1): hit = 1")
attempt(Point(1, 2), "match subject:\n case Point(x=1, y=2): hit = 1")
try:
    compile("match s:\n case Point(x=1, x=2): pass", '<p>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match s:\n case x: pass\n case 1: pass", '<p>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile("match s:\n case [a, a]: pass", '<p>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
match 1.0:
    case 1:
        print('1.0 matches literal 1')
match True:
    case 1:
        print('True matches literal 1')
match 1:
    case True:
        print('unexpected')
    case _:
        print('1 does not match True (identity)')

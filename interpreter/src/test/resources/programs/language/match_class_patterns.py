# match: class patterns with __match_args__, keyword patterns, guards, or-patterns with captures, sequence/mapping corners
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point(0, 0):
            return 'origin'
        case Point(x, 0) | Point(0, x):
            return f'axis {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point(int(x), y=float() as y):
            return f'int/float {x} {y}'
        case Point():
            return 'point'
        case [Point(x, y), *rest]:
            return f'list starting at {x},{y} +{len(rest)}'
        case {'kind': 'circle', 'r': r, **others}:
            return f'circle {r} {sorted(others)}'
        case {'kind': str(k)}:
            return f'kind {k}'
        case (1 | 2 | 3) as small:
            return f'small {small}'
        case str() | bytes():
            return 'text'
        case [_, _, *_] if len(p) > 4:
            return 'long sequence'
        case _:
            return 'other'

for v in (Point3(0, 0, 0), Point(0, 0), Point(5, 0), Point(0, 7), Point(2, 2), Point(1, 2.5), Point('a', 'b'),
          [Point(1, 2), 3, 4], {'kind': 'circle', 'r': 2, 'c': 0, 'a': 1}, {'kind': 'sq'}, {'kind': 3}, 2, 'ab', b'x',
          (1, 2, 3, 4, 5), [1, 2], 4.0):
    print(where(v))

class Bad:
    __match_args__ = ('a',)

class NoArgs:
    pass

for subject, pat in ((Bad(), 'missing'), (NoArgs(), 'too many'), (Point(1, 2), 'dup')):
    try:
        match subject:
            case Bad(x) if pat == 'missing':
                print('no')
            case NoArgs(x):
                print('no')
            case Point(x, x=y):
                print('no')
    except TypeError as e:
        print('TypeError:', e)

class T:
    __match_args__ = 'x'
try:
    match T():
        case T(a):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print('TypeError:', e)
match [1, [2, 3]]:
    case [a, [b, *c]]:
        print(a, b, c)
match {'a': 1}:
    case {'a': 1, **rest}:
        print('rest', rest)
from collections import OrderedDict
match OrderedDict(x=1):
    case {'x': v}:
        print('ordered', v)
match range(3):
    case [0, *mid, 2]:
        print('range', mid)
match 'abc':
    case [*_]:
        print('str as sequence?')
    case _:
        print('str is not a sequence pattern subject')

# Enum.__members__ is a read-only mapping proxy over the members and aliases, in definition order.
from enum import Enum, IntFlag
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
m = Shape.__members__
print(type(m).__name__, m)
print(list(m), list(m.items())[-1], len(m), 'CIRCLE' in m, m['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
for name, member in m.items():
    if name != member.name:
        print('alias', name, '->', member.name)
try:
    m['TRIANGLE'] = 4
except TypeError as e:
    print('TypeError', e)
try:
    del m['SQUARE']
except TypeError as e:
    print('TypeError', e)
print(Shape.__members__ == Shape.__members__, dict(m) == dict(Shape.__members__), m.get('NONE', 'absent'))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.__members__)

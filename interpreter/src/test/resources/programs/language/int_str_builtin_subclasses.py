# Subclasses of built-in value types as real code writes them: int/str/float/tuple/list/dict
# subclasses whose operations return the base type, __repr__/__str__/__format__ inherited or
# overridden (format() of an int subclass with a __str__), __new__ normalizing values, extra
# attributes, bool refusing subclassing, and equality/hash staying the base type's.
class Cents(int):
    def __new__(cls, value):
        return super().__new__(cls, round(value * 100))
    def __str__(self):
        return f'${int(self) / 100:.2f}'
c = Cents(1.239)
print(c, repr(c), int(c), type(c + 1).__name__, type(-c).__name__, type(c * c).__name__, type(abs(c)).__name__)
print(f'{c}', f'{c:d}', f'{c!r}', format(c, ''), '%s %d' % (c, c), str(c), c == 124, hash(c) == hash(124))
print(type(c // 1).__name__, type(+c).__name__, type(c.real).__name__, type(round(c)).__name__, c.numerator, type(c.numerator).__name__)

class Tag(str):
    def __new__(cls, text, level=0):
        obj = super().__new__(cls, text.strip())
        obj.level = level
        return obj
t = Tag('  hello ', level=2)
print(repr(t), t.level, type(t.upper()).__name__, type(t + '!').__name__, type(t[1:]).__name__, type(t * 2).__name__)
print(t == 'hello', {'hello': 1}[t], type(str(t)).__name__, type(f'{t}').__name__, type('%s' % t).__name__, type(''.join([t])).__name__)
print(type(t.strip()).__name__, type(t.replace('z', 'q')).__name__, t.__dict__, type(format(t)).__name__)

class Ratio(float):
    def __repr__(self):
        return f'Ratio({float(self)!r})'
r = Ratio(0.5)
print(r, repr(r), str(r), f'{r}', f'{r:.1%}', type(r + 1).__name__, [r], r.is_integer(), r.hex())

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, repr(p), p.first, type(p + (3,)).__name__, type(p[:]).__name__, p == (1, 2), type(p * 1).__name__)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
s = Stack([1]).push(2).push(3)
print(s, type(s).__name__, type(s + [4]).__name__, type(s[:2]).__name__, type(s * 2).__name__, type(s.copy()).__name__)
s2 = s
s2 += [9]
print(type(s2).__name__, s2 is s)

class Registry(dict):
    def __repr__(self):
        return f'Registry({dict.__repr__(self)})'
rg = Registry(a=1)
print(rg, type(rg | {'b': 2}).__name__, type(rg.copy()).__name__, type(dict(rg)).__name__, type({**rg}).__name__)
print(type(Registry.fromkeys('ab')).__name__, str(rg), [rg])

try:
    class MyBool(bool):
        pass
except TypeError as e:
    print('TypeError', e)

class Color(str):
    __slots__ = ()
    def __format__(self, spec):
        return f'<{str(self)}:{spec}>'
print(f'{Color("red"):>5}', format(Color('x')), '{:z}'.format(Color('y')), str(Color('q')))
class Big(int):
    def __index__(self):
        return 3
    def __int__(self):
        return 4
b = Big(7)
print([0, 1, 2, 3, 4, 5, 6, 7][b], hex(b), int(b), operator_index := __import__('operator').index(b), range(10)[b])
class Cmp(int):
    def __eq__(self, other):
        return 'custom'
    __hash__ = int.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != 1, {Cmp(1): 'v'}[1] if False else len({Cmp(1), 1}))

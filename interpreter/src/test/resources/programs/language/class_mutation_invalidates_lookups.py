# Pins down: lookups staying right while classes change under running loops (what the specializing
# interpreter's caches must notice): methods added, replaced and deleted on a base after calls were
# made through a subclass instance, __bases__ reassigned (MRO recomputed, old methods gone), a
# class attribute shadowed by an instance attribute and a descriptor added later, __getattr__ added
# to a class, __class__ switched on an instance inside a loop, and module globals/builtins
# shadowed and unshadowed between calls.
import builtins

class A:
    def who(self):
        return 'A.who'
    tag = 'A.tag'
class B(A):
    pass
class C:
    def who(self):
        return 'C.who'
    tag = 'C.tag'

b = B()
def calls(obj, n=3):
    return [obj.who() for _ in range(n)]
def tags(obj, n=3):
    return [obj.tag for _ in range(n)]

print(calls(b), tags(b))
A.who = lambda self: 'A.who replaced'
print(calls(b))
B.who = lambda self: 'B.who own'
print(calls(b))
del B.who
print(calls(b))
del A.who
try:
    calls(b)
except AttributeError as e:
    print('AttributeError', e)
A.who = lambda self: 'A.who again'
print(calls(b))

B.__bases__ = (C,)
print(B.__mro__, calls(b), tags(b))
B.__bases__ = (A,)
print(calls(b), tags(b))
try:
    B.__bases__ = ()
except TypeError as e:
    print('TypeError', e)
try:
    B.__bases__ = (B,)
except TypeError as e:
    print('TypeError', e)
try:
    A.__bases__ = (B,)
except TypeError as e:
    print('TypeError', e)
try:
    B.__bases__ = (int,)
except TypeError as e:
    print('TypeError', e)

print(tags(b))
b.tag = 'instance tag'
print(tags(b))
class Desc:
    def __get__(self, inst, owner):
        return 'data descriptor tag'
    def __set__(self, inst, value):
        pass
A.tag = Desc()
print(tags(b))
del A.tag
print(tags(b))
del b.tag
try:
    tags(b)
except AttributeError as e:
    print('AttributeError', e)

def missing(obj):
    try:
        return obj.nothing
    except AttributeError as e:
        return f'AttributeError: {e}'
print(missing(b))
A.__getattr__ = lambda self, name: f'__getattr__({name})'
print(missing(b))
del A.__getattr__
print(missing(b))

results = []
obj = B()
for i in range(6):
    if i == 3:
        obj.__class__ = C
    results.append(obj.who())
print(results)

def use_len():
    return len('abc')
print([use_len() for _ in range(2)])
len = lambda s: 'module len'
print([use_len() for _ in range(2)])
del len
print([use_len() for _ in range(2)])
saved = builtins.len
builtins.len = lambda s: 'patched builtin len'
print([use_len() for _ in range(2)])
builtins.len = saved
print([use_len() for _ in range(2)])

class Counter:
    count = 0
    def bump(self):
        type(self).count += 1
        return type(self).count
c = Counter()
print([c.bump() for _ in range(4)], Counter.count)
Counter.count = 100
print([c.bump() for _ in range(2)])

class Slotted:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
s = Slotted()
def read_x(o):
    return [o.x for _ in range(3)]
print(read_x(s))
Slotted.x = 'class x replaces the slot descriptor'
print(read_x(s))

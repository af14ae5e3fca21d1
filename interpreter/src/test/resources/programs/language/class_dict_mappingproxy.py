# C.__dict__ and vars(C) are a new read-only mappingproxy over the class namespace each time.
import sys, gc
class C:
    x = 1
    def f(self):
        return 2
d = C.__dict__
print(type(d).__name__, type(vars(C)).__name__, C.__dict__ is C.__dict__, C.__dict__ == C.__dict__)
print(d['x'], d.get('x'), d.get('nope'), d.get('nope', 0), 'f' in d, len(d) == len(list(d)))
print([k for k in d if not k.startswith('__')], list(d.keys())[:2], type(d.copy()).__name__)
try:
    d['y'] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d['x']
except TypeError as e:
    print("TypeError:", e)
try:
    d.x = 1
except AttributeError as e:
    print("AttributeError:", e)
C.y = 5
print(d['y'], 'y' in d)
print(sys.getsizeof(d), gc.is_tracked(d), repr(type.__dict__['__name__'])[:30])
print(type(vars(int)).__name__, repr(vars(type(None)))[:13], vars(int)['bit_length'] is int.__dict__['bit_length'])
before = sys.getrefcount(C)
p = C.__dict__
print(sys.getrefcount(C) - before)
class D(C):
    pass
print(sorted(k for k in vars(D)), D.__dict__.get('x'))

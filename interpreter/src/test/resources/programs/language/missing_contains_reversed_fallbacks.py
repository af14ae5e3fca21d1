# dict subclass __missing__ through every access path (only d[k] calls it), the __contains__
# fallbacks to __iter__ then __getitem__, __reversed__ fallback to __len__/__getitem__ and
# __reversed__ = None, __bool__ against __len__, __length_hint__ and operator.length_hint.
import operator, collections

class D(dict):
    def __missing__(self, key):
        print('  missing', repr(key))
        return key * 2
d = D(a=1)
print(d['a'], d['zz'])
print(d.get('q'), 'q' in d, d.setdefault('s', 5), d.pop('nope', 'dflt'))
print(sorted(d.items()), len(d))
print('{x}'.format_map(d), '%(y)s' % d)
import string
print(string.Template('$t').substitute(d) if False else 'skip')
c = collections.ChainMap({}, d)
try:
    print(c['w'])
except KeyError as e:
    print('ChainMap KeyError', e)
print(dict(d) == {'a': 1, 's': 5}, {**d} == dict(d))
class Bad(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + key)
try:
    Bad()['k']
except LookupError as e:
    print(type(e).__name__, e)
class NotCallable(dict):
    __missing__ = 3
try:
    NotCallable()['k']
except TypeError as e:
    print('TypeError:', e)
class DD(collections.defaultdict):
    def __missing__(self, key):
        print('  DD missing', key)
        return super().__missing__(key)
dd = DD(list)
dd['x'].append(1)
print(dd, dd.get('y'))

class IterOnly:
    def __iter__(self):
        print('  iter')
        return iter([1, 2, 3])
class GetItemOnly:
    def __getitem__(self, i):
        print('  getitem', i)
        if i >= 3: raise IndexError
        return i * 10
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
class ContainsTruthy:
    def __contains__(self, x): return 'yes' if x else ''
print(2 in IterOnly(), 5 not in IterOnly())
print(20 in GetItemOnly(), 7 in GetItemOnly())
try:
    1 in ContainsNone()
except TypeError as e:
    print('TypeError:', e)
print(1 in ContainsTruthy(), 0 in ContainsTruthy())
try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    1 in IterNone()
except TypeError as e:
    print('TypeError:', e)

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return 'abc'[i]
print(list(reversed(Seq())), list(Seq()))
class NoRev(Seq):
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(IterOnly())
except TypeError as e:
    print('TypeError:', e)
class CustomRev(Seq):
    def __reversed__(self): return iter('XYZ')
print(list(reversed(CustomRev())), reversed(range(3)).__length_hint__(), operator.length_hint(reversed(Seq())))

class BoolLen:
    def __init__(self, b, n): self.b, self.n = b, n
    def __bool__(self):
        print('  bool'); return self.b
    def __len__(self):
        print('  len'); return self.n
print(bool(BoolLen(True, 0)), not BoolLen(False, 5))
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)))
for bad in (-1, 2**70, 1.5, '3'):
    try:
        print(bool(LenOnly(bad)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class BoolBad:
    def __bool__(self): return 1
try:
    bool(BoolBad())
except TypeError as e:
    print('TypeError:', e)
class BoolNone:
    __bool__ = None
    def __len__(self): return 1
try:
    bool(BoolNone())
except TypeError as e:
    print('TypeError:', e)

class Hint:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return self.h
print(operator.length_hint(Hint(5)), operator.length_hint(object(), 9), list(Hint(100)))
for h in (NotImplemented, -1, 'x'):
    try:
        print(operator.length_hint(Hint(h), 7))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class HintLen(Hint):
    def __len__(self): return 4
print(operator.length_hint(HintLen(50)))

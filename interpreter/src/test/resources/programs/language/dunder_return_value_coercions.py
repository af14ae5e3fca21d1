# Pins down: what the interpreter does with odd return values of special methods: __len__ returning
# a bool, a huge int, a negative int, a float or an __index__ object; __bool__ returning an int
# (TypeError) and __len__ deciding truth when __bool__ is absent; __hash__ returning a huge int
# (reduced), a bool, an int subclass, -1 (becomes -2), a float (TypeError); __contains__ returning
# a non-bool (coerced); __iter__ = None and __reversed__ = None blocking the fallbacks; __eq__
# returning a non-bool inside list.count/index/remove and `in`; __index__ returning an int subclass.
import sys

class Len:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

for v in [True, 0, 5, -1, 2**63, 2**100, 2.5, Idx(3), Idx(-2), '3']:
    try:
        print('len', repr(v) if not isinstance(v, Idx) else f'Idx({v.v})', '->', len(Len(v)), bool(Len(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print('len', repr(v) if not isinstance(v, Idx) else f'Idx({v.v})', '!!', type(e).__name__, e)

class Bool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for v in [True, False, 1, 0, None, Idx(1)]:
    try:
        print('bool', repr(v) if not isinstance(v, Idx) else 'Idx', '->', bool(Bool(v)), 'yes' if Bool(v) else 'no', not Bool(v))
    except TypeError as e:
        print('bool', repr(v) if not isinstance(v, Idx) else 'Idx', '!!', e)

class BoolNone:
    __bool__ = None
    def __len__(self):
        return 1
try:
    bool(BoolNone())
except TypeError as e:
    print('__bool__ = None !!', e)

class Hash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class MyInt(int):
    def __hash__(self):
        return 99
for v in [1, -1, -2, 2**64, -(2**64), 2**61 - 1, 2**61, True, MyInt(7), 2.0, Idx(4), None]:
    try:
        h = hash(Hash(v))
        print('hash', repr(v) if not isinstance(v, Idx) else 'Idx', '->', h, type(h).__name__)
    except TypeError as e:
        print('hash', repr(v) if not isinstance(v, Idx) else 'Idx', '!!', e)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1.0) == hash(1), hash(float(2**61)))

class Contains:
    def __init__(self, v):
        self.v = v
    def __contains__(self, item):
        return self.v
for v in [1, 0, 'x', '', [], None]:
    print('in', repr(v), '->', 3 in Contains(v), 3 not in Contains(v))
class ContainsRaises:
    def __contains__(self, item):
        raise LookupError('no')
try:
    1 in ContainsRaises()
except LookupError as e:
    print('LookupError', e)

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
for label, f in [('iter', lambda: iter(NoIter())), ('list', lambda: list(NoIter())), ('in', lambda: 1 in NoIter()),
                 ('unpack', lambda: [a for a, in [NoIter()]])]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError', e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return 'ab'[i]
try:
    reversed(NoRev())
except TypeError as e:
    print('reversed TypeError', e)
class GetitemOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(GetitemOnly())), list(GetitemOnly()), 20 in GetitemOnly())

class WeirdEq:
    def __init__(self, result):
        self.result = result
    def __eq__(self, other):
        return self.result
    __hash__ = None
items = [1, 2, 3]
for res in ['yes', '', 0, [1], None]:
    w = WeirdEq(res)
    try:
        print('eq ->', repr(res), w in items, items.count(w), items.index(w) if w in items else '-', (1, 2).count(w))
    except ValueError as e:
        print('ValueError', e)
class EqRaises:
    def __eq__(self, other):
        raise RuntimeError('eq boom')
try:
    [1, 2].index(EqRaises())
except RuntimeError as e:
    print('RuntimeError', e)
lst = [1, 2]
try:
    lst.remove(WeirdEq(0))
except ValueError as e:
    print('ValueError', e)
lst.remove(WeirdEq(1))
print(lst)

class IntSub(int):
    pass
class IdxSub:
    def __index__(self):
        return IntSub(2)
print([10, 20, 30][IdxSub()], 'abcdef'[IdxSub():], range(10)[IdxSub()], (1, 2, 3, 4)[::IdxSub()])
class IdxBad:
    def __index__(self):
        return 2.0
try:
    [1, 2, 3][IdxBad()]
except TypeError as e:
    print('TypeError', e)
try:
    'abc'[1.0]
except TypeError as e:
    print('TypeError', e)
try:
    [1][2**70]
except IndexError as e:
    print('IndexError', e)
try:
    'x' * 2**70
except OverflowError as e:
    print('OverflowError', e)
print([1, 2, 3][-2**70:2**70], 'abc'[2**70:], range(5)[-2**70:])

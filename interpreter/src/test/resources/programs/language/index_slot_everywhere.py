# __index__ through every consumer: slicing, range, bin/hex/oct, sequence repetition, list
# indexing, operator.index, int(), math functions, struct; errors for non-int returns and bool
# subclass returns (the DeprecationWarning), and __int__/__float__ not being enough.
import operator, math, warnings

class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print(f'  __index__ -> {self.v!r}')
        return self.v

seq = list(range(10))
print(seq[I(2):I(8):I(2)])
print(seq[I(-1)], 'abcdef'[I(1)], (1, 2, 3)[I(0)])
print(range(I(1), I(10), I(3)), list(range(I(3))))
print(bin(I(5)), hex(I(255)), oct(I(8)))
print([0] * I(3), 'ab' * I(2), I(2) * (1,))
print(operator.index(I(7)), math.comb(I(5), I(2)), math.factorial(I(4)))
print(int(I(9)) if hasattr(int, '__index__') else '')
print(format(I(3), '') if False else 'skip format')
print(chr(I(65)), (10).to_bytes(I(2), 'big'), round(2.567, I(1)))
print(bytes(I(2)), bytearray(I(1)))
print(range(10)[I(4)], range(10)[I(1):I(3)])
print(math.gcd(I(12), I(18)), divmod(7, 2))

class NotInt:
    def __index__(self): return 2.5
try:
    [1, 2, 3][NotInt()]
except TypeError as e:
    print('TypeError:', e)
try:
    operator.index(NotInt())
except TypeError as e:
    print('TypeError:', e)
try:
    range(NotInt())
except TypeError as e:
    print('TypeError:', e)

class OnlyInt:
    def __int__(self): return 3
    def __float__(self): return 3.0
for label, f in [('list[]', lambda: [1, 2, 3, 4][OnlyInt()]), ('range', lambda: range(OnlyInt())),
                 ('bin', lambda: bin(OnlyInt())), ('slice', lambda: 'abcd'[OnlyInt():]),
                 ('mul', lambda: 'x' * OnlyInt()), ('chr', lambda: chr(OnlyInt())),
                 ('int', lambda: int(OnlyInt())), ('math.floor', lambda: math.floor(OnlyInt())),
                 ('hex', lambda: hex(1.0)), ('slice float', lambda: [1][1.0:]),
                 ('tuple idx', lambda: (1,)['0']), ('str idx', lambda: 'a'[None])]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError:', e)

class BoolIdx(int): pass
class ReturnsSub:
    def __index__(self): return BoolIdx(1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = operator.index(ReturnsSub())
    print(r, type(r).__name__)
    for x in w:
        print(x.category.__name__, x.message)

class Big:
    def __index__(self): return 10**30
try:
    [1][Big()]
except IndexError as e:
    print('IndexError:', e)
try:
    'x' * Big()
except OverflowError as e:
    print('OverflowError:', e)
print(range(Big())[-1] == 10**30 - 1, len(range(0, Big(), 10**29)))
try:
    len(range(Big()))
except OverflowError as e:
    print('OverflowError:', e)
print(slice(I(1), I(5)).indices(I(3)))
print(seq[True], seq[False:True])

# list.sort picks its comparison once per sort from the keys' types (ints, floats, strs, tuples,
# one other type, or a mix); each choice must order exactly as the generic '<' does
import random
random.seed(7)

def check(name, xs, **kw):
    a = sorted(xs, **kw)
    # a reference insertion sort with '<' alone, stable
    keyf = kw.get('key') or (lambda v: v)
    b = []
    for x in xs:
        k = keyf(x)
        i = len(b)
        while i > 0 and k < keyf(b[i - 1]):
            i -= 1
        b.insert(i, x)
    if kw.get('reverse'):
        b = []
        for x in reversed(xs):
            k = keyf(x)
            i = len(b)
            while i > 0 and k < keyf(b[i - 1]):
                i -= 1
            b.insert(i, x)
        b.reverse()
    print(name, a == b, [repr(v) for v in a[:6]], [repr(v) for v in a[-3:]])

ints = [random.randrange(-1000, 1000) for _ in range(300)]
check('small ints', ints)
check('small ints reversed', ints, reverse=True)
big = [random.randrange(-2**70, 2**70) for _ in range(200)] + [2**30 - 1, 2**30, -2**30, 2**60, -2**60 - 1, 0]
random.shuffle(big)
check('ints beyond 30 and 60 bits', big)
mixed = [random.choice([random.randrange(-50, 50), random.random() * 100 - 50]) for _ in range(300)]
check('ints mixed with floats', mixed)
check('bools and ints', [True, 0, False, 1, -1, True, 2, False])
floats = [random.uniform(-1e6, 1e6) for _ in range(300)] + [0.0, -0.0, float('inf'), -float('inf'), 1e-300]
random.shuffle(floats)
check('floats', floats)
strs = [''.join(random.choice('abcé\xff') for _ in range(random.randrange(0, 12))) for _ in range(300)]
check('latin-1 strs', strs)
wide = [''.join(random.choice('aé\u0101\u4e00\U0001f600z') for _ in range(random.randrange(0, 8))) for _ in range(300)]
check('strs with non-latin-1 characters', wide)
check('strs differing after eight bytes', ['abcdefgh' + c for c in 'zyxabc'] + ['abcdefgh', 'abcdefg', 'abcdefghij'])
check('str prefixes', ['a' * n for n in range(20, 0, -1)])
tups = [(random.randrange(5), random.randrange(5), random.choice('xyz')) for _ in range(300)]
check('tuples whose first items tie', tups)
check('tuples of floats', [(random.random(), i) for i in range(100)])
check('tuples of strs', [(random.choice(['b', 'a', 'é', '\u4e00']), i) for i in range(100)])
check('tuples of tuples', [((random.randrange(3),), random.randrange(3)) for i in range(100)])
check('tuples of different lengths', [(1,), (1, 2), (0, 5), (1, 1), (), (0,)] * 3)
check('key=abs', ints, key=abs)
check('key=str', ints, key=str)
check('key to tuple', ints, key=lambda v: (v % 7, -v))
check('lists', [[random.randrange(3) for _ in range(random.randrange(4))] for _ in range(100)])

class MyInt(int):
    calls = 0
    def __lt__(self, other):
        MyInt.calls += 1
        return int(self) > int(other)   # a reversed order

check('int subclass with __lt__', [MyInt(v) for v in ints[:100]])
print('MyInt.__lt__ calls', MyInt.calls)

class MyStr(str):
    calls = 0
    def __lt__(self, other):
        MyStr.calls += 1
        return len(self) < len(other)

check('str subclass with __lt__', [MyStr(s) for s in strs[:100]])
print('MyStr.__lt__ calls', MyStr.calls)
MyInt.calls = 0
check('int subclass mixed with ints', [MyInt(v) if i % 3 == 0 else v for i, v in enumerate(ints[:60])])
print('MyInt.__lt__ calls', MyInt.calls)

nan = float('nan')
xs = [3.0, nan, 1.0, 2.0, nan, 0.5, -1.0]
print('NaN floats', sorted(xs))
print('NaN in tuples', sorted([(x, i) for i, x in enumerate(xs)]))
print('NaN mixed with ints', sorted([3, nan, 1, 2.5, 0]))

try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1.5, 'x'])
except TypeError as e:
    print('TypeError', e)

# Pins down: augmented assignment's protocol: the order of __getitem__/__iadd__/__setitem__ and
# __getattribute__/__iadd__/__setattr__ calls, the target expression evaluated once, __iadd__
# returning NotImplemented falling back to __add__ then __radd__, __iadd__ returning another
# object (stored back), the tuple-item += list case (mutates, then raises), list += any iterable
# against list + iterable (TypeError), list *= with negatives and __index__, and str/bytes/tuple
# += building new objects.
log = []

class Num:
    def __init__(self, v, mode='normal'):
        self.v = v
        self.mode = mode
    def __iadd__(self, other):
        log.append(f'iadd({self.v}, {other})')
        if self.mode in ('notimpl', 'notimpl-all'):
            return NotImplemented
        if self.mode == 'other':
            return Num(self.v + other, 'fresh')
        self.v += other
        return self
    def __add__(self, other):
        log.append(f'add({self.v}, {other})')
        if self.mode == 'notimpl-all':
            return NotImplemented
        return Num(self.v + other, 'from-add')
    def __radd__(self, other):
        log.append(f'radd({self.v}, {other})')
        return Num(other + self.v, 'from-radd')
    def __repr__(self):
        return f'Num({self.v}, {self.mode})'

class Box:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return self.store[k]
    def __setitem__(self, k, v):
        log.append(f'setitem {k} {v!r}')
        self.store[k] = v

class Attrs:
    def __getattribute__(self, name):
        log.append(f'getattribute {name}')
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(f'setattr {name} {value!r}')
        object.__setattr__(self, name, value)

def key(k):
    log.append(f'key {k}')
    return k

def flush(label, value):
    print(label, value, log)
    log.clear()

b = Box()
b.store['x'] = Num(1)
b[key('x')] += 5
flush('item iadd', b.store['x'])
b.store['y'] = Num(1, 'notimpl')
b[key('y')] += 5
flush('item notimpl', b.store['y'])
b.store['z'] = Num(1, 'other')
b[key('z')] += 5
flush('item other', b.store['z'])
a = Attrs()
object.__setattr__(a, 'n', Num(10))
log.clear()
a.n += 1
flush('attr iadd', a.n)
log.clear()
n = Num(3, 'notimpl-all')
try:
    n += 4
except TypeError as e:
    flush('notimpl all', f'TypeError {e}')
m = 7
m += Num(1, 'x')
flush('int += Num', m)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e, t)
t2 = ([1],)
t2[0].extend([3])
print(t2)

lst = [1]
alias = lst
lst += (2, 3)
lst += 'ab'
lst += {9: 'k'}
lst += range(2)
print(lst, alias is lst)
try:
    lst + (1,)
except TypeError as e:
    print('TypeError', e)
try:
    lst += 5
except TypeError as e:
    print('TypeError', e)
class Two:
    def __index__(self):
        return 2
x = [1, 2]
x *= Two()
print(x)
x *= -3
print(x, alias is lst)
y = [0]
try:
    y *= 2.0
except TypeError as e:
    print('TypeError', e)
try:
    y *= 2**100
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)

s = 'ab'
s_id_before = s
s += 'c'
print(s, s is s_id_before)
tt = (1,)
tt0 = tt
tt += (2,)
print(tt, tt is tt0)
bb = bytearray(b'a')
bb0 = bb
bb += b'b'
bb *= 2
print(bb, bb is bb0)
by = b'a'
by0 = by
by += b'b'
print(by, by is by0)
fs = frozenset({1})
fs0 = fs
fs |= {2}
print(sorted(fs), fs is fs0)
st = {1}
st0 = st
st |= {2}
st -= {1}
st ^= {5}
st &= {2, 5, 7}
print(sorted(st), st is st0)
try:
    st |= [1]
except TypeError as e:
    print('TypeError', e)
d = {'a': 1}
d0 = d
d |= [('b', 2)]
print(d, d is d0)
counter = __import__('collections').Counter('aab')
c0 = counter
counter += __import__('collections').Counter('bcc')
counter -= __import__('collections').Counter('a')
print(sorted(counter.items()), counter is c0)

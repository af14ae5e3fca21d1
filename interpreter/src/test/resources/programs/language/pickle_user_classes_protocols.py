# pickle of user classes under protocols 0-5: __reduce__/__reduce_ex__ precedence, __getnewargs__
# and __getnewargs_ex__ (keyword-only __new__ needs protocol 2+ and a copyreg.__newobj_ex__ at
# 4+), __getstate__/__setstate__, nested classes by __qualname__ (protocol 4 only before 3.x? all
# in 3.11), objects shared and recursive, and the PicklingErrors for local classes and lambdas.
import pickle, pickletools, io

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __getstate__(self):
        return {'c': self.celsius}
    def __setstate__(self, state):
        self.celsius = state['c']
        self.restored = True
    def __repr__(self):
        return f'T({self.celsius})'

class Frozen:
    def __new__(cls, a, *, b):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self
    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}
    def __repr__(self):
        return f'Frozen({self.a}, b={self.b})'

class Coord(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __getnewargs__(self):
        return tuple(self)

class Outer:
    class Inner:
        def __init__(self): self.v = 'inner'

class Both:
    def __reduce__(self):
        return (str, ('from __reduce__',))
    def __reduce_ex__(self, proto):
        return (str, (f'from __reduce_ex__ {proto}',))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(Temperature(21.5), proto))
    c = pickle.loads(pickle.dumps(Coord(1, 2), proto))
    inner = pickle.loads(pickle.dumps(Outer.Inner(), proto))
    both = pickle.loads(pickle.dumps(Both(), proto))
    try:
        fr = pickle.loads(pickle.dumps(Frozen(1, b=2), proto))
    except Exception as e:
        fr = f'{type(e).__name__}: {e}'
    print(proto, t, t.restored, type(c).__name__, c, inner.v, both, fr)

shared = [1, 2]
data = {'a': shared, 'b': shared, 'temps': [Temperature(1)] * 2}
data['self'] = data
for proto in (0, 2, 5):
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back['a'] is back['b'], back['self'] is back, back['temps'][0] is back['temps'][1])

def make_local():
    class Local:
        pass
    return Local()
for obj in (make_local(), lambda: 1, (x for x in ()), make_local):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        text = str(e)
        if ' at 0x' in text:
            text = text[:text.index(' at 0x')] + text[text.index('>', text.index(' at 0x')):]
        print(type(e).__name__, text)

print(pickle.dumps(None, 0), pickle.dumps(True, 1), pickle.dumps(1, 2), pickle.dumps('é', 0), pickle.dumps(b'ab', 3))
print(pickle.dumps((1, 'a'), 5), pickle.dumps([], 4), pickle.dumps({}, 1), pickle.dumps(2**40, 0))
ops = [op.name for op, arg, pos in pickletools.genops(pickle.dumps(Temperature(3), 2))]
print(ops)
ops4 = [op.name for op, arg, pos in pickletools.genops(pickle.dumps(Frozen(1, b=2), 4))]
print(ops4)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=3)
p.dump([1]); p.dump('two')
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)
for bad in (b'', b'\x80\x09.', b'garbage', b'(lp0\n'):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print('ValueError', e)
print(pickle.loads(pickle.dumps(frozenset({1}), 4)), pickle.loads(pickle.dumps(bytearray(b'x'), 5)), pickle.loads(pickle.dumps(range(1, 9, 2))))
print(pickle.loads(pickle.dumps(slice(1, None, 2))), pickle.loads(pickle.dumps(Ellipsis)), pickle.loads(pickle.dumps(NotImplemented)), pickle.loads(pickle.dumps(type(None))))

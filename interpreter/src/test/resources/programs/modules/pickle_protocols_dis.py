# pickle across protocols 0-5 for the kinds of values an application stores (nested containers,
# a class with __getstate__/__setstate__, __reduce_ex__, a shared reference, bytes and
# bytearray, sets, a namedtuple), the sizes per protocol, pickletools.dis and optimize output,
# and the errors of unpicklable values.
import collections
import io
import pickle
import pickletools

Point = collections.namedtuple('Point', 'x y')

class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance, self.cache = owner, balance, {'tmp': 1}
    def __getstate__(self):
        s = self.__dict__.copy()
        del s['cache']
        return s
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}
    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __reduce_ex__(self, proto):
        return (Money, (self.cents,))
    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents

shared = [1, 2]
value = {'list': [1, 2.5, 'three', None, True], 'tuple': (shared, shared), 'set': {3},
         'fs': frozenset(), 'bytes': b'\x00\xff', 'ba': bytearray(b'ab'), 'pt': Point(1, 2),
         'acct': Account('ann', 10), 'money': Money(250), 'big': 2 ** 70, 'neg': -1, 'c': 1 + 2j}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(value, protocol=proto)
    back = pickle.loads(blob)
    print(proto, len(blob), back['tuple'][0] is back['tuple'][1], back['acct'], back['acct'].cache,
          back['money'] == value['money'], back['pt'], type(back['ba']).__name__)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)

small = [1, 'a', (2, 3), {'k': None}, 1.5, True, b'z', shared, shared]
for proto in (0, 2, 4):
    print(f'--- protocol {proto}')
    pickletools.dis(pickle.dumps(small, protocol=proto))
opt = pickletools.optimize(pickle.dumps(small, 4))
print(len(pickle.dumps(small, 4)), len(opt), pickle.loads(opt) == small)
out = io.StringIO()
pickletools.dis(pickle.dumps(Point(3, 4), 2), out=out, indentlevel=2)
print(out.getvalue().splitlines()[:6])

for bad in [lambda x: x, (i for i in range(2)), open.__self__ if False else None]:
    try:
        pickle.dumps(bad)
        print('pickled', repr(bad))
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
for blob in [b'', b'\x80\x05', b'garbage', pickle.dumps([1, 2])[:-3]]:
    try:
        pickle.loads(blob)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print('ValueError', e)

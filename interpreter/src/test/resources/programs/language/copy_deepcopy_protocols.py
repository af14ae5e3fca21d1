# copy and deepcopy protocols as containers and caches implement them: __copy__ and
# __deepcopy__ with the memo (shared sub-objects and cycles preserved), __reduce_ex__ returning
# the 2-to-6-tuple forms (state, listitems, dictitems, state setter), __getstate__/__setstate__
# with a falsy state, copyreg registration, and what copy refuses (generators, modules' objects).
import copy, copyreg

class Cache:
    def __init__(self):
        self.data = {}
        self.hits = 0
    def __copy__(self):
        new = Cache()
        new.data = self.data
        return new
    def __deepcopy__(self, memo):
        print('deepcopy Cache memo has self:', id(self) in memo)
        new = Cache()
        memo[id(self)] = new
        new.data = copy.deepcopy(self.data, memo)
        return new

c = Cache(); c.data['k'] = [1]; c.hits = 9
s = copy.copy(c); d = copy.deepcopy(c)
print(s.data is c.data, s.hits, d.data == c.data, d.data['k'] is c.data['k'], d.hits)
shared = [1, 2]
pair = [shared, shared, {'again': shared}]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[2]['again'] is dp[0], dp[0] is shared)
cyc = {'name': 'cyc'}; cyc['self'] = cyc
dc = copy.deepcopy(cyc)
print(dc['self'] is dc, dc is not cyc)
holder = [c, c]
dh = copy.deepcopy(holder)
print(dh[0] is dh[1])

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return (Bag, (), {'tag': 'bag'}, iter(self.items), None)
    def append(self, x):
        self.items.append(x)
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
b = copy.copy(Bag(1, 2))
print(b.items, b.tag)

class Table(dict):
    def __reduce__(self):
        return (Table, (), None, None, iter(self.items()))
t = copy.deepcopy(Table(a=[1]))
print(type(t).__name__, t)

class Falsy:
    def __init__(self): self.v = 1
    def __getstate__(self): return 0
    def __setstate__(self, st): print('setstate with falsy state', st)
f = copy.copy(Falsy())
print(type(f).__name__, f.__dict__)

class Setter:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        return (Setter, (0,), {'v': self.v * 10}, None, None, Setter.state_setter)
    @staticmethod
    def state_setter(obj, state):
        obj.v = ('via setter', state['v'])
try:
    print(copy.copy(Setter(4)).v)
except TypeError as e:
    print('TypeError', e)

class Registered:
    def __init__(self, v): self.v = v
def reduce_registered(obj):
    return (Registered, (obj.v + 100,))
copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)

class Defaults:
    pass
o = Defaults(); o.a = [1]
print(copy.copy(o).a is o.a, copy.deepcopy(o).a is o.a)
print(copy.copy(5), copy.deepcopy((1, 2)) , copy.copy([1, [2]]), copy.deepcopy(frozenset({1})))
t1 = (1, 2); print(copy.deepcopy(t1) is t1, copy.copy(t1) is t1, copy.deepcopy(([],)) is t1)
import types
print(copy.deepcopy(len) is len, copy.copy(Defaults) is Defaults)
try:
    copy.deepcopy(types)
except TypeError as e:
    print('TypeError', e)
def gen():
    yield 1
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(gen())
    except TypeError as e:
        print('TypeError', e)

class BadReduce:
    def __reduce_ex__(self, proto):
        return 'not-a-tuple-or-str'
try:
    copy.copy(BadReduce())
except Exception as e:
    print(type(e).__name__, e)
class ShortReduce:
    def __reduce_ex__(self, proto):
        return (ShortReduce,)
try:
    copy.copy(ShortReduce())
except Exception as e:
    print(type(e).__name__, e)

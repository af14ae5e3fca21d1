# Evaluation order CPython 3.11 guarantees: decorators before defaults before annotations at def
# time, keyword defaults after positional ones, augmented assignment on subscripts and attributes
# (each __getitem__/__setitem__ once, the target evaluated once), dict displays key before value,
# call arguments left to right with * and ** unpacked in place, chained assignment left to right,
# and a generator expression's first iterable evaluated eagerly.
log = []
def t(label, value=None):
    log.append(label)
    return value if value is not None else label
def deco(name):
    t('deco ' + name)
    return lambda f: (t('apply ' + name), f)[1]
@deco('outer')
@deco('inner')
def f(a=t('default a'), *, k=t('default k'), b: t('ann b') = t('default b')) -> t('ann ret'):
    pass
print(log); log.clear()

class Box:
    def __init__(self): self.data = {'k': 1}; self._a = 10
    def __getitem__(self, key): t(f'getitem {key}'); return self.data[key]
    def __setitem__(self, key, v): t(f'setitem {key}={v}'); self.data[key] = v
    @property
    def a(self): t('get a'); return self._a
    @a.setter
    def a(self, v): t(f'set a={v}'); self._a = v
def box(): t('eval box'); return bx
bx = Box()
box()[t('key', 'k')] += t('rhs', 5)
box().a += t('rhs2', 1)
print(log, bx.data, bx._a); log.clear()

d = {t('k1'): t('v1'), t('k2'): t('v2'), **{t('k3'): t('v3')}}
print(log); log.clear()
def g(*a, **k): return a, sorted(k)
g(t('p1'), *[t('star')], t('p2'), kw=t('kw'), **{t('dstar'): 1})
print(log); log.clear()
x = y = t('chained', [])
class Tgt:
    def __setattr__(self, n, v): t('setattr ' + n); object.__setattr__(self, n, v)
o = Tgt()
o.p = o.q = t('value')
print(log, x is y); log.clear()
it = (v for v in t('iterable', [1, 2]) if t('cond ' + str(v)))
print(log); log.clear()
list(it)
print(log); log.clear()
try:
    gen = (v for v in 5)
except TypeError as e:
    print('TypeError at creation:', e)
a, b = t('first', 1), t('second', 2)
b, a = a, b
print(log, a, b); log.clear()
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'set'
print(lst)
def cmp_log(x):
    class C:
        def __lt__(self, o): t(f'{x}<'); return True
    return C()
cmp_log(1) < cmp_log(2) < cmp_log(3)
print(log); log.clear()
r = t('cond', True) and t('A') or t('B')
print(log, r); log.clear()
s = {t('s1'), t('s2')}
l2 = [t('l1'), *t('l*', ['x']), t('l2')]
print(log); log.clear()
def kwonly(*, a, b): return a, b
print(kwonly(b=t('b'), a=t('a')), log); log.clear()
z = t('lam default', 7)
fn = lambda q=t('lam default 2'): q
print(log, fn()); log.clear()
try:
    {t('bad key'): t('never?')} if False else {[t('listkey')]: t('val')}
except TypeError as e:
    print('TypeError:', e, log); log.clear()

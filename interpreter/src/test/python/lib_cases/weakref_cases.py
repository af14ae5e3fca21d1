# weakref: the weak containers, WeakMethod and finalize; entries go when their objects die.
import gc
import sys
import weakref
from casekit import case, run_cases, noaddr


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, noaddr(str(e)))


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name

    def method(self, x):
        return (self.name, x)

    def __lt__(self, other):
        return self.name < other.name


@case
def value_dictionary():
    a, b, c = Obj('a'), Obj('b'), Obj('c')
    d = weakref.WeakValueDictionary({'a': a, 'b': b}, c=c)
    print(len(d), sorted(d.keys()), sorted(d.values()), sorted(d.items()), 'a' in d, 'z' in d, d['a'], d.get('z', 0))
    del a
    print(len(d), sorted(d), 'a' in d, d.get('a'))
    attempt(d.__getitem__, 'a')
    d['x'] = b
    print(sorted(d.items()), type(d.data['x']).__name__, d.data['x'].key, len(d.valuerefs()), len(list(d.itervaluerefs())))
    it = iter(d.items())
    first = next(it)
    del c
    print(len(d.data), d._pending_removals, first[0] in ('b', 'c', 'x'))
    rest = list(it)
    print(len(d.data), len(d), sorted(k for k, v in rest))
    print(d.pop('x'), attempt(d.pop, 'zz'), d.pop('zz', 'dflt'), d.setdefault('b', 1), d.popitem(), len(d))
    e = Obj('e')
    print(d.setdefault('e', e) is e, sorted(d.copy().items()), type(d.copy()).__name__, sorted((d | {'f': e}).keys()))
    d |= {'g': e}
    print(sorted(d), repr(d).startswith('<WeakValueDictionary at 0x'))
    del e
    print(len(d), list(d))
    attempt(weakref.WeakValueDictionary, {'k': 1})
    d2 = weakref.WeakValueDictionary()
    keep = [Obj(str(i)) for i in range(10)]
    for i, o in enumerate(keep):
        d2[i] = o
    seen = []
    for k in d2:
        seen.append(k)
        if k == 3:
            del keep[5:]
    print(len(seen), len(d2), sorted(d2))
    print(isinstance(d2, weakref.WeakValueDictionary), issubclass(weakref.WeakValueDictionary, dict))


@case
def key_dictionary():
    a, b = Obj('a'), Obj('b')
    d = weakref.WeakKeyDictionary({a: 1})
    d[b] = 2
    print(len(d), sorted(d.values()), sorted(d.keys()), sorted(d.items()), a in d, Obj('z') in d, 5 in d, d[a], d.get(b))
    del a
    print(len(d), sorted(d.items()))
    c = Obj('c')
    d[c] = 3
    it = iter(d.keys())
    next(it)
    del c
    print(len(d), len(d.data), len(d._pending_removals))
    list(it)
    print(len(d), len(d.data))
    print(d.pop(b), len(d), attempt(d.pop, b), d.pop(b, 'none'))
    attempt(d.__getitem__, b)
    attempt(d.__setitem__, 5, 1)
    e = Obj('e')
    print(d.setdefault(e, 9), d.setdefault(e, 10), len(d.keyrefs()), d.popitem()[1], len(d))
    d.update({e: 1}, )
    d.update([(e, 2)])
    print(d[e], type(d.copy()).__name__, len(d | {Obj('f'): 1}), repr(d).startswith('<WeakKeyDictionary at 0x'))
    del d[e]
    print(len(d))


@case
def weak_set():
    a, b, c = Obj('a'), Obj('b'), Obj('c')
    s = weakref.WeakSet([a, b])
    s.add(c)
    print(len(s), sorted(s), a in s, 5 in s, Obj('a') in s)
    del b
    print(len(s), sorted(s))
    t = weakref.WeakSet([a])
    print(t <= s, t < s, s >= t, s > t, s == weakref.WeakSet([a, c]), s != t, t.issubset([a]), s.isdisjoint(t))
    print(sorted(s | t), sorted(s - t), sorted(s & t), sorted(s ^ t), sorted(s.union([a])), sorted(s.difference([c])))
    u = s.copy()
    u -= t
    print(sorted(u))
    u |= [a]
    u &= [a, c]
    u ^= [c]
    print(sorted(u))
    s.remove(a)
    attempt(s.remove, a)
    s.discard(a)
    print(sorted(s), s.pop(), len(s))
    attempt(s.pop)
    s.update([a, c])
    s.clear()
    print(len(s), isinstance(s, weakref.WeakSet))
    attempt(s.add, 5)
    import collections.abc
    print(isinstance(s, collections.abc.MutableSet), weakref.WeakSet.__module__)
    w = weakref.WeakSet()
    objs = [Obj(str(i)) for i in range(6)]
    w.update(objs)
    n = 0
    for o in w:
        n += 1
        if n == 2:
            # every item dies but the current one (the iterator holds it)
            o = None
            del objs[:]
            print('during iteration', len(w), len(w.data))
    print(n, len(w), len(w.data))


@case
def weak_method():
    o = Obj('m')
    r = weakref.WeakMethod(o.method)
    print(r() is not None, r()(1), r() == o.method, r == weakref.WeakMethod(o.method), hash(r) == hash(weakref.WeakMethod(o.method)))
    called = []
    r2 = weakref.WeakMethod(o.method, lambda w: called.append(w is r2))
    del o
    print(r(), r2(), called, r == r2, r != r2, r == r)
    attempt(weakref.WeakMethod, len)
    attempt(weakref.WeakMethod, Obj.method)
    print(isinstance(r, weakref.ref), type(r).__mro__[1] is weakref.ref, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))


@case
def plain_refs_reexported():
    o = Obj('r')
    r = weakref.ref(o)
    p = weakref.proxy(o)
    print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), p.name, r() is o, weakref.ReferenceType is weakref.ref)
    del o
    print(r(), weakref.getweakrefcount(r))
    attempt(lambda: p.name)
    print(sorted(weakref.__all__))


@case
def finalizers():
    log = []
    o = Obj('f')
    f = weakref.finalize(o, log.append, 'finalized f')
    print(f.alive, f.atexit, f.peek()[1:] == (log.append, ('finalized f',), {}), repr(f)[:20], 'for' in repr(f))
    del o
    print(log, f.alive, f.peek(), f(), repr(f).endswith('; dead>'))
    o2 = Obj('g')
    g = weakref.finalize(o2, lambda *a, **k: ('called', a, sorted(k.items())), 1, k=2)
    print(g(), g(), g.alive)
    o3 = Obj('h')
    h = weakref.finalize(o3, log.append, 'h')
    obj, func, args, kwargs = h.detach()
    print(obj is o3, args, kwargs, h.alive, h.detach(), h.peek())
    del o3, obj
    print(log)
    h.atexit = True
    print(h.atexit)
    cyc = Obj('cycle')
    cyc.self = cyc
    weakref.finalize(cyc, log.append, 'cycle collected')
    del cyc
    gc.collect()
    print(log)
    # these run at exit, the last made first; the one with atexit=False does not
    keep = [Obj('x%d' % i) for i in range(3)]
    for i, k in enumerate(keep):
        weakref.finalize(k, print, 'at exit', i)
    off = weakref.finalize(keep[0], print, 'never at exit')
    off.atexit = False
    print(off.atexit, len([1 for x in weakref.finalize._registry.values() if x.atexit]))
    globals()['keep_until_exit'] = keep


run_cases()

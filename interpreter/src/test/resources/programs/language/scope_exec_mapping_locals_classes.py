# Pins down: exec/eval with custom mappings as locals (a dict subclass with __missing__, a
# non-dict Mapping with __getitem__/__setitem__ calls logged; globals must be a real dict),
# LOAD_NAME falling back to globals then builtins, class bodies run via exec-like namespaces,
# nonlocal/global declared in nested classes and functions inside class bodies, comprehension
# scoping in class bodies (the iterable evaluated in the class scope, the rest not), and locals()
# snapshots in functions against live namespaces in class bodies.
import collections.abc as cabc

class Logging(dict):
    def __getitem__(self, k):
        print('  get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('  set', k)
        super().__setitem__(k, v)
    def __missing__(self, k):
        print('  missing', k)
        if k == 'magic':
            return 99
        raise KeyError(k)

ns = Logging(a=1)
exec('b = a + 1\nc = magic + b\ndel a', {}, ns)
print(sorted(ns.items()))
print(eval('b * 10 + len("xy")', {}, ns))

class Mapping(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print('  M get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('  M set', k, v if not callable(v) else type(v).__name__)
        self.d[k] = v
    def __delitem__(self, k):
        print('  M del', k)
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

m = Mapping()
exec('x = 5\ny = x * 2\nfor i in range(2): pass\ndef f(): return y\nz = [x for x in range(2)]', {'__builtins__': __builtins__}, m)
print(sorted(m.d))
try:
    exec('print(undefined_name)', {}, m)
except NameError as e:
    print('NameError', e)
try:
    exec('x = 1', m)
except TypeError as e:
    print('TypeError', e)
try:
    eval('1', {}, 5)
except TypeError as e:
    print('TypeError', e)

# globals without __builtins__ get it inserted
g = {}
exec('r = len("abc")', g)
print('__builtins__' in g, g['r'])
g2 = {'__builtins__': {'len': lambda s: -1}}
exec('r = len("abc")', g2)
print(g2['r'])
try:
    exec('r = abs(-1)', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)

# a function defined inside exec with custom locals sees globals only
code = '''
val = 'local-val'
def reader():
    return val
try:
    result = reader()
except NameError as e:
    result = 'NameError: ' + str(e)
'''
loc = {}
exec(code, {'__builtins__': __builtins__}, loc)
print(loc['result'])
glb = {'__builtins__': __builtins__}
exec(code, glb)
print(glb['result'])

# nonlocal/global in nested classes
counter = 'global-counter'
def outer():
    counter = 0
    class Inner:
        nonlocal counter
        counter += 1
        class Deeper:
            global counter
            seen = counter
        def bump(self):
            nonlocal counter
            counter += 10
            return counter
    Inner().bump()
    return counter, Inner.Deeper.seen, 'counter' in Inner.__dict__
print(outer())

# class body comprehension scoping
class C:
    base = [1, 2, 3]
    k = 10
    first = [v for v in base]
    try:
        second = [v * k for v in base]
    except NameError as e:
        second = 'NameError: ' + str(e)
    third = [v for v in base if v in base] if False else 'skip'
    pairs = {v: w for v in base for w in [v]}
    lam = lambda self, k=k: k
print(C.first, C.second, C.pairs, C().lam())

# class body name resolution: class-level name shadows global only in the body, not in methods
x = 'global x'
class D:
    x = 'class x'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(D.y, D().m(), D.z)

def f():
    x = 'enclosing x'
    class E:
        y = x
        x = 'class x'
        z = x
    return E.y, E.z
print(f())

def g_():
    x = 'enclosing x'
    class E:
        def m(self):
            return x
        x = 'class x'
    return E().m()
print(g_())

# locals() snapshots in functions, live in class bodies
def snap():
    a = 1
    l = locals()
    b = 2
    l2 = locals()
    return sorted(l), l is l2, sorted(l2)
print(snap())
class Live:
    a = 1
    l = locals()
    b = 2
    keys = sorted(k for k in l if not k.startswith('__'))
print(Live.keys)

# eval of a comprehension in a class-like namespace cannot see locals from inside the comprehension
loc = {'n': 3}
print(eval('[i for i in range(n)]', {}, loc))
try:
    eval('[i * n for i in range(2)]', {}, loc)
except NameError as e:
    print('NameError', e)

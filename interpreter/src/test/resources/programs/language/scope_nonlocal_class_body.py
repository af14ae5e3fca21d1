# Scoping corners: class bodies are not enclosing scopes for their methods or comprehensions
# (except the first iterable), nonlocal through several levels, global declared in a nested
# function, names assigned after use (UnboundLocalError vs NameError and their messages), del of
# a free variable's cell, locals() in class bodies and __class__ cells, and exec with separate
# globals and locals.
x = 'global-x'

class C:
    x = 'class-x'
    items = [1, 2, 3]
    first = [x for _ in range(1)]
    doubled = [i * 2 for i in items]
    try:
        pairs = [(i, j) for i in items for j in items if j > len(items)]
    except NameError as e:
        err = str(e)
    def method(self):
        return x
    lam = lambda: x
    names = sorted(k for k in locals() if not k.startswith('__'))

print(C.first, C.doubled, getattr(C, 'pairs', None), getattr(C, 'err', None))
print(C().method(), C.lam(), C.names)

def counter():
    count = 0
    def level1():
        def level2():
            nonlocal count
            count += 1
            return count
        return level2
    return level1()
c = counter()
print(c(), c(), c.__code__.co_freevars, c.__closure__[0].cell_contents)

def make_global():
    def inner():
        global made
        made = 'made-it'
    inner()
make_global()
print(made)

def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)

def free_deleted():
    v = 1
    def get():
        return v
    del v
    return get
try:
    free_deleted()()
except NameError as e:
    print(type(e).__name__, e)

def name_err():
    return undefined_name_here
try:
    name_err()
except NameError as e:
    print('NameError', e, e.name)

class WithCell:
    def f(self):
        return __class__
    def g(self):
        return super().__repr__ is not None
    h = lambda self: __class__
print(WithCell().f() is WithCell, WithCell().g(), WithCell().h() is WithCell)

def shadow_builtin():
    len = lambda s: 'mine'
    def inner():
        return len('abc')
    return inner()
print(shadow_builtin(), len('abc'))

g_ns = {'y': 'from-globals'}
l_ns = {'y': 'from-locals'}
exec("z = y\ndef f():\n    return y\nw = f()", g_ns, l_ns)
print(l_ns['z'], l_ns['w'], 'z' in g_ns, 'f' in l_ns)

def closure_loop():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closure_loop())

def nonlocal_in_class():
    v = 'outer'
    class K:
        nonlocal v
        v = 'changed-by-class'
        w = v
    return v, K.w, hasattr(K, 'v')
print(nonlocal_in_class())

def walrus_scope():
    data = [1, 5, 9]
    if any((hit := n) > 4 for n in data):
        return hit
print(walrus_scope())
class Walrus:
    vals = [y := 10, y + 1]
print(Walrus.vals, Walrus.y)
for src in ("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "nonlocal q\n", "def f():\n    nonlocal nothere\n",
            "def f(a):\n    global a\n", "class A:\n    [(z := 1) for q in range(2)]\n"):
    try:
        compile(src, '<probe>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)

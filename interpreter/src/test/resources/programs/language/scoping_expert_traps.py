# Scoping traps: closures over loop variables, class-body names invisible to methods and to
# comprehensions in the class body, del of a free variable then use, UnboundLocalError wordings,
# global after use (the SyntaxError text), except-as names deleted, walrus in comprehensions,
# lambda defaults capturing.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def make():
    out = []
    for k in 'ab':
        def h(): return k
        out.append(h)
    k = 'z'
    return out
print([h() for h in make()])

class K:
    val = 10
    doubled = [val * 2 for _ in range(2)] if False else None
    try:
        lst = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
    first = [v for v in [val]]
    def method(self):
        try:
            return val
        except NameError as e:
            return 'method: ' + str(e)
print(K.err, K.first, K().method())

def outer():
    x = 1
    def inner(): return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    x = 2
    return inner()
print(outer())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1
    del y
    try:
        y
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
unbound()
counter = 0
def bump():
    try:
        counter += 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
bump()

for src in ('def f():\n    x = 1\n    global x\n',
            'def f():\n    print(x)\n    global x\n',
            'def f(x):\n    global x\n',
            'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
            'x = 1\nglobal x\n',
            'class C:\n    y = 1\n    nonlocal y\n',
            'def f():\n    global q\n    q: int = 1\n',
            'def f():\n    nonlocal zz\n',
            '[(yy := 1) for yy in range(3)]\n',
            '[i for i in range((j := 3))]\n',
            'def f():\n    [(w := 1) for _ in [w]]\n'):
    try:
        compile(src, 'probe', 'exec')
        print('compiled', src.split('\n')[1].strip() or src.strip())
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)

try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
try:
    e
except NameError as err:
    print('NameError:', err)
print(type(saved).__name__)
e = 'keep me'
try:
    raise KeyError('x')
except KeyError as e:
    pass
print('e' in dir())
def exc_local():
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return 'UnboundLocalError: ' + str(u)
print(exc_local())

data = [5, 12, 7, 20]
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
def walrus_fn():
    total = 0
    vals = [total := total + v for v in (1, 2, 3)]
    return vals, total
print(walrus_fn())
def walrus_nested():
    [[(deep := a * b) for b in range(2)] for a in range(3)]
    return deep
print(walrus_nested())
acc = []
any((last := n) > 10 for n in data)
print(last)
mult = [lambda x, m=m: x * m for m in (2, 3)]
print([f(10) for f in mult])
default_list = lambda x, acc=[]: acc.append(x) or acc
print(default_list(1), default_list(2))
def gen_scope():
    n = 1
    g = (n * i for i in range(3))
    n = 100
    return list(g)
print(gen_scope())

# Pins down: assignment expressions inside comprehensions binding in the containing function (or
# module, or as a global/nonlocal), the compile-time errors (walrus rebinding an iteration
# variable, walrus in a comprehension's iterable, in a class body comprehension), iteration
# variables not leaking, the first iterable evaluated eagerly in the enclosing scope (errors at
# creation for generator expressions), nested comprehensions reading outer loop variables late.
def f():
    data = [3, 1, 4, 1, 5]
    total = 0
    running = [total := total + x for x in data]
    print('running', running, 'total', total)
    if any((big := x) > 3 for x in data):
        print('first big', big)
    [last := x for x in data if x % 2]
    print('last odd', last)
    nested = [[(y := x * k) for k in range(2)] for x in range(3)]
    print('nested', nested, 'y', y)
    try:
        print(x)
    except NameError as e:
        print('NameError', e)
f()

g_total = 0
vals = [g_total := g_total + 1 for _ in range(3)]
print('module level', vals, g_total)

def outer():
    count = 0
    def inner():
        [count := count + 1 for _ in range(4)]
        return count
    try:
        return inner()
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(outer())

def outer_nonlocal():
    count = 10
    def inner():
        nonlocal count
        [count := count + 1 for _ in range(4)]
        return count
    r = inner()
    return r, count
print(outer_nonlocal())

def global_walrus():
    global gw
    [gw := i for i in range(3)]
global_walrus()
print('gw', gw)

for src in [
    '[i := 0 for i in range(3)]',
    '[j for i in range(3) for j in (i := [1])]',
    '[x for x in (y := [1, 2])]',
    'class C:\n    [z := 1 for _ in range(2)]\n',
    '[(a := 1) for a in range(2)]',
    '{k := 1: 2 for k in range(2)}',
    'def f():\n    [(w := 1) for _ in range(2)]\n    global w\n',
    'lambda: (v := 1)',
    '(x := 1, 2)',
    'x := 1',
    '[x for x in range(3) if (x := 2)]',
    'def g():\n    return [[(inner := 1) for _ in range(2)] for inner2 in range(2)]\n',
    '[[(z := 1) for z2 in range(2)] for z in range(2)]',
]:
    try:
        compile(src, '<s>', 'exec')
        print('ok   ', repr(src))
    except SyntaxError as e:
        print('error', repr(src), '->', e.msg)

# the first iterable is evaluated at creation, in the enclosing scope
def make():
    try:
        g = (x for x in undefined_thing)
    except NameError as e:
        print('genexp creation NameError', e)
    g = (x for x in [1, 2] if undefined_later)
    try:
        next(g)
    except NameError as e:
        print('genexp iteration NameError', e)
    try:
        g = (x for x in 5)
    except TypeError as e:
        print('genexp creation TypeError', e)
make()

# late binding of outer loop variables in nested generator expressions
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
i = 100
lazy = (i * j for j in range(2))
i = 200
print(list(lazy))
lazy2 = (j for j in range(i // 100))
i = 500
print(list(lazy2))

# comprehension variable shadowing a global does not leak nor change it
x = 'global x'
print([x for x in 'ab'], x)
print({x: x for x in 'cd'}, x)
print(list(x for x in 'ef'), x)

# class scope: the first iterable sees the class namespace, later ones do not
class K:
    items = [1, 2]
    mult = 10
    first = [v for v in items]
    try:
        pairs = [(v, w) for v in items for w in items]
    except NameError as e:
        pairs = f'NameError: {e}'
print(K.first, K.pairs)

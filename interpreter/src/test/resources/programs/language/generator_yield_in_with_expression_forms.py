# Pins down: yield used as an expression in odd positions (arguments, subscripts, conditionals,
# f-strings, augmented assignment, with-items, return of yield), yield inside `with` whose
# __enter__/__exit__ are themselves generators-driven, gi_yieldfrom while delegating, send()
# values flowing into each position, and evaluation order around a suspended yield.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print(f'  enter {self.tag}')
        return self.tag
    def __exit__(self, *exc):
        print(f'  exit {self.tag} {exc[0].__name__ if exc[0] else None}')
        return False

def positions():
    a = f(1, (yield 'arg'), 3)
    print('  call got', a)
    d = {'k': 0}
    d[(yield 'key')] = (yield 'value')
    print('  dict', d)
    x = (yield 'cond') if (yield 'test') else 'else-branch'
    print('  cond', x)
    s = f'<{(yield "fstr")}>'
    print('  fstr', s)
    n = 10
    n += yield 'aug'
    print('  aug', n)
    with CM((yield 'with-item')) as t:
        print('  inside with', t)
        r = yield 'in-with'
    lst = [(yield 'list0'), (yield 'list1')]
    print('  list', lst)
    return (yield 'last')

def f(*a):
    return a

g = positions()
sends = {'arg': 2, 'key': 'K', 'value': 'V', 'test': True, 'cond': 'COND', 'fstr': 'F', 'aug': 5,
         'with-item': 'W', 'in-with': None, 'list0': 'L0', 'list1': 'L1', 'last': 'RESULT'}
v = next(g)
try:
    while True:
        print('yielded', v)
        v = g.send(sends[v])
except StopIteration as e:
    print('returned', e.value)

# order: the receiver of a call is evaluated before the yield in an argument
def order():
    print('  start')
    def show(tag):
        print('  eval', tag)
        return tag
    r = show('callee')(show('a1'), (yield 1), show('a3')) if False else [show('x'), (yield 2), show('z')]
    return r
g = order()
print(next(g))
try:
    g.send('Y')
except StopIteration as e:
    print('order ->', e.value)

# gi_yieldfrom while delegating
def inner():
    yield 'i'
    return 'inner-ret'
def outer():
    r = yield from inner()
    yield r
g = outer()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom)

# yield in lambda and genexp
lam = lambda: (yield 'from lambda')
print(type(lam()).__name__, list(lam()))
gen_of_gen = (x for x in [1, 2])
print(type(gen_of_gen).__name__, gen_of_gen.gi_code.co_name)
for src in ['[(yield) for x in y]', '{(yield) for x in y}', '((yield) for x in y)', 'def f():\n    return [(yield x) for x in y]\n',
            'class C:\n    yield 1\n', 'yield 1', 'await x', 'def f():\n    x = yield = 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)

# the value of a yield expression when resumed with next()
def plain():
    x = yield 1
    y = yield x
    print('  x, y =', x, y)
g = plain()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('stopped')

# send non-None to a just-started generator
g = plain()
try:
    g.send(5)
except TypeError as e:
    print('TypeError', e)
print(g.send(None))

# yield from a non-iterable and from a string
def yf(x):
    yield from x
print(list(yf('ab')), list(yf(range(2))), list(yf({'k': 1})))
try:
    list(yf(5))
except TypeError as e:
    print('TypeError', e)

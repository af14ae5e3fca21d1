# Cells and namespaces: __closure__ cell_contents (the empty cell's ValueError, assigning and
# deleting it), a nonlocal shared by sibling closures, exec/eval with separate globals and locals
# (functions defined there cannot see the locals: class-body rules), locals() snapshots in
# functions, exec of a class statement using __build_class__ from the given builtins.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    def reset():
        nonlocal n
        del n
    return inc, get, reset
inc, get, reset = counter()
inc(); inc()
print(get(), [c.cell_contents for c in get.__closure__], get.__code__.co_freevars, inc.__code__.co_freevars)
get.__closure__[0].cell_contents = 40
print(inc(), get())
reset()
try:
    get()
except NameError as e:
    print('NameError:', e)
try:
    get.__closure__[0].cell_contents
except ValueError as e:
    print('ValueError:', e)
print(inc.__closure__[0] is get.__closure__[0], repr(get.__closure__[0]).split(' at ')[0])
try:
    inc()
except NameError as e:
    print('NameError:', e)
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print('ValueError:', e)
c.cell_contents = 'set'
print(c.cell_contents, types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
del c.cell_contents
print(repr(c).startswith('<cell at'), 'empty' in repr(c))

g = {'x': 'global-x'}
l = {'x': 'local-x'}
exec('def f(): return x\ny = x\nr = f()', g, l)
print(l['y'], l['r'], sorted(k for k in l), 'f' in g)
exec('class K:\n    v = x\n    w = [x for _ in range(1)]\n', g, l)
print(l['K'].v, l['K'].w)
print(eval('x', g, l), eval('x', g), eval('lambda: x', g, l)())
def snapshot():
    a = 1
    loc = locals()
    b = 2
    loc2 = locals()
    return sorted(loc), loc is loc2
print(snapshot())
def exec_cannot_assign():
    v = 'before'
    exec("v = 'after'")
    return v, locals()['v']
print(exec_cannot_assign())
ns = {}
exec('import math\nfrom math import pi as P', ns)
print(sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
calls = []
import builtins
def my_build_class(func, name, *bases, **kw):
    calls.append(name)
    return builtins.__build_class__(func, name, *bases, **kw)
fake_builtins = dict(vars(builtins))
fake_builtins['__build_class__'] = my_build_class
exec('class A: pass\nclass B(A): pass\n', {'__builtins__': fake_builtins})
print(calls)
try:
    exec('class C: pass', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
try:
    eval('len', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
print(eval('len("abc")', {'__builtins__': {'len': lambda s: 'fake'}}))
code = compile('total = a + b', 'gen', 'exec')
space = {'a': 1, 'b': 2}
exec(code, space)
print(space['total'], code.co_names)
try:
    exec(code, {'a': 1})
except NameError as e:
    print('NameError:', e)
try:
    eval('1', [])
except TypeError as e:
    print('TypeError:', e)
try:
    exec('x', {}, 5)
except TypeError as e:
    print('TypeError:', e)
class LoggingNS(dict):
    def __getitem__(self, k):
        print('  lookup', k); return super().__getitem__(k)
exec('q = 3\nprint(q)', {}, LoggingNS())

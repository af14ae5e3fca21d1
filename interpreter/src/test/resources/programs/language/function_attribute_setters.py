# Function objects' writable attributes as decorators and code generators change them: __name__
# and __qualname__ (str only, not deletable), __defaults__/__kwdefaults__ (tuple/dict or None)
# changing calls, __code__ replaced by another function's (free variable counts must match),
# __doc__/__module__ anything, __dict__ replaced only by a dict, __annotations__, and the
# read-only __globals__/__closure__/__builtins__.
def f(a, b=2, *, c=3):
    "doc of f"
    return (a, b, c)

f.__name__ = 'renamed'
f.__qualname__ = 'Outer.renamed'
print(f.__name__, f.__qualname__, repr(f).split(' at ')[0])
for attr, value in [('__name__', 5), ('__qualname__', None), ('__defaults__', [1]), ('__kwdefaults__', 3),
                    ('__code__', 'code'), ('__dict__', []), ('__annotations__', 'x'), ('__globals__', {}),
                    ('__closure__', None), ('__builtins__', {})]:
    try:
        setattr(f, attr, value)
        print(attr, 'set to', repr(getattr(f, attr)))
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
for attr in ('__name__', '__qualname__', '__code__', '__dict__', '__defaults__', '__kwdefaults__', '__doc__', '__annotations__'):
    g = lambda: None
    try:
        delattr(g, attr)
        print('del', attr, 'ok ->', repr(getattr(g, attr, '<missing>')))
    except (TypeError, AttributeError) as e:
        print('del', attr, type(e).__name__, e)

f.__defaults__ = (20,)
f.__kwdefaults__ = {'c': 30}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
f.__kwdefaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)

def g(x):
    return x * 2
def h(x):
    return x + 100
g.__code__ = h.__code__
print(g(1), g.__name__, g.__code__.co_name)

def outer():
    v = 'cell'
    def inner():
        return v
    return inner
closure_fn = outer()
try:
    g.__code__ = closure_fn.__code__
except ValueError as e:
    print('ValueError', e)
try:
    closure_fn.__code__ = h.__code__
except ValueError as e:
    print('ValueError', e)

f.__doc__ = 42
f.__module__ = None
print(f.__doc__, f.__module__)
f.__dict__ = {'tag': 1}
print(f.tag, vars(f))
f.__annotations__ = {'a': int}
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)

class K:
    def method(self):
        return 'm'
K.method.__name__ = 'changed'
print(K().method.__name__, K.method.__qualname__)
try:
    K().method.__name__ = 'bound'
except AttributeError as e:
    print('AttributeError', e)
bm = K().method
print(bm.__func__ is K.method, bm.__self__.__class__.__name__, bm.__doc__)
try:
    bm.extra = 1
except AttributeError as e:
    print('AttributeError', e)
K.method.extra = 'on function'
print(bm.extra)
try:
    len.__name__ = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    (lambda: 0).__code__.co_name = 'x'
except AttributeError as e:
    print('AttributeError', e)
c = h.__code__.replace(co_name='replaced_name')
print(c.co_name, h.__code__.co_name, type(c).__name__)

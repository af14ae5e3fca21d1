# types.FunctionType(code, globals, name=None, argdefs=None, closure=None): working functions from a
# code object (their globals, builtins, module, doc, defaults and closure cells), and the errors of
# each argument.
import types

X = 'module X'


def plain(a, b=2):
    'the doc'
    return a + b, X


def outer():
    y = 10
    def inner(z=1):
        return y + z
    return inner


f = types.FunctionType(plain.__code__, globals())
print(f(1, 1), f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__globals__ is globals())
g = types.FunctionType(plain.__code__, {'X': 'other X', '__name__': 'elsewhere'}, 'renamed', (40,))
print(g(2), g(1, 1), g.__name__, g.__qualname__, g.__module__, g.__defaults__, g.__builtins__ is __builtins__.__dict__)
h = types.FunctionType(code=plain.__code__, globals={'__builtins__': {'len': len}, 'X': 3}, argdefs=(5,))
print(h(1), sorted(h.__builtins__))
inner = outer()
c = types.CellType(32)
k = types.FunctionType(inner.__code__, {}, None, (8,), (c,))
print(k(), k(0), k.__closure__[0].cell_contents)
c.cell_contents = 100
print(k(), inner(), inner.__closure__ is not k.__closure__)
same = types.FunctionType(inner.__code__, {}, 'again', None, inner.__closure__)
print(same(5), same.__closure__ == inner.__closure__, same.__defaults__)
print(type(f) is types.FunctionType, '__new__' in types.FunctionType.__dict__, types.FunctionType.__new__.__self__ is types.FunctionType)


class D(dict):
    pass


m = types.FunctionType(plain.__code__, D(X='from a dict subclass'))
print(m(0, 0))


def uses_len(s):
    return len(s)


m = types.FunctionType(uses_len.__code__, {'__builtins__': {}})
try:
    m('abc')
except NameError as e:
    print('NameError', e)
print(types.FunctionType(uses_len.__code__, {'__builtins__': {'len': lambda s: -1}})('abc'))

for args, kwargs in [((), {}), ((plain.__code__,), {}), ((1, {}), {}), ((plain.__code__, []), {}),
                     ((plain.__code__, {}, 3), {}), ((plain.__code__, {}, None, [1]), {}),
                     ((plain.__code__, {}, None, None, (c,)), {}), ((plain.__code__, {}, None, None, 1), {}),
                     ((inner.__code__, {}), {}), ((inner.__code__, {}, None, None, [c]), {}),
                     ((inner.__code__, {}, None, None, ()), {}), ((inner.__code__, {}, None, None, (1,)), {}),
                     ((plain.__code__, {}, None, None, None, 6), {}), ((plain.__code__, {}), {'code': 1}),
                     ((plain.__code__, {}), {'closures': None}), ((), {'globals': {}})]:
    try:
        types.FunctionType(*args, **kwargs)
        print('made')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

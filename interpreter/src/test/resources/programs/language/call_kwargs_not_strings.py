# f(**mapping) where a key is not a str: every kind of callable refuses it with CPython's message
# (the keys become keyword names before the call), while str subclasses are accepted as names.
class Name(str):
    pass

def func(*args, **kwargs):
    return args, kwargs

def fixed(a, b=1):
    return a, b

class WithInit:
    def __init__(self, **kw):
        self.kw = kw

class Bare:
    pass

calls = {
    'python function': lambda: func(**{1: 2}),
    'positional then mapping': lambda: fixed(1, **{1: 2}),
    'mixed keys': lambda: func(a=1, **{'b': 2, None: 3}),
    'builtin function': lambda: print(**{2: 3}),
    'builtin type': lambda: dict(**{1: 2}),
    'class with __init__': lambda: WithInit(**{(1,): 2}).kw,
    'bound method': lambda: [].sort(**{0: 1}),
    'lambda': lambda: (lambda **k: k)(**{1.5: 'x'}),
    'str subclass key': lambda: func(**{Name('n'): 1}),
    'duplicate': lambda: func(x=1, **{'x': 2}),
    'not a mapping': lambda: func(**[('a', 1)]),
}
for what, call in calls.items():
    try:
        print(what, call())
    except TypeError as e:
        print(what, 'TypeError:', e)
print(dict(**{'a': 1}, b=2), func(*'ab', **{'k': 'v'}))

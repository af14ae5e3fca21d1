# type(name, bases, dict): the class it makes, its names, its module from the caller, and the errors.
X = type('X', (), {'a': 1, '__qualname__': 'Outer.X'})
print(X, X.__name__, X.__qualname__, X.__module__, X.a, X.__bases__, X.__mro__)
Y = type('Y', (X,), {'__module__': 'elsewhere', '__doc__': 'doc'})
print(Y, Y.__module__, Y.__doc__, Y.__base__, [c.__name__ for c in Y.mro()])
for args in [(), (1, 2), ('Z', (), {}, 1), (1, (), {}), ('Z', [], {}), ('Z', (), []), ('Z', (1,), {}),
             ('Z', (int, str), {}), ('Z', (bool,), {}), ('Z', (), {'__qualname__': 3}), ('Z', (), {'__slots__': 3})]:
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError:", e)
print(type(X), type(type), type(X()).__name__)
X.__name__ = 'Renamed'
X.__qualname__ = 'Q.Renamed'
print(X, X.__name__, repr(X()).split(' object')[0])
for attr, value in [('__name__', 3), ('__qualname__', None), ('__module__', 5)]:
    try:
        setattr(X, attr, value)
        print(attr, getattr(X, attr))
    except TypeError as e:
        print("TypeError:", e)
for attr in ('__name__', '__bases__', '__qualname__'):
    try:
        setattr(int, attr, 'x')
    except TypeError as e:
        print("TypeError:", e)
try:
    del X.__name__
except TypeError as e:
    print("TypeError:", e)

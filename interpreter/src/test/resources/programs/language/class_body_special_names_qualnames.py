# Pins down: the names a class body gets and can override: __module__ and __qualname__ set before
# the body (readable in it), assigning __qualname__ in the body (must be str), __doc__ from the
# first string only, __annotations__ created lazily in class and module bodies, qualnames of
# nested classes, of functions in classes in functions (<locals>), of lambdas and comprehensions'
# code objects, and __name__/__qualname__ assignment afterwards with their type errors.
class Outer:
    seen_module = __module__
    seen_qualname = __qualname__
    class Inner:
        q = __qualname__
        def method(self):
            def local():
                pass
            return local
    def meth(self):
        return [lambda: 0 for _ in range(1)][0]

print(Outer.seen_module, Outer.seen_qualname, Outer.Inner.q, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__, Outer().meth().__qualname__)

def factory():
    class Made:
        def m(self):
            pass
    return Made
M = factory()
print(M.__qualname__, M.m.__qualname__, M.__name__, M.__module__)

class Renamed:
    __qualname__ = 'Custom.Path'
    __module__ = 'fake.module'
print(Renamed.__qualname__, Renamed.__module__, repr(Renamed))
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print('TypeError', e)

class Doc1:
    'first string is the doc'
    'second is not'
class Doc2:
    x = 1
    'not a doc'
class Doc3:
    f'f-string {1} is not a doc'
class Doc4:
    __doc__ = 'assigned doc'
print(repr(Doc1.__doc__), repr(Doc2.__doc__), repr(Doc3.__doc__), repr(Doc4.__doc__))
def fdoc():
    'function doc'
def fnodoc():
    x = 'not doc'
print(repr(fdoc.__doc__), repr(fnodoc.__doc__), repr((lambda: 'lam').__doc__))

class Ann:
    a: int
    b: str = 'x'
    c = 3
    def meth(self, p: int, *args: str, q: 'fwd' = 1, **kw: float) -> None:
        local: int = 5
print(Ann.__annotations__, 'a' in Ann.__dict__, Ann.b)
print(Ann.meth.__annotations__)
class NoAnn:
    pass
print(NoAnn.__dict__.get('__annotations__', 'absent'), NoAnn.__annotations__, '__annotations__' in NoAnn.__dict__)
class SubAnn(Ann):
    pass
print(SubAnn.__annotations__)
class Target:
    pass
t = Target()
class Body:
    t.attr: int = 5
    (paren): int = 6
    lst = [0]
    lst[0]: str = 'z'
print(Body.__annotations__, t.attr, Body.paren, Body.lst)

def f():
    pass
f.__name__ = 'renamed'
f.__qualname__ = 'Some.renamed'
print(f.__name__, f.__qualname__, repr(f).split(' at ')[0])
for attr, val in [('__name__', 5), ('__qualname__', None), ('__doc__', 5), ('__module__', 7), ('__defaults__', [1]), ('__kwdefaults__', 5)]:
    try:
        setattr(f, attr, val)
        print(attr, 'set ->', repr(getattr(f, attr)))
    except TypeError as e:
        print(attr, 'TypeError', e)
try:
    del f.__name__
except TypeError as e:
    print('TypeError', e)
del f.__doc__
print(repr(f.__doc__))
del f.__module__
print(repr(f.__module__))

class Cls:
    pass
Cls.__name__ = 'NewName'
Cls.__qualname__ = 'Q.NewName'
print(Cls.__name__, Cls.__qualname__, repr(Cls))
for val in [b'x', 'bad\0name', 'ok']:
    try:
        Cls.__name__ = val
        print('name ->', Cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Cls.__qualname__ = 3
except TypeError as e:
    print('TypeError', e)
Cls.__doc__ = 'new doc'
Cls.__module__ = 'elsewhere'
print(Cls.__doc__, repr(Cls))
print(type(lambda: 0).__name__, (lambda: 0).__name__, (x for x in []).__name__, (x for x in []).__qualname__)
def gen_in_f():
    return (x for x in [])
print(gen_in_f().__qualname__, [c.co_name for c in gen_in_f.__code__.co_consts if hasattr(c, 'co_name')])

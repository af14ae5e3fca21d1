# object.__new__/__init__'s excess-argument rules as class authors trip over them: which of
# __new__ and __init__ complain when the other is overridden, the messages naming the class,
# type.__call__ skipping __init__ when __new__ returns a non-instance, a metaclass __call__
# making singletons, __new__ returning a subclass instance (its __init__ runs), __init__
# returning a value, and super().__new__ with arguments.
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)

class Plain: pass
class OnlyInit:
    def __init__(self, a): self.a = a
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
class Both:
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
    def __init__(self, *a, **k):
        pass
class NewPassesArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)

attempt('Plain()', lambda: Plain())
attempt('Plain(1)', lambda: Plain(1))
attempt('Plain(x=1)', lambda: Plain(x=1))
attempt('OnlyInit(1)', lambda: OnlyInit(1))
attempt('OnlyInit()', lambda: OnlyInit())
attempt('OnlyNew(1)', lambda: OnlyNew(1))
attempt('Both(1)', lambda: Both(1))
attempt('NewPassesArgs(1)', lambda: NewPassesArgs(1))
attempt('object(1)', lambda: object(1))
attempt('object.__init__(Plain(), 1)', lambda: object.__init__(Plain(), 1))
attempt('object.__new__(Plain, 1)', lambda: object.__new__(Plain, 1))
attempt('object.__new__(OnlyInit, 1)', lambda: object.__new__(OnlyInit, 1))
attempt('object.__new__(int)', lambda: object.__new__(int))
attempt('object.__new__(5)', lambda: object.__new__(5))
attempt('int.__new__(str)', lambda: int.__new__(str))
attempt('Plain.__init__(5)', lambda: Plain.__init__(5))

log = []
class Other:
    def __new__(cls, *args):
        log.append('Other.__new__')
        if args and args[0] == 'int':
            return 42
        if args and args[0] == 'sub':
            return super().__new__(SubOther)
        return super().__new__(cls)
    def __init__(self, *args):
        log.append(f'{type(self).__name__}.__init__{args}')
class SubOther(Other):
    pass
print(Other('int'), log); log.clear()
print(type(Other('sub')).__name__, log); log.clear()
print(type(SubOther()).__name__, log); log.clear()

class ReturnsValue:
    def __init__(self):
        return 5
attempt('ReturnsValue()', lambda: ReturnsValue())

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Service(metaclass=Singleton):
    def __init__(self, name='default'):
        self.name = name
        print('Service init', name)
s1 = Service('first'); s2 = Service('second')
print(s1 is s2, s2.name)

class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
class Point(metaclass=Meta):
    def __init__(self, x, y=0):
        self.x, self.y = x, y
p = Point(1, y=2)
print(p.x, p.y)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, z=3)
except TypeError as e:
    print('TypeError', e)
class Kw:
    def __init__(self, *, a, b=1): pass
for call in (lambda: Kw(1), lambda: Kw(), lambda: Kw(a=1, c=2), lambda: Kw(a=1, **{'b': 2, 'a': 3})):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(type(object.__new__(Point)).__name__, Point.__call__.__qualname__ if hasattr(Point.__call__, '__qualname__') else '')

# Zero-argument super() where people misuse it: in a staticmethod (no first argument), in a
# nested function without __class__, after the first argument is reassigned or deleted, in a
# classmethod and __new__/__init_subclass__ (implicit classmethods), in a lambda in a method,
# in a comprehension inside a method, with an explicit type that is not a class, and the
# RuntimeErrors' messages; super objects' repr and descriptor binding (super().__get__).
class Base:
    def greet(self):
        return f'Base.greet({type(self).__name__})'
    @classmethod
    def make(cls):
        return f'Base.make({cls.__name__})'
    def __init_subclass__(cls, **kw):
        cls.registered = True

class Child(Base):
    def greet(self):
        return 'Child+' + super().greet()
    @classmethod
    def make(cls):
        return 'Child+' + super().make()
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.made_by = 'Child.__new__'
        return obj
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.child_registered = True
    def lam(self):
        return (lambda: super().greet())()
    def comp(self):
        return [super().greet() for _ in range(1)]
    @staticmethod
    def static():
        return super().greet()
    def nested(self):
        def inner():
            return super().greet()
        return inner()
    def reassigned(self):
        self = 5
        return super().greet()
    def deleted(self):
        del self
        return super().greet()
    def no_args(*args):
        return super().greet()

c = Child()
print(c.greet(), Child.make(), c.made_by)
for name in ('lam', 'comp'):
    try:
        print(name, getattr(c, name)())
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)
class Grand(Child):
    pass
print(Grand.registered, Grand.child_registered, Grand().greet())
for name in ('static', 'nested', 'reassigned', 'deleted', 'no_args'):
    try:
        print(name, getattr(c, name)())
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print('module level RuntimeError', e)
def free_function():
    return super()
try:
    free_function()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    super(5, c)
except TypeError as e:
    print('TypeError', e)
try:
    super(Child, Base())
except TypeError as e:
    print('TypeError', e)
s = super(Child, c)
print(repr(s).split(' at ')[0] if ' at ' in repr(s) else repr(s))
print(repr(super(Child)), super(Child).__self__, super(Child).__self_class__)
unbound = super(Child)
bound = unbound.__get__(c, Child)
print(bound.greet(), type(bound).__name__)
print(super(Child, Child).make(), super(Base, c).__repr__ is not None)
print(super(Child, c).__class__.__name__, isinstance(super(Child, c), super))
class WithSuperAttr(Base):
    def greet(self):
        sup = super()
        return sup.greet, sup.__thisclass__.__name__
m, cls_name = WithSuperAttr().greet()
print(m(), cls_name, m.__self__.__class__.__name__)
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
class M(metaclass=Meta):
    pass
print(M().via_meta)
class SlotSuper:
    __slots__ = ('x',)
    def __init__(self):
        super().__init__()
        self.x = 1
print(SlotSuper().x)
class ClsCellUser:
    def which(self):
        return __class__.__name__
class Sub(ClsCellUser):
    pass
print(Sub().which())
try:
    super(Child, c).nonexistent
except AttributeError as e:
    print('AttributeError', e)
try:
    super(Child, c).greet = 1
except AttributeError as e:
    print('AttributeError', e)

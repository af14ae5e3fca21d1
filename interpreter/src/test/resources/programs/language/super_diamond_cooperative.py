# Cooperative multiple inheritance: a diamond with **kwargs threaded through __init__, the MRO
# each super() call walks from each class, super() with explicit (type, obj) skipping levels,
# super(type, type) in classmethods, super() objects' attributes and binding, and an MRO
# override by a metaclass's mro().
class Root:
    def __init__(self, **kw):
        print('  Root', sorted(kw))
        if kw:
            try:
                super().__init__(**kw)
            except TypeError as e:
                print('  object refused:', e)
    def who(self): return ['Root']
class Left(Root):
    def __init__(self, left=None, **kw):
        print('  Left', left)
        super().__init__(**kw)
    def who(self): return ['Left'] + super().who()
class Right(Root):
    def __init__(self, right=None, **kw):
        print('  Right', right)
        super().__init__(**kw)
    def who(self): return ['Right'] + super().who()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print('  Bottom')
        super().__init__(**kw)
    def who(self): return ['Bottom'] + super().who()
b = Bottom(left=1, right=2)
print([c.__name__ for c in Bottom.__mro__], b.who())
Bottom(left=1, right=2, extra=3)
print(super(Left, b).who(), super(Right, b).who(), super(Bottom, b).who())
class Cls:
    @classmethod
    def make(cls): return f'Cls.make({cls.__name__})'
class SubCls(Cls):
    @classmethod
    def make(cls): return 'Sub+' + super().make()
print(SubCls.make(), super(SubCls, SubCls).make(), SubCls().make())
s = super(Left, b)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
unbound = super(Left)
print(unbound.__self__, repr(unbound)[:22])
bound = unbound.__get__(b, Bottom)
print(bound.who())
try:
    super(Left, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    super(Bottom, Root())
except TypeError as e:
    print('TypeError:', e)
class Reversed(type):
    def mro(cls):
        default = super().mro()
        print('  mro() for', cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class A: 
    def name(self): return 'A'
class B:
    def name(self): return 'B'
class C(A, B, metaclass=Reversed):
    pass
print([k.__name__ for k in C.__mro__], C().name())
class BadMro(type):
    def mro(cls): return [1]
try:
    class D(metaclass=BadMro): pass
except TypeError as e:
    print('TypeError:', e)
class P1:
    def __init__(self): print('  P1 init'); super().__init__()
class P2:
    def __init__(self): print('  P2 init (no super)')
class P3:
    def __init__(self): print('  P3 never')
class Q(P1, P2, P3): pass
Q()
print(Q.__init__ is P1.__init__)
class Prop:
    @property
    def value(self): return 'base value'
class PropChild(Prop):
    @property
    def value(self): return 'child+' + super().value
print(PropChild().value)
try:
    class PropChild2(Prop):
        @Prop.value.setter
        def value(self, v): super(PropChild2, type(self)).value.__set__(self, v)
    PropChild2().value = 3
except AttributeError as e:
    print('AttributeError:', e)

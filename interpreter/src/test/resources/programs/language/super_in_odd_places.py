# Pins down: zero-argument super() in classmethods, staticmethods (error), nested functions and
# lambdas and comprehensions inside methods (the __class__ cell and the first argument), after the
# first argument is reassigned or deleted, in __init_subclass__ and __class_getitem__, two-argument
# super with a type second argument, super objects' attributes and repr pieces, and its errors.
class Base:
    def who(self):
        return f'Base.who({type(self).__name__})'
    @classmethod
    def make(cls):
        return f'Base.make({cls.__name__})'
    @staticmethod
    def st():
        return 'Base.st'
    def __init_subclass__(cls, **kw):
        cls.hooked = kw

class Child(Base, extra=1):
    def who(self):
        def attempt(f):
            try:
                return f()
            except (TypeError, RuntimeError) as e:
                return f'{type(e).__name__}: {e}'
        inner = lambda: super().who()
        inner_arg = lambda me: super().who()
        def nested():
            return super().who()
        def nested_self(self):
            return super().who()
        comp = lambda: [super().who() for _ in range(1)]
        return ['Child', attempt(inner), attempt(lambda: inner_arg(self)), attempt(nested),
                attempt(lambda: nested_self(self)), attempt(lambda: nested_self(3)), attempt(comp),
                super(Child, self).who()]
    @classmethod
    def make(cls):
        return ['Child.make', super().make()]
    @staticmethod
    def st():
        try:
            return super().st()
        except RuntimeError as e:
            return f'RuntimeError: {e}'
    def rebinding(self):
        self = 42
        try:
            return super().who()
        except TypeError as e:
            return f'TypeError: {e}'
    def deleting(self):
        del self
        try:
            return super().who()
        except RuntimeError as e:
            return f'RuntimeError: {e}'
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(child=True, **kw)
    def __class_getitem__(cls, item):
        return ('getitem', cls.__name__, item, super().__class_getitem__ if hasattr(super(), '__class_getitem__') else None)
    def no_args(*args):
        try:
            return super().who()
        except RuntimeError as e:
            return f'RuntimeError: {e}'
    def star_args(*args):
        return super().who()

c = Child()
print(c.who())
print(Child.make(), c.make())
print(Child.st())
print(c.rebinding())
print(c.deleting())
print(Child.hooked)
class GrandChild(Child):
    pass
print(GrandChild.hooked)
print(Child[int])
print(c.no_args())
print(Child.no_args())
try:
    print(c.star_args())
except RuntimeError as e:
    print('RuntimeError', e)

# two-argument forms
print(super(Child, c).who())
print(super(Child, Child).make())
print(super(Child, GrandChild).make())
s = super(Child, c)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
s2 = super(Child)
print(s2.__self__, s2.__self_class__, s2.__thisclass__.__name__)
print(super(Child, GrandChild).__self__.__name__)

# errors
for args in [(Child, 5), (5, c), (GrandChild, Child()), (int, 'x')]:
    try:
        super(*args)
        print('ok', args)
    except TypeError as e:
        print('TypeError', e)

try:
    super()
except RuntimeError as e:
    print('RuntimeError', e)

def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print('RuntimeError', e)

# super() in a function defined outside a class then attached: no __class__ cell
def late_method(self):
    return super().who()
Child.late = late_method
try:
    c.late()
except RuntimeError as e:
    print('RuntimeError', e)

# __class__ is a cell that class creation fills; referencing __class__ alone also makes it
class Ref:
    def get(self):
        return __class__
    def sup(self):
        return super()
print(Ref().get() is Ref, Ref.get.__code__.co_freevars, Ref.sup.__code__.co_freevars)

# super() through a property and __getattr__ not found
class PBase:
    @property
    def val(self):
        return 'PBase.val'
class PChild(PBase):
    @property
    def val(self):
        return 'PChild+' + super().val
    def missing(self):
        try:
            return super().nothing_here
        except AttributeError as e:
            return f'AttributeError: {e}'
print(PChild().val, PChild().missing())

# super() cannot assign through a data descriptor of the parent
class SetChild(PBase):
    def setit(self):
        try:
            super().val = 3
        except AttributeError as e:
            return f'AttributeError: {e}'
print(SetChild().setit())

# super in a generator method and an async method body object
class G(Base):
    def gen(self):
        yield super().who()
        yield super().make()
print(list(G().gen()))

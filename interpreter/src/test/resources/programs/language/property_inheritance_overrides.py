# property in class hierarchies: getter/setter/deleter returning new property objects (the
# original untouched), a subclass extending only the setter through Base.prop.setter, __doc__
# taken from the getter (and an explicit doc winning), __isabstractmethod__, properties shadowed
# by instance dicts (never: data descriptors win), deleting with no deleter, property subclasses
# with their own __set_name__-free names in 3.11 error messages, and super() access to a base property.
import abc

class Base:
    def __init__(self):
        self._v = 0
    @property
    def value(self):
        """The stored value."""
        return self._v
    @value.setter
    def value(self, v):
        self._v = v

class Clamped(Base):
    @Base.value.setter
    def value(self, v):
        Base.value.fset(self, max(0, min(10, v)))

class Logged(Base):
    @property
    def value(self):
        return ('logged', super().value)
    @value.setter
    def value(self, v):
        print('setting', v)
        super(Logged, type(self)).value.__set__(self, v)

b, c, l = Base(), Clamped(), Logged()
b.value = 50; c.value = 50; l.value = 5
print(b.value, c.value, l.value, Base.value.__doc__, Clamped.value.__doc__, Logged.value.__doc__)
print(Base.value is not Clamped.value, Base.value.fget is Clamped.value.fget, Clamped.value.fdel)
p = property(lambda s: 1)
q = p.setter(lambda s, v: None)
print(p is q, p.fset, q.fset is not None, q.fget is p.fget)
try:
    del b.value
except AttributeError as e:
    print('AttributeError', e)
b.__dict__['value'] = 'shadow'
print(b.value, b.__dict__)

class RO:
    @property
    def name(self):
        return 'ro'
r = RO()
try:
    r.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
doc_prop = property(lambda s: 1, doc='explicit doc')
print(doc_prop.__doc__, property().__doc__, property(len).__doc__[:20])

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @area.setter
    @abc.abstractmethod
    def area(self, v): ...
print(Shape.area.__isabstractmethod__, sorted(Shape.__abstractmethods__))
class Square(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
print(Square.__abstractmethods__, Square(3).area)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)

class CachedProp(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        key = '_cache_' + self.fget.__name__
        if key not in obj.__dict__:
            obj.__dict__[key] = super().__get__(obj, owner)
        return obj.__dict__[key]
class Heavy:
    calls = 0
    @CachedProp
    def data(self):
        Heavy.calls += 1
        return [Heavy.calls]
h = Heavy()
print(h.data, h.data, Heavy.calls, type(Heavy.data).__name__, isinstance(Heavy.data, property))
ch = Heavy.data.setter(lambda s, v: None)
print(type(ch).__name__)
try:
    h.data = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    property(5).__get__(h)
except TypeError as e:
    print('TypeError', e)
try:
    property(fget=1, fset=2, fdel=3, doc=4, extra=5)
except TypeError as e:
    print('TypeError', e)
class Noisy:
    @property
    def attr(self):
        raise KeyError('inside getter')
try:
    Noisy().attr
except KeyError as e:
    print('KeyError', e)
print(hasattr(Noisy, 'attr'), getattr(RO(), 'name'), vars(property)['fget'].__class__.__name__)

# A small ORM as an expert writes it: a metaclass with __prepare__ keeping field order, typed
# descriptors named by __set_name__, __init_subclass__ options (table name, abstract), a
# __call__ override caching instances by primary key, validation errors, __repr__/__eq__/__hash__
# generated per class, and class-level query helpers through __getattr__ on the metaclass.
class Field:
    kind = object
    def __init__(self, *, default=None, primary=False):
        self.default, self.primary = default, primary
    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_f_' + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.slot, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{type(obj).__name__}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        self.check(value)
        setattr(obj, self.slot, value)
    def check(self, value): pass
    def __repr__(self): return f'<{type(self).__name__} {self.name}>'
class Int(Field):
    kind = int
    def __init__(self, *, min=None, **kw):
        super().__init__(**kw); self.min = min
    def check(self, value):
        if self.min is not None and value < self.min:
            raise ValueError(f'{self.name} must be >= {self.min}, got {value}')
class Str(Field):
    kind = str

class ModelMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        fields = [v for v in ns.values() if isinstance(v, Field)]
        for b in reversed(cls.__mro__[1:]):
            fields = list(getattr(b, '_fields', [])) + [f for f in fields if f not in getattr(b, '_fields', [])]
        cls._fields = tuple(fields)
        cls._cache = {}
        return cls
    def __call__(cls, *args, **kw):
        if getattr(cls, '_abstract', False):
            raise TypeError(f'{cls.__name__} is abstract')
        obj = super().__call__(*args, **kw)
        pk = next((f for f in cls._fields if f.primary), None)
        if pk is not None:
            key = pk.__get__(obj)
            if key in cls._cache:
                return cls._cache[key]
            cls._cache[key] = obj
        return obj
    def __getattr__(cls, name):
        if name.startswith('by_'):
            field = name[3:]
            return lambda v: [o for o in cls._cache.values() if getattr(o, field) == v]
        raise AttributeError(f'type object {cls.__name__!r} has no attribute {name!r}')

class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, table=None, abstract=False, **kw):
        super().__init_subclass__(**kw)
        cls._table = table or cls.__name__.lower() + 's'
        cls._abstract = abstract
    def __init__(self, **values):
        for f in self._fields:
            if f.name in values:
                setattr(self, f.name, values.pop(f.name))
        if values:
            raise TypeError(f'unknown fields for {type(self).__name__}: {sorted(values)}')
    def __repr__(self):
        inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in self._fields)
        return f'{type(self).__name__}({inner})'
    def __eq__(self, other):
        if type(other) is not type(self): return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in self._fields)
    __hash__ = None

class Named(Model, abstract=True):
    name = Str(default='?')
class User(Named, table='people'):
    id = Int(primary=True, min=1)
    age = Int(default=0, min=0)
class Tag(Model):
    label = Str()

print([f.name for f in User._fields], User._table, Tag._table, Named._abstract, User._abstract)
u1 = User(id=1, name='ann', age=30)
u2 = User(id=1, name='other')
print(u1 is u2, u1, User(id=2, name='bob'))
for bad in [dict(id=0), dict(id='3'), dict(id=4, age=-1), dict(id=5, nick='x')]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    Named(name='x')
except TypeError as e:
    print('TypeError:', e)
print(User.by_name('bob'), User.by_age(30), sorted(User._cache))
try:
    User.nothing
except AttributeError as e:
    print('AttributeError:', e)
print(Tag(label='a') == Tag(label='a'), Tag(label='a') == 'a', User.__hash__, User.id, Tag.__dict__.get('_fields'))
try:
    hash(Tag(label='q'))
except TypeError as e:
    print('TypeError:', e)
try:
    class Broken(Model, table='t', extra=1):
        pass
except TypeError as e:
    print('TypeError:', e)

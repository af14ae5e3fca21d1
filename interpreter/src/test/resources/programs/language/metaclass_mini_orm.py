# A mini ORM as books build one: a metaclass collecting Field descriptors in definition order
# through __prepare__, __init_subclass__ keywords for table names, __class_getitem__ for typed
# queries, a registry on the metaclass, and the errors of bad declarations.
class Field:
    counter = 0

    def __init__(self, kind, *, null=False, default=None):
        self.kind, self.null, self.default = kind, null, default
        Field.counter += 1
        self.order = Field.counter

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is None and not self.null:
            raise ValueError(f"{self.name} may not be NULL")
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}{'?' if self.null else ''}>"


class ModelMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name} kw={kw}")
        return {"__order__": []}

    def __new__(mcls, name, bases, ns, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for b in reversed(cls.__mro__[1:]):
            inherited.update(getattr(b, "_fields", {}))
        inherited.update(fields)
        cls._fields = inherited
        if bases:
            mcls.registry[cls._table] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={getattr(cls, '_table', None)}>"


class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls._table = table or cls.__name__.lower() + "s"

    def __init__(self, **values):
        for name, field in self._fields.items():
            setattr(self, name, values.pop(name, field.default))
        if values:
            raise TypeError(f"unknown fields: {', '.join(sorted(values))}")

    def __class_getitem__(cls, item):
        return f"Query[{cls.__name__}, {item!r}]"

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"


class User(Model, table="people"):
    name = Field(str)
    age = Field(int, null=True)


class Admin(User):
    level = Field(int, default=1)


print(ModelMeta.registry)
print(User._fields, list(Admin._fields))
print(User(name="ann", age=3), Admin(name="root"))
print(Model["x"], User[int], Admin[1:2])
for kwargs in [dict(name=None), dict(name="b", age="3"), dict(name="c", email="x")]:
    try:
        User(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Broken(Model, tablename="x"):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(User).__name__, isinstance(User, ModelMeta), User.__order__)
print(sorted(k for k in vars(Admin) if not k.startswith("__")))

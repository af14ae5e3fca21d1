# __set_name__ and descriptor registration timing as ORMs rely on it: __set_name__ called in
# definition order for every attribute (including ones set by __init_subclass__ afterwards: not
# called), setattr on a class after creation (not called) and calling it by hand, the same
# descriptor under two names, __set_name__ on a metaclass-created namespace copy, owner being
# the class under construction (its __dict__ already complete), and __init_subclass__ seeing
# the descriptors named.
calls = []

class Field:
    def __init__(self, kind):
        self.kind = kind
        self.names = []
    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name, sorted(k for k in vars(owner) if not k.startswith('__'))))
        self.names.append(name)
        self.owner = owner
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.names[0], f'<unset {self.kind}>')
    def __set__(self, obj, value):
        obj.__dict__[self.names[0]] = value

class Model:
    fields = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.fields = tuple(n for n, v in vars(cls).items() if isinstance(v, Field))
        cls.late = Field('late')

shared = Field('shared')
class User(Model):
    name = Field('str')
    age = Field('int')
    alias = shared
    other_alias = shared
print(calls)
print(User.fields, User.late.names, shared.names, shared.owner.__name__)
calls.clear()
User.email = Field('email')
print(calls, User.email.names)
User.email.__set_name__(User, 'email')
print(calls[-1][:2], User.email.names)
u = User()
u.name = 'ada'
print(u.name, u.age, u.email, vars(u))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns['injected'] = Field('injected')
        return super().__new__(mcls, name, bases, ns)
calls.clear()
class Injected(metaclass=Meta):
    declared = Field('declared')
print([c[:2] for c in calls])

class Failing:
    def __set_name__(self, owner, name):
        raise KeyError(name)
try:
    class Broken:
        ok = Field('ok')
        bad = Failing()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

class NotCallable:
    __set_name__ = 5
try:
    class Broken2:
        x = NotCallable()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__))

class ClassLevelSetName:
    @classmethod
    def __set_name__(cls, owner, name):
        calls.append(('classmethod', owner.__name__, name))
calls.clear()
class UsesClass:
    marker = ClassLevelSetName
    instance_marker = ClassLevelSetName()
print(calls)
class InstanceAttrSetName:
    pass
isn = InstanceAttrSetName()
isn.__set_name__ = lambda owner, name: calls.append(('instance attr', name))
calls.clear()
class UsesInstanceAttr:
    m = isn
print(calls)
print(type.__dict__.get('__set_name__'), hasattr(object, '__set_name__'), hasattr(property, '__set_name__'))

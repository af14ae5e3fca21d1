# Class creation corners as a framework author meets them: __set_name__ errors wrapped in a
# RuntimeError (3.11) with the cause kept, __set_name__ before __init_subclass__, __mro_entries__
# and __orig_bases__, type() refusing MRO entries, a metaclass __getitem__ against
# __class_getitem__, and __init_subclass__ keyword errors.
import types

log = []

class Field:
    def __init__(self, fail=False):
        self.fail = fail
    def __set_name__(self, owner, name):
        log.append(('set_name', owner.__name__, name))
        if self.fail:
            raise ValueError(f"bad field {name}")

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        log.append(('init_subclass', cls.__name__, tag))
        super().__init_subclass__(**kw)

class A(Base, tag='a'):
    x = Field()
    y = Field()
print(log)

try:
    class B(Base):
        z = Field(fail=True)
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

try:
    class C(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)

class Proxy:
    def __mro_entries__(self, bases):
        log.append(('mro_entries', len(bases)))
        return (Base, dict)

p = Proxy()
log.clear()
class D(p, tag='d'):
    pass
print(log)
print(D.__bases__ == (Base, dict), D.__orig_bases__[0] is p)
print([k.__name__ for k in D.__mro__])

class Empty:
    def __mro_entries__(self, bases):
        return ()
class E(Empty()):
    pass
print(E.__bases__, '__orig_bases__' in E.__dict__)

class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    type('G', (p,), {})
except TypeError as e:
    print("TypeError", e)

G = types.new_class('G', (p,), {'tag': 'g'})
print(G.__bases__ == (Base, dict), G.__orig_bases__[0] is p)
print(types.resolve_bases((p, int)) == (Base, dict, int))

class Meta(type):
    def __getitem__(cls, item):
        return ('meta', cls.__name__, item)

class H(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ('cgi', item)

class I:
    def __class_getitem__(cls, item):
        return ('cgi', cls.__name__, item)

print(H[int])
print(I[int, str])
print(I[()])
class J(I): pass
print(J[1])
try:
    object[int]
except TypeError as e:
    print("TypeError", e)
try:
    class K:
        __class_getitem__ = 3
    K[1]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, list[int]], tuple[()], type[int])

# Pins down: attribute lookup with descriptors defined in odd ways: __get__ only on the instance
# (ignored), __set__ added to the descriptor class after instances exist, __delete__ alone making a
# data descriptor, descriptors on metaclasses vs classes (type.__getattribute__ order), __get__
# receiving owner None cases, descriptors returning themselves for class access, property with
# only a deleter, __set_name__ not called for attributes added later, and __getattr__ fallback
# when a descriptor raises AttributeError.
log = []

class NonData:
    def __get__(self, inst, owner):
        log.append(('NonData.get', inst is None, owner.__name__ if owner else None))
        return 'nondata'

class DelOnly:
    def __get__(self, inst, owner):
        return 'delonly-get'
    def __delete__(self, inst):
        log.append('DelOnly.delete')

class Late:
    def __get__(self, inst, owner):
        return 'late-get'

class Raiser:
    def __get__(self, inst, owner):
        if inst is None:
            return self
        raise AttributeError('raised by descriptor')

class C:
    nd = NonData()
    do = DelOnly()
    late = Late()
    r = Raiser()
    def __getattr__(self, name):
        log.append(('__getattr__', name))
        return f'fallback-{name}'

c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'instance wins over non-data'
print(c.nd)
c.__dict__['do'] = 'instance loses to data (delete only)'
print(c.do)
del c.do
try:
    c.do = 5
except AttributeError as e:
    print('AttributeError', e)
print('late before', c.late)
c.__dict__['late'] = 'inst-late'
print('late with inst', c.late)
Late.__set__ = lambda self, inst, v: log.append(('Late.set', v))
print('late after adding __set__', c.late)
c.late = 'x'
print(c.__dict__['late'])
print('raiser ->', c.r, '| class ->', type(C.r).__name__)
print(log)
log.clear()

# __get__ on an instance attribute of the descriptor object is ignored
class Weird:
    pass
w = Weird()
w.__get__ = lambda *a: 'instance-level get'
class H:
    attr = w
print(type(H().attr).__name__)

# metaclass descriptors versus class attributes
class MetaDesc:
    def __get__(self, inst, owner):
        return f'meta-data-desc inst={type(inst).__name__}'
    def __set__(self, inst, v):
        pass
class Meta(type):
    data = MetaDesc()
    nondata = NonData()
    @property
    def prop(cls):
        return f'meta prop of {cls.__name__}'
class K(metaclass=Meta):
    data = 'class data'
    nondata = 'class nondata'
    prop = 'class prop'
print(K.data, '|', K.nondata, '|', K.prop, '|', K().data, '|', K().prop)
print(log)
log.clear()

# direct __get__ calls
nd = NonData()
print(nd.__get__(None, C), nd.__get__(c, None) if False else '')
print(log)
f = lambda self: 'fn'
bm = f.__get__(c, C)
print(type(bm).__name__, bm(), f.__get__(None, C) is f)
try:
    f.__get__(None, None)
except TypeError as e:
    print('TypeError', e)
print(type(classmethod(f).__get__(None, C)).__name__, staticmethod(f).__get__(None, C) is f)
print(property(lambda s: 1).__get__(None, C).__class__.__name__)
try:
    property().__get__(c, C)
except AttributeError as e:
    print('AttributeError', e)

class OnlyDeleter:
    def _del(self):
        print('  deleter ran')
    x = property(fdel=_del)
o = OnlyDeleter()
for action in ('get', 'set', 'del'):
    try:
        if action == 'get':
            o.x
        elif action == 'set':
            o.x = 1
        else:
            del o.x
        print(action, 'ok')
    except AttributeError as e:
        print(action, 'AttributeError', e)

# property subclass and __set_name__ late
class Named:
    def __set_name__(self, owner, name):
        print('  set_name', owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner):
        return getattr(self, 'name', 'unnamed')
class L:
    early = Named()
L.later = Named()
print(L.early, L.later)
class Sub(L):
    pass
print(Sub.early, Sub().later)

# descriptor on type itself: __name__ and __doc__ and __dict__ lookups
class Doc:
    'doc of Doc'
print(Doc.__doc__, Doc().__doc__, type(Doc.__dict__).__name__, Doc.__name__)
try:
    Doc().__name__
except AttributeError as e:
    print('AttributeError', e)
try:
    Doc.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    del Doc.__name__
except TypeError as e:
    print('TypeError', e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print('TypeError', e)
try:
    int.new_attr = 1
except TypeError as e:
    print('TypeError', e)

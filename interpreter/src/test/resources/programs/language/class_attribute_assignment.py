# Assigning to a class's own attributes at run time: __name__/__qualname__ (str only, no NUL),
# __bases__ (layout checks, cycles, object as the only base), __doc__ and __module__ on heap
# types against the immutable built-ins' messages, __dict__ read-only (mappingproxy), setting
# special methods after creation updating the slots (len(), +, iter), deleting them again,
# and type attributes that cannot be deleted.
class A:
    "doc A"
    def __len__(self):
        return 1
class B:
    pass
class C(A):
    pass

C.__name__ = 'Renamed'
C.__qualname__ = 'Outer.Renamed'
print(C, C.__name__, C.__qualname__, repr(C()).split(' object')[0])
for attr, value in [('__name__', 5), ('__name__', 'a\x00b'), ('__qualname__', None), ('__bases__', ()), ('__bases__', [A]),
                    ('__bases__', (C,)), ('__bases__', (int,)), ('__mro__', ()), ('__dict__', {}), ('__module__', 3)]:
    try:
        setattr(C, attr, value)
        print(attr, 'set', getattr(C, attr))
    except (TypeError, ValueError, AttributeError) as e:
        print(attr, type(e).__name__, e)
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, isinstance(C(), A), hasattr(C(), '__len__'))
C.__bases__ = (A, B)
print([k.__name__ for k in C.__mro__], len(C()))
for target, attr, value in [(int, '__doc__', 'x'), (int, 'real', 1), (int, 'new_attr', 1), (list, 'append', None),
                            (object, '__name__', 'o'), (type, '__module__', 'm'), (A, '__doc__', 'new doc')]:
    try:
        setattr(target, attr, value)
        print(target.__name__, attr, 'set', getattr(target, attr))
    except (TypeError, AttributeError) as e:
        print(target.__name__, attr, type(e).__name__, e)
for target, attr in [(A, '__name__'), (A, '__doc__'), (A, '__qualname__'), (A, '__bases__'), (A, '__module__'), (A, '__len__'), (A, 'missing')]:
    try:
        delattr(target, attr)
        print('del', attr, 'ok', getattr(target, attr, '<gone>'))
    except (TypeError, AttributeError) as e:
        print('del', attr, type(e).__name__, e)
try:
    len(A())
except TypeError as e:
    print('TypeError', e)
A.__len__ = lambda self: 42
A.__add__ = lambda self, other: ('added', other)
A.__iter__ = lambda self: iter('xy')
a = A()
print(len(a), a + 1, list(a), len(C()), C() + 2)
A.__len__ = None
try:
    len(a)
except TypeError as e:
    print('TypeError', e)
del A.__add__
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
A.__eq__ = lambda self, o: True
print(a == 5, A.__hash__ is None, type(a).__hash__ is object.__hash__)
try:
    A.__dict__['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(type(A.__dict__).__name__, '__len__' in A.__dict__, sorted(k for k in vars(A) if not k.startswith('__') or k in ('__len__', '__add__')))
A.__class_getitem__ = classmethod(lambda cls, item: f'{cls.__name__}[{item}]')
print(A[int])
class Meta(type):
    pass
try:
    A.__class__ = Meta
except TypeError as e:
    print('TypeError', e)
class D(metaclass=Meta):
    pass
try:
    D.__class__ = type
except TypeError as e:
    print('TypeError', e)
print(type(D).__name__)

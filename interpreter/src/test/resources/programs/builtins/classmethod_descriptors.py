# METH_CLASS methods of the built-in types are classmethod_descriptor objects: their repr, name,
# __objclass__, __get__ binding to a class (the instance's type when only an instance is given),
# calling one directly with the class first, and the errors for a class that is not a subtype.
d = dict.__dict__['fromkeys']
print(repr(d), type(d).__name__, d.__objclass__, d.__name__, d.__qualname__, d.__text_signature__)
print(d.__doc__)
class D(dict):
    pass
print(d.__get__(None, D)([1]), type(d.__get__(None, D)([1])).__name__, d(D, [2]), type(d(dict, 'a')).__name__)
print(D.fromkeys('ab', 1), type(D.fromkeys('a')).__name__, D().fromkeys('c'), d.__get__({}).__self__)
print(d.__get__(None, D).__name__, d.__get__(None, D).__qualname__, d.__get__(None, D).__self__ is D)
for call in (lambda: d.__get__(None, int), lambda: d.__get__(1), lambda: d.__get__(None, 5), lambda: d(),
             lambda: d(5), lambda: d(int), lambda: d(D, 1, 2, 3), lambda: int.__dict__['from_bytes'](str, b'')):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
for t, n in ((int, 'from_bytes'), (bool, 'from_bytes'), (float, 'fromhex'), (bytes, 'fromhex'),
             (bytearray, 'fromhex'), (object, '__init_subclass__'), (object, '__subclasshook__')):
    v = t.__dict__.get(n)
    print(t.__name__, n, type(v).__name__ if v is not None else None, repr(v) if v is not None else '')
print(int.from_bytes(b'\x01\x00', 'little'), bool.from_bytes(b'\x01', 'big'), bytes.fromhex('41 42'),
      bytearray.fromhex('43'), float.fromhex('0x1p3'), object.__subclasshook__(int), object.__subclasshook__())
class E(int):
    pass
print(type(E.from_bytes(b'\x05', 'big')).__name__, E.from_bytes(b'\x05', 'big'))
class B:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class C(B, flag=1):
    pass
try:
    object.__init_subclass__(1)
except TypeError as e:
    print('TypeError:', e)
# docstrings and text signatures of the built-in types, methods and functions
print(int.__doc__.splitlines()[0], '|', (5).__doc__ == int.__doc__, '|', type.__doc__.splitlines()[0])
print(repr(list.append.__doc__), list.append.__text_signature__, [].append.__text_signature__)
print(repr(len.__doc__), len.__text_signature__, repr(dict.__getitem__.__doc__), dict.__getitem__.__text_signature__)
print(object.__text_signature__, int.__text_signature__, repr(dict.__dict__['__doc__'][:20]))
print(repr(int.__new__.__doc__), int.real.__doc__ if hasattr(int.real, '__doc__') else None)

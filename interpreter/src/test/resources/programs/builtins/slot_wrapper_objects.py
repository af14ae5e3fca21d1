# Slot wrappers (wrapper_descriptor) and their bound form (method-wrapper) as objects: repr, __name__,
# __qualname__, __objclass__, __doc__, __text_signature__, __self__, equality, and calling one with a
# receiver of another type.
w = int.__add__
print(repr(w), type(w).__name__, w.__name__, w.__qualname__, w.__objclass__, repr(w.__doc__), w.__text_signature__)
b = (1).__add__
print(repr(b).startswith("<method-wrapper '__add__' of int object at 0x"), type(b).__name__)
print(b.__name__, b.__qualname__, b.__objclass__, b.__self__, repr(b.__doc__), b.__text_signature__)
print(b == (1).__add__, b != (1).__add__, b == (2).__add__, b == (1).__sub__, hash(b) == hash((1).__add__))
for f in (list.__len__, dict.__getitem__, list.__getitem__, object.__init__, type.__call__, int.__pow__,
          str.__mod__, float.__rdivmod__, set.__iand__, list.__iadd__, object.__getattribute__, int.__index__):
    print(repr(f), type(f).__name__, repr(f.__doc__), f.__text_signature__)
for call in (lambda: int.__add__('a', 1), lambda: int.__add__(), lambda: list.__len__(()),
             lambda: object.__getattribute__(1, 2), lambda: int.__neg__(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(int.__add__(3, 4), int.__radd__(3, 4), int.__divmod__(7, 2), int.__rdivmod__(7, 2), float.__divmod__(7.5, 2))
print(int.__add__(1, 'a'), int.__divmod__(1, 'a'), bool.__and__(True, 1), bool.__and__(True, False))
print(list.__dict__['__hash__'], slice.__dict__.get('__hash__', 'absent'), dict.__hash__)
print(object.__dict__['__eq__'].__get__(5)(5), object.__dict__['__repr__'].__get__(None, int))
print([n for n in ('__iter__', '__len__', '__getitem__', '__eq__', '__hash__', '__repr__', '__call__', '__get__')
       if hasattr(slice, n)])

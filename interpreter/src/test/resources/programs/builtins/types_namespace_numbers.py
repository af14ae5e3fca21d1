# The namespaces of object, type and the numbers as CPython makes them (PyType_Ready: __new__, the slot
# wrappers in slotdefs order, the methods, members and getsets, __doc__): each name and its value's type.
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

for t in (object, type, int, bool, float, complex, type(None), type(NotImplemented), type(...)):
    listing(t)
# the order too, for the four every class meets
for t in (bool, object, type, int):
    print(t.__name__, list(t.__dict__))
print(vars(bool) == dict(bool.__dict__), sorted(vars(type(None))))
print(hasattr(bool, '__and__'), '__add__' in bool.__dict__, bool.__dict__['__or__'], bool.__or__(True, False))

# The namespaces of the built-in containers and sequences: each name in t.__dict__ and its value's type
# (slot wrappers from add_operators, METH_COEXIST methods such as list.__getitem__, __hash__ = None).
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

d = {1: 2}
for t in (str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview,
          type(d.keys()), type(d.values()), type(d.items()), type(type.__dict__)):
    listing(t)
print(hasattr(slice, '__eq__'), slice.__hash__, list.__hash__, tuple.__dict__['__hash__'])

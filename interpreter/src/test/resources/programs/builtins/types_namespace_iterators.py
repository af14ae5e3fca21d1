# The namespaces of the built-in iterators: __iter__ and __next__ slot wrappers, __length_hint__,
# __reduce__, __setstate__ where CPython's have them.
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

d = {1: 2}
its = [iter([]), iter(()), iter(''), iter(b''), iter(bytearray()), iter(range(1)), iter(range(1 << 70)),
       iter(set()), iter(d), iter(d.values()), iter(d.items()), reversed([]), reversed(d), reversed(range(2)),
       iter(lambda: 1, 1), iter(type('C', (), {'__getitem__': lambda s, i: i})()),
       enumerate([]), zip(), map(len, []), filter(None, []), reversed('ab')]
seen = set()
for it in its:
    t = type(it)
    if t not in seen:
        seen.add(t)
        listing(t)

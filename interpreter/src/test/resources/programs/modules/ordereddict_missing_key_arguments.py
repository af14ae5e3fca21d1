# OrderedDict's own lookups that fail raise KeyError with the key as the exception's arguments
# (PyErr_SetObject), so a tuple key spreads into several arguments: od.pop((1, 2)) raises
# KeyError(1, 2), while a dict, and the OrderedDict paths that are the dict's (del, [],
# popitem's empty message), wrap the key: KeyError((1, 2)).
from collections import OrderedDict

class Key(tuple):
    pass

od = OrderedDict(a=1)
cases = [
    ('pop tuple', lambda: od.pop((1, 2))),
    ('pop empty tuple', lambda: od.pop(())),
    ('pop 1-tuple', lambda: od.pop((5,))),
    ('pop tuple subclass', lambda: od.pop(Key((3, 4)))),
    ('pop str', lambda: od.pop('zz')),
    ('move_to_end tuple', lambda: od.move_to_end((1, 2))),
    ('move_to_end first', lambda: od.move_to_end((7, 8), last=False)),
    ('getitem tuple', lambda: od[(1, 2)]),
    ('del tuple', lambda: od.__delitem__((1, 2))),
    ('dict pop tuple', lambda: {}.pop((1, 2))),
    ('popitem empty', lambda: OrderedDict().popitem()),
    ('move_to_end empty', lambda: OrderedDict().move_to_end((1, 2))),
]
for name, f in cases:
    try:
        f()
    except KeyError as e:
        print(f'{name}: {e!r} args={e.args} str={str(e)}')
print(od.pop((1, 2), 'default'), od.pop('a'), od)

# pickletools: dis's listing of pickles of each protocol 0-5 (MARK levels indented, memo notes,
# frames, the highest protocol), genops' triples, optimize dropping unread PUTs (and what dis shows
# of the result), and dis's checks of broken pickles with CPython's messages after the listing.
import io
import pickle
import pickletools
import collections


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


shared = [1, 2]
value = {'name': 'café', 'nums': [1, -2, 300, 70000, 2 ** 70, -2 ** 40], 'pair': (shared, shared),
         'flags': (True, False, None), 'f': 1.5, 'b': b'\x00\xff', 'set': {3}, 'fs': frozenset(),
         'point': Point(1, 2), 'od': collections.OrderedDict(a=1), 'ba': bytearray(b'xy')}

for proto in range(6):
    data = pickle.dumps(value if proto >= 2 else [1, 'two', (3.0, None), {b'k': True}, shared,
                                                  shared, 2 ** 70], proto)
    print(f'== protocol {proto}: {len(data)} bytes')
    pickletools.dis(data)

print('== indentlevel, a file, output to a stream')
buffer = io.StringIO()
pickletools.dis(io.BytesIO(pickle.dumps([[1, [2]], (3,)], 1)), out=buffer, indentlevel=2)
print(buffer.getvalue(), end='')

print('== genops')
for op, arg, pos in pickletools.genops(pickle.dumps(('a', 1, [None]), 2)):
    print(pos, op.name, repr(arg), op.proto, op.arg.name if op.arg else None,
          op.stack_before, op.stack_after)

print('== optimize')
for proto in (0, 2, 4):
    data = pickle.dumps([shared, shared, 'x', 'y'], proto)
    smaller = pickletools.optimize(data)
    print(proto, len(data), len(smaller), pickle.loads(smaller))
    pickletools.dis(smaller)

print('== memo across calls')
memo = {}
pickler_bytes = io.BytesIO()
p = pickle.Pickler(pickler_bytes, 2)
p.dump(shared)
first = pickler_bytes.getvalue()
p.dump(shared)
second = pickler_bytes.getvalue()[len(first):]
pickletools.dis(first, memo=memo)
pickletools.dis(second, memo=memo)

print('== broken pickles')
for label, data in [('empty', b''), ('no stop', b'K\x01'), ('unknown opcode', b'\xff'),
                    ('short int', b'J\x01\x02'), ('no mark', b'K\x01t.'),
                    ('unread memo', b'h\x05.'), ('pop too many', b'R.'),
                    ('left over', b'K\x01K\x02.'), ('put on empty', b'q\x00.'),
                    ('short string', b'X\x05\x00\x00\x00ab'), ('bad quotes', b"S'abc\n.")]:
    out = io.StringIO()
    try:
        pickletools.dis(data, out=out)
    except ValueError as error:
        result = f'ValueError: {error}'
    else:
        result = 'no error'
    print(f'{label}: {out.getvalue()!r} {result}')

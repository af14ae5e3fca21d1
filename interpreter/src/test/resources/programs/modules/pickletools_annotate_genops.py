# pickletools as a pickle debugger uses it: dis() with annotate= (each opcode's one-line summary
# in a column), genops' (opcode, arg, pos) triples with the opcode objects' name, code,
# proto and stack_before/stack_after, the opcodes table, optimize() dropping unused PUT/MEMOIZE,
# and dis()'s errors on a stack left non-empty, a bad memo reference and an unknown opcode.
import io
import pickle
import pickletools
from collections import namedtuple

Point = namedtuple('Point', 'x y')
for proto in (0, 2, 4):
    out = io.StringIO()
    pickletools.dis(pickle.dumps([Point(3, 4), 'txt', 2.5], proto), out=out, annotate=30)
    print(f'--- protocol {proto} annotated')
    print(out.getvalue(), end='')

ops = list(pickletools.genops(pickle.dumps({'a': (1, None)}, 2)))
for op, arg, pos in ops:
    print(pos, op.name, repr(op.code), op.proto, arg, [s.name for s in op.stack_before], [s.name for s in op.stack_after])
print(len(pickletools.opcodes), sorted({op.proto for op in pickletools.opcodes}))
print([op.name for op in pickletools.opcodes if op.proto == 5])

blob = pickle.dumps([[1, 2], 'shared', 'shared'], 4)
small = pickletools.optimize(blob)
print(len(blob), len(small), pickle.loads(small))
for bad in [b'K\x01K\x02.', b'h\x05.', b'\xff.', b'(K\x01']:
    out = io.StringIO()
    try:
        pickletools.dis(bad, out=out)
    except ValueError as e:
        print('ValueError', e)
    print(out.getvalue().splitlines()[-1:])

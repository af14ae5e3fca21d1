# What pickle writes and reads at the edges a differential test against CPython found: the
# extension registry's EXT opcodes, batches of a list's and a dict's own items (a dict whose size
# is a multiple of the batch ends with an empty batch) against a subclass's items, and what the
# unpickler says of damaged input: stack underflows inside and outside a MARK, load keys,
# protocol 0's number lines, state that is not a dict, and the opcodes' argument checks.
import copyreg
import io
import pickle


class Point:
    def __init__(self, x=0):
        self.x = x

    def __reduce__(self):
        return (Point, (self.x,))

    def __repr__(self):
        return 'Point(%r)' % (self.x,)


class Tag:
    pass


class Other:
    pass


class Items(list):
    pass


copyreg.add_extension(__name__, 'Point', 200)
copyreg.add_extension(__name__, 'Tag', 0x1234)
copyreg.add_extension(__name__, 'Other', 0x123456)
for proto in range(6):
    data = pickle.dumps([Point(1), Tag, Other, Point(2)], proto)
    print(proto, data)
    back = pickle.loads(data)
    print('  ', back[0], back[1] is Tag, back[2] is Other, back[3])
copyreg.remove_extension(__name__, 'Point', 200)
copyreg.remove_extension(__name__, 'Tag', 0x1234)
copyreg.remove_extension(__name__, 'Other', 0x123456)
copyreg.clear_extension_cache()


def opcodes(data):
    # the opcode letters of the batches only: MARK, APPEND(S), SETITEM(S)
    return ''.join(chr(b) for b in data if chr(b) in '(aesu')


for n in (0, 1, 2, 1000, 1001):
    for proto in (1, 4):
        plain = pickle.dumps(list(range(n)), proto)
        sub = pickle.dumps(Items(range(n)), proto)
        d = pickle.dumps(dict.fromkeys(range(n), 0), proto)
        print(n, proto, len(plain), len(sub), len(d), plain.count(b'e'), plain.count(b'a'),
              d.count(b'u'), d.count(b's'), pickle.loads(plain) == list(range(n)),
              pickle.loads(sub) == list(range(n)), len(pickle.loads(d)))

damaged = [
    b'', b'.', b'0.', b't.', b'1.', b'(.', b'(0.', b'N(.', b'(N.', b'K\x01(2.', b'(b.',
    b'(\x94.', b'(h\x00.', b'(e.', b'(u.', b'K\x01(K\x01u.', b'(K\x01u.', b'K\x01(u.', b'(\x90.',
    b'\x86.', b'K\x01\x86.', b'(K\x01\x86.', b'K\x01\x85\x85.', b'K\x01s.', b'K\x01b.', b'K\x01R.',
    b'\x93.', b'K\x01(\x93.', b'a.', b'\x81.', b'(K\x01K\x02d.', b'(K\x01K\x02K\x03d.',
    b'\x00', b'\xff', b"'", b'\\', b' ', b'~', b'\x80\x06.', b'\x80\x05\x95\x00\x00\x00\x00\x00\x00\x00\x00N.',
    b'I12\n.', b'I01\n.', b'I00\n.', b'I+1\n.', b'I010\n.', b'I0x1f\n.', b'I 7\n.', b'I7 \n.',
    b'I1_0\n.', b'Iabc\n.', b'I99999999999999999999\n.', b'I\xff\n.', b'I12', b'I\n.', b'S\n.', b'c\n\n.', b'i\n\n.', b'P\n.', b'V\n.', b'g\n.',
    b'L12L\n.', b'L12\n.', b'L1x\n.', b'L\n.',
    b'F1.5\n.', b'F1.5x\n.', b'Fx1\n.', b'Finf\n.', b'F-nan\n.', b'F1e999\n.', b'F1_0\n.', b'F\n.',
    b'N}q\x00b.', b'N\x85b.', b'K\x01}b.', b'cbuiltins\nobject\n)\x81K\x01b.',
    b'cbuiltins\nobject\n)\x81NK\x01\x86b.',
    b'K\x01)\x81.', b'cbuiltins\nobject\nK\x01\x81.', b'cbuiltins\nobject\n)K\x01\x92.',
    b'cbuiltins\nint\nK\x01R.', b'K\x01)R.', b'Pabc\n.', b'K\x01Q.', b'\x97.', b'C\x02ab\x98.',
    b'g1\n.', b'gx\n.', b'p-1\n.', b'K\x01px\n.', b'h\x05.', b'j\x05\x00\x00\x00.',
    b'cbuiltins\nnope\n.', b'cno_such_module\nx\n.', b'\x80\x04\x8c\x08builtins\x8c\x03a.b\x93.',
    b'\x80\x02cbuiltins\nlen\n.', b'\x80\x04N\x8c\x01a\x93.', b'S"abc"\n.', b"S'ab\n.", b'Sabc\n.',
    b'Vabc\\u12\n.', b'T\xff\xff\xff\xffabc.', b'X\x05\x00\x00\x00ab.', b'\x8a\x02\x01.',
    b'\x8b\xff\xff\xff\xff.', b'\x82\x00.', b'\x82\x05.', b'B\x03\x00\x00\x00ab', b'K',
]
for data in damaged:
    try:
        value = pickle.loads(data)
        print(data, '->', repr(value))
    except Exception as e:
        print(data, '->', type(e).__name__, str(e).replace('\n', '|'))


class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('pid', pid)


print(Loader(io.BytesIO(b'Pabc\n.')).load(), Loader(io.BytesIO(b'K\x05Q.')).load())
u = pickle.Unpickler(io.BytesIO(b'Pabc\n.'))
u.persistent_load = lambda pid: ['assigned', pid]
print(u.load())
print(pickle.loads(b'\x80\x05\x97.', buffers=[b'xy']))
try:
    pickle.loads(b'\x80\x05\x97\x97.', buffers=[b'xy'])
except Exception as e:
    print(type(e).__name__, e)
view = pickle.loads(b'\x80\x05\x97\x98.', buffers=[bytearray(b'xy')])
print(type(view).__name__, view.readonly, bytes(view))

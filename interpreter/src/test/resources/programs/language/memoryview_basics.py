# memoryview over bytes and bytearray: items, slices, tolist/tobytes/hex, release and the context manager, cast, exports blocking a resize, sizes
import sys
b = b'abcdef'
m = memoryview(b)
print(len(m), m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape, m.strides)
print(m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.hex(), m.tobytes())
print(bytes(m[::2]), m[::-1].tobytes())
print(sys.getsizeof(m))
print(m == b, m == b'abcdef', m.obj is b)
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = ord('j')
mv[1:3] = b'EL'
print(ba, mv.readonly)
try:
    ba.append(33)
except BufferError as e:
    print("BufferError:", e)
mv.release()
ba.append(33)
print(ba)
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b'xyz') as m2:
    print(m2.tolist())
print(repr(m2)[:17])
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
c = memoryview(bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')).cast('i')
print(c.format, c.itemsize, len(c), c.tolist(), c[1], c.nbytes)
sb = memoryview(b'\xff\x01').cast('b')
print(sb.tolist())
try:
    m[10]
except IndexError as e:
    print("IndexError:", e)
print(m.hex(':'), memoryview(b'\x00\xff').hex())
print(list(m[:2]), b'cd' in bytes(m))
try:
    memoryview('abc')
except TypeError as e:
    print("TypeError:", e)
print(m.contiguous, m.c_contiguous)
m3 = memoryview(bytearray(4))
m3[:] = b'wxyz'
print(m3.tobytes(), m3.toreadonly().readonly)
try:
    m3[:2] = b'abc'
except ValueError as e:
    print("ValueError:", e)

# bytearray: slice assignment that grows and shrinks, extended slices, deletion, in-place ops
ba = bytearray(b'0123456789')
ba[2:5] = b'ab'
print(ba)
ba[0:0] = b'XYZ'
print(ba)
ba[-2:] = bytearray(b'')
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
del ba[1::3]
print(ba)
ba[1:3] = [65, 66, 67, 68]
print(ba)
ba[5:2] = b'!!'
print(ba)
try:
    ba[::2] = b'xy'
except ValueError as e:
    print('ValueError:', e)
try:
    ba[0] = 256
except ValueError as e:
    print('ValueError:', e)
try:
    ba[0:1] = 'str'
except TypeError as e:
    print('TypeError:', e)
try:
    ba[0] = b'a'
except TypeError as e:
    print('TypeError:', e)
ba = bytearray(b'abc')
ba += b'def'
ba *= 2
print(ba, len(ba))
ba.extend(range(49, 52))
ba.insert(0, 33)
ba.append(63)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('c'))
ba.reverse()
print(ba)
m = bytearray(b'hello')
v = memoryview(m)
try:
    m.append(33)
except BufferError as e:
    print('BufferError:', e)
v.release()
m.append(33)
print(m, m[1:3], m[-1], bytearray(3), bytearray([1, 2]) == b'\x01\x02')
ba = bytearray(b'abcdef')
ba[1:5:2] = b'XY'
del ba[::-2]
print(ba)

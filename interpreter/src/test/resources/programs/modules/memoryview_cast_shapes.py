# memoryview over bytes, bytearray, array and other views: its attributes, cast (3.11's rules and
# errors), shapes of more than one dimension, indexing, assignment, release, comparisons, and the
# struct module reading and writing through buffers.
import array
import struct
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def describe(label, m):
    print(label, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly,
          m.contiguous, m.c_contiguous, m.f_contiguous, sys.getsizeof(m))


data = bytes(range(24))
m = memoryview(data)
describe("bytes:", m)
describe("bytearray:", memoryview(bytearray(data)))
describe("array d:", memoryview(array.array('d', [1.0, 2.0, 3.0])))
describe("array Q:", memoryview(array.array('Q', [2**64 - 1])))
describe("slice:", m[2:20:3])
describe("cast i:", m.cast('i'))
describe("cast 2-D:", m.cast('B', [4, 6]))
describe("cast 3-D:", m.cast('h', (2, 3, 2)))
describe("cast 0-D:", m[:8].cast('d', []))
describe("view of view:", memoryview(m[4:8]))
print("obj:", memoryview(m).obj is data, m[4:8].obj is data)

grid = m.cast('B', [4, 6])
print(grid.tolist())
print(grid[1, 2], grid[-1, -1], grid[1:3].tolist(), grid[1:3].shape)
attempt("row:", lambda: grid[1])
attempt("too many:", lambda: grid[1, 2, 3])
attempt("too few:", lambda: grid[(1,)])
attempt("out of range:", lambda: grid[4, 0])
attempt("slices:", lambda: grid[1:2, 0:1])
attempt("iterate:", lambda: list(grid))
print(len(grid), grid.tobytes() == data, grid.hex()[:12], grid.cast('B').shape)
zero = m[:4].cast('i', [])
print("0-dim:", zero.tolist(), zero[()], len(zero), zero[...] is zero)
attempt("0-dim index:", lambda: zero[0])

# cast's rules
attempt("two non-byte:", lambda: m.cast('i').cast('h'))
attempt("not C-contiguous:", lambda: m[::2].cast('B'))
attempt("bad format:", lambda: m.cast('x'))
attempt("byte order:", lambda: m.cast('<i'))
attempt("half floats:", lambda: m.cast('e'))
attempt("format type:", lambda: m.cast(1))
attempt("length:", lambda: m[:5].cast('i'))
attempt("shape type:", lambda: m.cast('B', 24))
attempt("shape product:", lambda: m.cast('B', [5, 5]))
attempt("shape zero:", lambda: m.cast('B', [0, 24]))
attempt("shape item:", lambda: m.cast('B', [4, 'six']))
attempt("ND to ND:", lambda: grid.cast('B', [6, 4]))
attempt("65 dims:", lambda: m[:1].cast('B', [1] * 65))
print(m.cast('@H').format, m.cast('c')[0], m.cast('?')[:3].tolist(), m.cast('P')[0], m.cast('n')[1])

# writing
buf = bytearray(16)
w = memoryview(buf)
w[0] = 65
w[1:3] = b'BC'
w[3:5] = memoryview(b'DE')
ints = w.cast('i')
ints[1] = -2
dbl = w[8:].cast('d')
dbl[0] = 0.5
print(buf)
attempt("byte range:", lambda: w.__setitem__(0, 256))
attempt("byte type:", lambda: w.__setitem__(0, 'a'))
attempt("int range:", lambda: ints.__setitem__(0, 2**31))
attempt("float type:", lambda: dbl.__setitem__(0, 'x'))
attempt("structure:", lambda: w.__setitem__(slice(0, 2), b'abc'))
attempt("format mismatch:", lambda: w.__setitem__(slice(0, 4), memoryview(array.array('i', [1]))))
attempt("delete:", lambda: w.__delitem__(0))
attempt("read-only:", lambda: m.__setitem__(0, 1))
attempt("read-only copy:", lambda: w.toreadonly().__setitem__(0, 1))
grid2 = memoryview(bytearray(6)).cast('B', [2, 3])
grid2[1, 2] = 9
print(grid2.tolist())
chars = w.cast('c')
chars[0] = b'z'
attempt("char length:", lambda: chars.__setitem__(0, b'zz'))
print(bytes(buf[:4]), bytearray(w[:2]), bytes(ints))

# comparisons
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == bytearray(b'ab'), memoryview(b'ab') == 'ab')
print(memoryview(array.array('i', [1, 2])) == array.array('i', [1, 2]),
      memoryview(array.array('i', [1, 2])) == memoryview(array.array('b', [1, 2])),
      memoryview(array.array('d', [1, 2])) == memoryview(array.array('q', [1, 2])),
      memoryview(array.array('d', [float('nan')])) == memoryview(array.array('d', [float('nan')])),
      grid == m.cast('B', [4, 6]), grid == m)
attempt("order:", lambda: memoryview(b'a') < memoryview(b'b'))
print(hash(memoryview(b'abc')) == hash(b'abc'))
attempt("hash writable:", lambda: hash(memoryview(bytearray(b'a'))))
attempt("hash format:", lambda: hash(m.cast('i')))

# release and exports
ba = bytearray(b'abc')
v1 = memoryview(ba)
v2 = v1[1:]
v1.release()
attempt("resize with a slice alive:", lambda: ba.append(1))
v2.release()
ba.append(100)
print("resized:", ba)
attempt("released:", lambda: v1.tobytes())
attempt("released len:", lambda: len(v2))
print(repr(v1).startswith("<released memory at 0x"), v1 == v1, v1 == v2)
with memoryview(b'xyz') as ctx:
    print(ctx.tobytes(), ctx.hex(':'))
print(repr(ctx).startswith("<released"))
attempt("not a buffer:", lambda: memoryview("text"))
attempt("not a buffer 2:", lambda: memoryview(5))

# struct through buffers
arr = array.array('i', [0, 0, 0, 0])
struct.pack_into('<ih', arr, 4, -7, 300)
print(arr, struct.unpack_from('<ih', arr, 4), struct.unpack('<4i', arr))
print(list(struct.iter_unpack('<hh', memoryview(bytes(range(8))))))
target = bytearray(8)
struct.pack_into('>Q', memoryview(target), 0, 258)
print(target, struct.unpack_from('>H', memoryview(target), 6))
attempt("pack into bytes:", lambda: struct.pack_into('b', b'ab', 0, 1))
attempt("unpack str:", lambda: struct.unpack_from('b', 'ab'))
attempt("too small:", lambda: struct.unpack_from('<q', array.array('b', [1, 2])))
print(bytes(memoryview(b'hello')[1:4]), bytearray(memoryview(array.array('B', [104, 105]))), b''.join([memoryview(b'ab'), b'c']))

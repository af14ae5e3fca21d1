# array.array and bytearray while memoryviews export their buffer: resizing
# is refused with BufferError (the contents unchanged), in-place writes are
# fine, nested views count, release() and the with statement end an export.
import array

a = array.array("i", [1, 2, 3])
m = memoryview(a)
for op, fn in [("append", lambda: a.append(4)), ("extend", lambda: a.extend([5])),
               ("pop", lambda: a.pop()), ("del a[0]", lambda: a.__delitem__(0)),
               ("*= 2", lambda: a.__imul__(2)), ("frombytes", lambda: a.frombytes(b"\0" * 4)),
               ("remove", lambda: a.remove(1)), ("slice grow", lambda: a.__setitem__(slice(0, 1), array.array("i", [7, 8])))]:
    try:
        fn()
        print(op, "allowed", a.tolist())
    except BufferError as e:
        print(op, "BufferError:", e)
a[0] = 100
a.reverse()
a.byteswap()
a.byteswap()
print("in-place changes allowed:", a.tolist(), m.tolist())
sub = m[1:]
m.release()
try:
    a.append(4)
except BufferError as e:
    print("slice of a released view still exports:", e)
sub.release()
a.append(4)
print("after both released:", a.tolist())

b = bytearray(b"hello")
with memoryview(b) as view:
    inner = memoryview(view)
    try:
        b.extend(b"!")
    except BufferError as e:
        print("bytearray extend:", e)
    try:
        b[:] = b"bye"
    except BufferError as e:
        print("bytearray shrinking slice:", e)
    b[:5] = b"HELLO"
    print("same-size slice assignment ok:", bytes(b), inner.tobytes())
print("view released by with:", view.obj if False else "released")
try:
    b.clear()
except BufferError as e:
    print("clear while the inner view lives:", e)
inner.release()
b.clear()
print("cleared:", b)
try:
    view.tobytes()
except ValueError as e:
    print("ValueError:", e)
try:
    len(view)
except ValueError as e:
    print("ValueError:", e)
print("released view equals itself:", view == view)

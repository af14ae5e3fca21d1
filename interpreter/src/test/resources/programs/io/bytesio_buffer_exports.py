# io.BytesIO as bytesio.c keeps it: one bytes object as its buffer, shared with the bytes given in
# (an exact bytes) and handed out by getvalue() and a whole read() (the same object: `is`), copied
# before any write changes it (unshare_buffer), so the bytes handed out never change;
# getbuffer()'s memoryview (its obj an _io._BytesIOBuffer) writes into the stream and, while it
# lives, every operation that would resize or free the buffer raises BufferError, getvalue()
# copies instead of sharing; the view released (release() or del), they work again.
import io
import sys

data = b"hello world\nsecond line\n"
b = io.BytesIO(data)
print("initial shared:", b.getvalue() is data, b.read() is data)
b.seek(0)
print("read(5):", b.read(5), "tell", b.tell())
v = b.getvalue()
print("getvalue is getvalue:", v is b.getvalue())
b.seek(0)
b.write(b"HELLO")
print("after write, old value unchanged:", v[:5], "new:", b.getvalue()[:5])
print("data unchanged:", data[:5])

m = b.getbuffer()
print(type(m).__name__, type(m.obj).__name__, type(m.obj).__module__, m.readonly, m.nbytes, m.format)
m[0] = ord("J")
print("written through the view:", b.getvalue()[:5])
snapshot = b.getvalue()
print("getvalue while exported is a copy:", snapshot is b.getvalue(), snapshot == b.getvalue())
for name, call in [("write", lambda: b.write(b"x")), ("truncate", lambda: b.truncate(0)),
                   ("close", lambda: b.close()), ("__init__", lambda: b.__init__(b"")),
                   ("__setstate__", lambda: b.__setstate__((b"", 0, None))),
                   ("writelines", lambda: b.writelines([b"a"]))]:
    try:
        call()
        print(name, "ok")
    except BufferError as e:
        print(name, type(e).__name__, e)
print("reads still work:", b.read(3), b.seek(0), b.readline())
m2 = b.getbuffer()
m.release()
try:
    b.write(b"x")
except BufferError as e:
    print("one view left:", e)
del m2
print("write after release:", b.write(b"!"), b.tell())
b.close()
print("closed:", b.closed)
try:
    b.getbuffer()
except ValueError as e:
    print("getbuffer closed:", e)

# a view of a view, and slices, hold the export too
c = io.BytesIO(b"abcdef")
view = c.getbuffer()
part = view[1:3]
view.release()
try:
    c.truncate(1)
except BufferError as e:
    print("slice holds the export:", e)
print(bytes(part))
part.release()
print("truncate after:", c.truncate(1), c.getvalue())

# getvalue of 0 and 1 byte is a fresh object each time; read() of the whole buffer shares it
d = io.BytesIO()
d.write(b"z")
print("1-byte getvalue is same:", d.getvalue() is d.getvalue(), d.getvalue())
e = io.BytesIO()
e.write(b"abc" * 5)
whole = e.getvalue()
e.seek(0)
print("read() after getvalue shares:", e.read() is whole, sys.getrefcount(whole))

# readinto into a bytearray, a memoryview slice, an array
import array
f = io.BytesIO(b"0123456789")
ba = bytearray(4)
print("readinto:", f.readinto(ba), ba)
arr = array.array("b", [0] * 3)
print("readinto array:", f.readinto(arr), arr.tolist())
mv = memoryview(bytearray(10))
print("readinto view slice:", f.readinto(mv[2:6]), bytes(mv))
try:
    f.readinto(b"xx")
except TypeError as e:
    print(e)
# write of other buffers
g = io.BytesIO()
print(g.write(bytearray(b"ab")), g.write(memoryview(b"cdef")[1:3]), g.write(array.array("h", [1, 2])), g.getvalue())

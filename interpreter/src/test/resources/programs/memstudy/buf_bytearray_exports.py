# bytearray and array under live memoryviews: BufferError on every resize, release() and with.
import array

ba = bytearray(b"hello world")
m = memoryview(ba)
for op, fn in [("append", lambda: ba.append(33)), ("extend", lambda: ba.extend(b"!!")),
               ("+=", lambda: ba.__iadd__(b"x")), ("del slice", lambda: ba.__delitem__(slice(0, 2))),
               ("pop", lambda: ba.pop()), ("clear", lambda: ba.clear()), ("resize via slice", lambda: ba.__setitem__(slice(0, 1), b"ab"))]:
    try:
        fn()
        print(op, "ok")
    except BufferError as e:
        print(op, "BufferError:", e)
ba[0:1] = b"J"
print("same-size slice ok", bytes(ba), m[0])
sub = m[6:]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print("sub view still exports:", e)
sub.release()
ba.append(33)
print("after releases", bytes(ba))
a = array.array("i", range(4))
with memoryview(a) as mv:
    try:
        a.append(4)
    except BufferError as e:
        print("array:", e)
    print("cast", mv.cast("B").nbytes, mv.format, mv.itemsize)
a.append(4)
print("array after with", a.tolist())
try:
    mv[0]
except ValueError as e:
    print("released view:", e)
b = bytes(5)
mb = memoryview(b)
print("bytes view readonly", mb.readonly, mb.obj is b)

# memoryview and array in conditions: an empty view or array is false, a 0-d view has length 1, a released view refuses len() and bool(), chunked reading with `while view:`
import array

data = b"0123456789abcdef"
view = memoryview(data)
chunks = []
while view:
    chunks.append(bytes(view[:5]))
    view = view[5:]
print(chunks, bool(view), len(view))
print(bool(memoryview(b"")), bool(memoryview(b"x")), bool(memoryview(bytearray(3))[3:]))
zero_d = memoryview(array.array("d", [2.5])).cast("B").cast("d", ())
print(zero_d.ndim, zero_d.shape, len(zero_d), bool(zero_d), zero_d[()])
grid = memoryview(bytes(range(12))).cast("B", (3, 4))
print(len(grid), bool(grid), grid.tolist()[1], bool(grid[3:]), len(grid[3:]))
released = memoryview(b"abc")
released.release()
for label, fn in (("len", lambda: len(released)), ("bool", lambda: bool(released)), ("not", lambda: not released), ("if", lambda: "yes" if released else "no")):
    try:
        print(label, fn())
    except ValueError as e:
        print(label, "ValueError:", e)
with memoryview(bytearray(b"xyz")) as m:
    print(bool(m), m.tobytes())
print(bool(m) if False else "released by with", m.obj if False else "")
try:
    m[0]
except ValueError as e:
    print(e)
buf = bytearray(b"header:payload")
mv = memoryview(buf)
sep = bytes(mv).index(b":")
head, body = mv[:sep], mv[sep + 1:]
print(bytes(head), bytes(body), bool(head) and bool(body), bool(mv[len(mv):]))
samples = array.array("h")
print(bool(samples), "empty" if not samples else "has data", bool(array.array("b", [0])), bool(array.array("u", "x")))
while not samples or len(samples) < 3:
    samples.append(len(samples))
print(samples, bool(samples[3:]), bool(samples[:1]))

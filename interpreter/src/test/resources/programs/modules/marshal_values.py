# marshal.dumps writes CPython's bytes for every marshallable type under versions 0-4 (small and
# large ints, floats and complex as text before version 2, str as ASCII/short/interned forms,
# tuples small and large, lists, dicts, sets and frozensets in the order of their items' bytes),
# flags the objects something else also holds and writes their later occurrences as references,
# and loads gives the values back; load/dump go through a file and leave it after the object.
import io
import marshal
import sys

shared = (1, 2)
pair = [1, 2]
big = 10**30
name = sys.intern("an_interned_name")
values = [None, True, False, ..., StopIteration, 0, 1, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63,
          -10**40, big, [big, big], 1.5, -0.0, float("inf"), 1e-300, 1 + 2j, -0.5j, b"", b"raw\x00\xff",
          bytearray(b"xy"), "", "ascii", "caf\u00e9 \u20ac \U0001f600", "x" * 300, "\u00e9" * 300, name,
          [name, name], (), (1,), (1, "a", 2.5), tuple(range(300)), [shared, shared], [[1], [2]],
          {"a": 1, "b": [1, 2]}, {3, 1, 2}, frozenset({300, -1, 2**40}), {(1, 2), (3, 4)}, [pair, pair],
          {"k": pair, "j": pair}, [["deep"]], {"x": {"y": {}}}, set(), frozenset(), [1.5, 1.5],
          [str(1234567), str(1234567)], {1: None, None: 2}]
for version in range(5):
    print("version", version)
    for v in values:
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(" ", repr(v)[:40], data[:70], len(data), back == v, type(back).__name__)
# a set's items are written in the order of their own bytes, whatever the hash order
print(marshal.dumps(frozenset(["bb", "a", "ccc"])), marshal.dumps(set(["zz", "y", "xxx"]), 2))
print(marshal.version, marshal.dumps(pair), marshal.dumps([1, 2]), marshal.dumps(pair) == marshal.dumps(pair, 4))

# references on load: one object read twice is one object
loaded = marshal.loads(marshal.dumps([shared, shared]))
print(loaded, loaded[0] is loaded[1])
loaded = marshal.loads(marshal.dumps({"k": pair, "j": pair}))
print(loaded["k"] is loaded["j"], marshal.loads(marshal.dumps(name)) is name)

buf = io.BytesIO()
marshal.dump([1, "two"], buf)
marshal.dump({"three": 3.0}, buf, 2)
buf.write(b"tail")
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), buf.read())

# trailing bytes are ignored; memoryview input
print(marshal.loads(b"i\x05\x00\x00\x00junk"), marshal.loads(memoryview(b"N")))

for bad in [object(), [1, object()], {1: print}, type, Exception(), 3j.__class__]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("dumps", type(bad).__name__, "ValueError:", e)

nested = []
for _ in range(2100):
    nested = [nested]
try:
    marshal.dumps(nested)
except ValueError as e:
    print("ValueError:", e)

for data in [b"", b"i\x01", b"?", b"r\x00\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x00",
             b"l\x01\x00\x00\x00\xff\xff", b"0", b"(\x02\x00\x00\x00N0", b"s\x05\x00\x00\x00ab",
             b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00"]:
    try:
        print(repr(marshal.loads(data)))
    except (EOFError, ValueError, TypeError) as e:
        print(data, type(e).__name__ + ":", e)
try:
    marshal.loads("text")
except TypeError as e:
    print("TypeError:", e)

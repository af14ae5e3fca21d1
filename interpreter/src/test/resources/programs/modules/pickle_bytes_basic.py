# pickle.dumps writes CPython's bytes for the built-in types under every protocol 0-5: None,
# bools, ints of every width, floats, str (also non-ASCII and escapes), bytes, bytearray, tuples
# of each length, lists, dicts, sets and frozensets (of ints: their order is fixed), and loads
# gives the value back.
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, -2**31, 2**31,
          2**63, -2**64, 10**40, 0.0, -1.5, 1e300, float("inf"), "", "ascii", "caf\u00e9 \u20ac \U0001f600",
          "back\\slash\nnew\rline\x00nul\x1a", b"", b"raw\x00\xff", bytearray(b"ba"), (), (1,), (1, 2),
          (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "two", 3.0], {}, {"a": 1}, {1: "x", 2: "y"},
          set(), {1, 2, 3}, frozenset(), frozenset({4, 5})]
for proto in range(6):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(" ", repr(v)[:40], data, same, type(back).__name__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, pickle.DEFAULT_PROTOCOL), pickle.dumps([1], -1))

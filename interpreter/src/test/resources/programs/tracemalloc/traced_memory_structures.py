# Traced memory of common structures measured by get_traced_memory differences (exact bytes of pymalloc requests).
# collectors: generational refcount
import tracemalloc

tracemalloc.start()

def measure(label, make):
    before = tracemalloc.get_traced_memory()[0]
    obj = make()
    after = tracemalloc.get_traced_memory()[0]
    print(f"{label:28} {after - before}")
    return obj

keep = []
keep.append(measure("empty list", lambda: []))
keep.append(measure("list of 10 ints (small)", lambda: [0] * 10))
keep.append(measure("bytes(100)", lambda: bytes(100)))
keep.append(measure("bytearray(100)", lambda: bytearray(100)))
keep.append(measure("str of 50 ascii", lambda: "x" * 50))
keep.append(measure("tuple of 3", lambda: tuple([None, None, None])))
keep.append(measure("empty dict", lambda: dict()))
keep.append(measure("set of 3 ints", lambda: {1, 2, 3}))
keep.append(measure("float", lambda: float("1.5")))
keep.append(measure("big int 2**100", lambda: 2 ** 100 + 1))
keep.append(measure("object()", lambda: object()))
tracemalloc.stop()

# id() reuse follows the allocator: a freed object's memory goes to the next
# object of the same size (the same pymalloc size class or free list), not
# to one of another size; a list of such reuses across types and sizes.
def reused(make_a, make_b):
    a = make_a()
    addr = id(a)
    del a
    b = make_b()
    return id(b) == addr

class Small:
    pass
class Slotted:
    __slots__ = ("a", "b", "c", "d", "e", "f")

cases = [
    ("list -> list", list, list),
    ("dict -> dict", dict, dict),
    ("float -> float", lambda: float("1.5"), lambda: float("2.5")),
    ("tuple(3) -> tuple(3)", lambda: tuple([1, 2, 3]), lambda: tuple([4, 5, 6])),
    ("tuple(3) -> tuple(4)", lambda: tuple([1, 2, 3]), lambda: tuple([4, 5, 6, 7])),
    ("instance -> instance", Small, Small),
    ("slotted -> slotted", Slotted, Slotted),
    ("big int -> big int", lambda: 2**100 + 1, lambda: 2**100 + 2),
    ("str(20) -> str(20)", lambda: "x" * 20, lambda: "y" * 20),
    ("str(20) -> str(200)", lambda: "x" * 20, lambda: "y" * 200),
    ("bytes(10) -> bytes(10)", lambda: bytes(10), lambda: bytes(10)),
    ("set -> set", set, set),
    ("object -> object", object, object),
]
for label, a, b in cases:
    print(f"{label:<26} {reused(a, b)}")
ids = set()
for _ in range(100):
    ids.add(id(object()))
print("100 temporary objects in a loop use", len(ids), "address(es)")
keep = [object() for _ in range(100)]
print("100 kept objects use", len({id(o) for o in keep}), "addresses")

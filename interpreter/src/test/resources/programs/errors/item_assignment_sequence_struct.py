# PyObject_SetItem / PyObject_DelItem for types without mp_ass_subscript and sq_ass_item: a type
# with a tp_as_sequence struct (tuple, str, range, set, a class, a subclass of a built-in type)
# converts an index key first (its __index__ runs, an int past Py_ssize_t is IndexError) and then
# PySequence_DelItem says "doesn't support item deletion"; a type without one (int, None, float,
# a function) says "does not", and so does any type for a key that is not an index. The in-place
# x *= y tries y's sq_repeat only when x's type has no tp_as_sequence.
class Plain:
    pass


class MyTuple(tuple):
    pass


class Key:
    def __index__(self):
        print("  __index__ called")
        return 0


def attempt(label, action):
    try:
        action()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def delete(o, k):
    del o[k]


def store(o, k):
    o[k] = 1


for obj in [(1, 2), "ab", range(3), {1}, frozenset(), Plain(), MyTuple((1,)), 5, None, 1.5, len, b"xy"]:
    name = type(obj).__name__
    attempt(f"del {name}[0]", lambda: delete(obj, 0))
    attempt(f"del {name}['k']", lambda: delete(obj, "k"))
    attempt(f"{name}[0] = 1", lambda: store(obj, 0))
    attempt(f"del {name}[Key()]", lambda: delete(obj, Key()))
    attempt(f"del {name}[2**70]", lambda: delete(obj, 2 ** 70))
    attempt(f"{name}[2**70] = 1", lambda: store(obj, 2 ** 70))


def imul(a, b):
    a *= b
    return a


for a, b in [({1}, [1]), ({}, "ab"), (Plain(), (1,)), (3, [1]), (None, "x"), (1.5, [1]), (2, "ab"), ("ab", 2)]:
    attempt(f"{type(a).__name__} *= {type(b).__name__}", lambda: print("  =", imul(a, b)))

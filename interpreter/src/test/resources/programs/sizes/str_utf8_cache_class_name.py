# A non-ASCII str keeps a UTF-8 copy once C code asks for one (PyUnicode_AsUTF8): type() does,
# to fill tp_name from the class name, so the name str grows by its UTF-8 length plus one, and the
# class keeps that very str as __name__ and __qualname__. An ASCII str shares its data as UTF-8
# and never grows.
import sys

name = "".join(["K", "\xe9", "\u20ac"])
before = sys.getsizeof(name)
K = type(name, (), {})
print("class name, before:", before, "after:", sys.getsizeof(name), "utf-8 bytes:", len(name.encode()))
print("__name__ is the str given:", K.__name__ is name, "__qualname__ too:", K.__qualname__ is name)

ascii_name = "".join(["Plain", "Name"])
before = sys.getsizeof(ascii_name)
P = type(ascii_name, (), {})
print("ascii name:", before, sys.getsizeof(ascii_name), P.__name__ is ascii_name)

latin = "".join(["caf", "\xe9"])
before = sys.getsizeof(latin)
C = type(latin, (object,), {"x": 1})
print("latin-1 name grows by", sys.getsizeof(latin) - before)

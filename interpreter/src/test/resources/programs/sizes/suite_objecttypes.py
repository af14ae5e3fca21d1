# From CPython's sys tests (test_objecttypes): sys.getsizeof of one object of each built-in type the
# front end has (GC-tracked objects include their 16-byte GC header).
import sys
import collections

def get_cell():
    x = 42
    def inner():
        return x
    return inner

def get_gen():
    yield 1

class C:
    pass

def func():
    pass

samples = [
    ("True", True), ("False", False), ("len", len), ("bytearray()", bytearray()),
    ("iter(bytearray())", iter(bytearray())), ("b''", b''), ("bytes 10", b'x' * 10),
    ("cell", get_cell().__closure__[0]), ("complex", complex(0, 1)), ("str.lower", str.lower),
    ("getset", collections.defaultdict.default_factory), ("int.__add__", int.__add__),
    ("{}.__iter__", {}.__iter__), ("{}", {}), ("{'a': 1}", {"a": 1}), ("{1: 1}", {1: 1}),
    ("keys", {}.keys()), ("values", {}.values()), ("items", {}.items()), ("iter({})", iter({})),
    ("iter(keys)", iter({}.keys())), ("iter(values)", iter({}.values())),
    ("iter(items)", iter({}.items())), ("C.__dict__", C.__dict__),
    ("BaseException()", BaseException()),
    ("UnicodeEncodeError", UnicodeEncodeError("", "", 0, 0, "")),
    ("UnicodeDecodeError", UnicodeDecodeError("", b"", 0, 0, "")),
    ("UnicodeTranslateError", UnicodeTranslateError("", 0, 1, "")),
    ("Ellipsis", Ellipsis), ("enumerate", enumerate([])), ("reversed('')", reversed('')),
    ("float", float(0)), ("sys.float_info", sys.float_info), ("function", func),
    ("staticmethod", staticmethod(func)), ("classmethod", classmethod(func)),
    ("generator", get_gen()), ("iter('abc')", iter('abc')), ("[]", list([])), ("[1]", list([1])),
    ("[1, 2]", list([1, 2])), ("[1, 2, 3]", list([1, 2, 3])), ("iter([])", iter([])),
    ("reversed([])", reversed([])), ("0", 0), ("1", 1), ("-1", -1), ("2**30", 2**30),
    ("2**60-1", 2**60 - 1), ("2**60", 2**60), ("module", collections), ("None", None),
    ("NotImplemented", NotImplemented), ("object()", object()), ("property", property()),
    ("iter(range(1))", iter(range(1))), ("range(1)", range(1)), ("range(66000)", range(66000)),
    ("set()", set()), ("frozenset()", frozenset()), ("set(range(5))", set(range(5))),
    ("set(range(100))", set(range(100))), ("frozenset(range(100))", frozenset(range(100))),
    ("iter(set())", iter(set())), ("slice(0)", slice(0)), ("super(int)", super(int)),
    ("()", ()), ("(1, 2, 3)", (1, 2, 3)), ("int (type)", int), ("C (class)", C),
    ("C()", C()), ("map", map(len, [])), ("filter", filter(None, [])), ("zip", zip()),
]
for name, obj in samples:
    print(name, sys.getsizeof(obj))

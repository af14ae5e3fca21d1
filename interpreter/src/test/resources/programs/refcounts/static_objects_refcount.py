# CPython 3.11 allocates some objects statically, starting at the reference count 999999999
# (_PyObject_IMMORTAL_INIT): the small ints, '', the one-character latin-1 strings, b'' and the
# one-byte bytes, (), and the interned identifiers. Their counts still move with every reference,
# as any object's do; None, the bools and the built-in types start at 1 instead.
import sys

def runtime(text):
    return "".join(list(text))

print("small int -5:", sys.getrefcount(-5))
print("small int -4:", sys.getrefcount(-4))
print("one-byte bytes b'\\xc8':", sys.getrefcount(bytes([200])))
print("one-character 'ÿ':", sys.getrefcount(runtime("ÿ")))
print("static counts are immortal-sized:", [sys.getrefcount(x) >= 999999999 for x in (0, 1, 256, -1, "", "é", b"", b"z", ())])
print("and not these:", [sys.getrefcount(x) < 999999999 for x in (257, -6, "ā", None, True, int, 1.0, frozenset())])

before = sys.getrefcount(201)
held = [201] * 1000
print("1000 more references to 201:", sys.getrefcount(201) - before)
del held
print("back:", sys.getrefcount(201) - before)

before = sys.getrefcount(b"q")
pieces = [bytes([113]) for _ in range(50)]
print("50 one-byte bytes made at run time share b'q':", sys.getrefcount(b"q") - before, all(p is pieces[0] for p in pieces))
del pieces

before = sys.getrefcount("ö")
chars = list(runtime("ö" * 30))
print("30 characters of a string:", sys.getrefcount("ö") - before)
del chars

empty_before = sys.getrefcount(())
tuples = [tuple() for _ in range(20)] + [tuple([]) for _ in range(20)]
print("40 empty tuples are ():", sys.getrefcount(()) - empty_before)
del tuples

name = sys.intern(runtime("__init__"))
print("the interned '__init__' is a static object:", sys.getrefcount(name) > 999999999)
name = sys.intern(runtime("a_name_no_one_uses_xyz"))
print("a name interned by the program is not:", sys.getrefcount(name))

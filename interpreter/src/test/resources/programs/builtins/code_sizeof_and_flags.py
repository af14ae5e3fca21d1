# sys.getsizeof of a code object rounds its header and code units up to 8 bytes (code_sizeof); a
# type's __flags__ carry Py_TPFLAGS_HAVE_GC (1 << 14), HEAPTYPE (1 << 9) and the subclass bits.
import sys
def f(): pass
def g(a, b): return a + b * 2
print(sys.getsizeof(f.__code__), f.__code__.__sizeof__(), len(f.__code__.co_code))
print(sys.getsizeof(g.__code__), len(g.__code__.co_code))
class A: pass
class L(list): pass
for t in (int, str, float, list, tuple, dict, set, type, object, A, L):
    fl = t.__flags__
    print(t.__name__, bool(fl & (1 << 14)), bool(fl & (1 << 9)), bool(fl & (1 << 25)), bool(fl & (1 << 31)))

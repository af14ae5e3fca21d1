# memory: native
# CFUNCTYPE callbacks: qsort with a Python comparator, a callback called from Python through C,
# what its arguments are, exceptions in it (reported, never raised), and its lifetime
import ctypes
import gc
import sys
from ctypes import CFUNCTYPE, CDLL, POINTER, c_int, c_double, c_char_p, c_void_p, sizeof

libc = CDLL(None)
CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
print(CMPFUNC.__name__, CMPFUNC.__qualname__, CMPFUNC._restype_.__name__,
      [t.__name__ for t in CMPFUNC._argtypes_], CMPFUNC._flags_)
print(CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int)) is CMPFUNC,
      CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int), use_errno=True) is CMPFUNC)
print([c.__name__ for c in CMPFUNC.__mro__])

calls = []
def py_cmp(a, b):
    calls.append((type(a).__name__, a[0], b[0]))
    return a[0] - b[0]

values = (c_int * 8)(5, 1, 7, 33, 99, -4, 0, 12)
cmp_func = CMPFUNC(py_cmp)
print(type(cmp_func).__name__, bool(cmp_func))
libc.qsort(values, len(values), sizeof(c_int), cmp_func)
print(list(values), len(calls) > 0, calls[0][0])

libc.qsort(values, len(values), sizeof(c_int), CMPFUNC(lambda a, b: b[0] - a[0]))
print(list(values))

# called from Python: the arguments go through C and come back converted
ADD = CFUNCTYPE(c_double, c_double, c_int)
add = ADD(lambda x, n: x * n + 0.5)
print(add(1.5, 4), add(2, 3))
SHOUT = CFUNCTYPE(c_int, c_char_p)
seen = []
shout = SHOUT(lambda s: seen.append(s) or len(s))
print(shout(b"hello"), seen)
VOID = CFUNCTYPE(None, c_int)
print(VOID(lambda n: seen.append(n * 2))(21), seen)

# exceptions are reported and the C caller gets 0
def broken(a, b):
    return 1 / 0
print(libc.qsort(values, 2, sizeof(c_int), CMPFUNC(broken)))
sys.stderr.flush()
print(ADD(lambda x, n: undefined_name)(1.0, 1))
sys.stderr.flush()

# the callback keeps its function alive, and lets it go with it
class Comparator:
    def __call__(self, a, b):
        return a[0] - b[0]
comparator = Comparator()
before = sys.getrefcount(comparator)
held = CMPFUNC(comparator)
print(sys.getrefcount(comparator) - before)
del held
gc.collect()
print(sys.getrefcount(comparator) - before)

# a C function pointer given back to C: qsort through a pointer made from its address
qsort_type = CFUNCTYPE(None, c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMPFUNC)
qsort = qsort_type(ctypes.cast(libc.qsort, c_void_p).value)
data = (c_int * 5)(3, 2, 5, 4, 1)
qsort(data, 5, sizeof(c_int), cmp_func)
print(list(data))

# memory: native
# CDLL, find_library, symbol lookup, C's default argument conversions, argtypes/restype/errcheck,
# errno, variadic snprintf, memcpy into a buffer (no addresses or pids printed)
import ctypes
import ctypes.util
from ctypes import (CDLL, c_int, c_long, c_double, c_char_p, c_void_p, c_size_t, c_wchar_p,
                    create_string_buffer, byref, POINTER, sizeof, ArgumentError)

name = ctypes.util.find_library('c')
print(name, ctypes.util.find_library('m'), ctypes.util.find_library('surely_not_a_library'))
libc = CDLL(name)
print(type(libc).__name__, libc._name)
print(type(CDLL(None)).__name__, CDLL(None)._name)
print(ctypes.cdll.LoadLibrary(name)._name, type(ctypes.cdll).__name__)

for lookup in (lambda: libc.no_such_function, lambda: libc['no_such_function']):
    try:
        lookup()
    except AttributeError as e:
        print('AttributeError:', str(e).rpartition('/')[2])
try:
    CDLL('no_such_library.so')
except OSError as e:
    print('OSError:', e)

f = libc.strlen
print(type(f).__name__, f.__name__, type(f).__qualname__, libc.strlen is f, bool(f))
print([c.__name__ for c in type(f).__mro__])
print(f.argtypes, f.restype.__name__, f.errcheck)

# default conversions: int -> int, bytes -> char *, str -> wchar_t *, None -> NULL
print(libc.abs(-5), libc.abs(True), libc.abs(2**32 + 7), libc.abs(-2**31))
print(libc.strlen(b"hello, world"), libc.wcslen("h\xe9llo \u20ac"))
print(libc.abs(c_int(-42)), libc.labs(c_long(-9)))
for bad in (1.5, 2**64, object(), [1]):
    try:
        libc.abs(bad)
    except ArgumentError as e:
        print('ArgumentError:', e)

class Wrapped:
    _as_parameter_ = -17
print(libc.abs(Wrapped()))

# restype
libc.labs.restype = c_long
print(libc.labs(c_long(-2**40 - 1)), libc.labs(-2**40 - 1))
libc.strchr.restype = c_char_p
print(libc.strchr(b"find the x here", ord('x')), libc.strchr(b"abc", ord('z')))
libc.strlen.restype = lambda n: 'length %d' % n
print(libc.strlen(b"four"))
libc.strlen.restype = c_size_t
libm = CDLL(ctypes.util.find_library('m'))
libm.pow.restype = c_double
libm.pow.argtypes = [c_double, c_double]
print(libm.pow(2, 10), libm.pow(2.5, 2))
libc.srand.restype = None
print(libc.srand(7))
try:
    libm.pow(1)
except TypeError as e:
    print('TypeError:', e)
try:
    libm.pow('a', 1)
except ArgumentError as e:
    print('ArgumentError:', e)
try:
    libm.pow.argtypes = 5
except TypeError as e:
    print('TypeError:', e)
try:
    libm.pow.argtypes = [5]
except TypeError as e:
    print('TypeError:', e)
try:
    libm.pow.restype = 5
except TypeError as e:
    print('TypeError:', e)

# argtypes convert through from_param
libc.strlen.argtypes = [c_char_p]
print(libc.strlen(b"abcdef"), libc.strlen(create_string_buffer(b"buffer")))
for bad in ("text", 3.0):
    try:
        libc.strlen(bad)
    except ArgumentError as e:
        print('ArgumentError:', e)

# errcheck
def check(result, func, args):
    print('errcheck:', result, func.__name__, args)
    return result * 100
libc.abs.errcheck = check
print(libc.abs(-3))
try:
    libc.abs.errcheck = None
except TypeError as e:
    print("TypeError:", e)

# errno
libc_errno = CDLL(name, use_errno=True)
libc_errno.close.argtypes = [c_int]
print(ctypes.set_errno(0), libc_errno.close(-1), ctypes.get_errno())
print(ctypes.set_errno(3), ctypes.get_errno())

# writing into a ctypes buffer
buf = create_string_buffer(40)
n = libc.snprintf(buf, 40, b"%d|%s|%.3f|%c|%ld", 42, b"str", c_double(3.14159), ord('Q'), c_long(2**40))
print(n, buf.value)
dst = create_string_buffer(8)
libc.memcpy.restype = c_void_p
print(libc.memcpy(dst, b"abcdefg", 5) == ctypes.addressof(dst), dst.raw)
src = (c_int * 4)(1, 2, 3, 4)
out = (c_int * 4)()
libc.memcpy(out, src, sizeof(src))
print(list(out))
value = c_int()
libc.sscanf(b"  1234 rest", b"%d", byref(value))
print(value.value)
number = c_long(0)
end = c_char_p()
libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
print(libc.strtol(b"0x1fz", byref(end), 16), end.value)
print(libc.getpid() > 0, type(libc.getpid()).__name__)

# memory: native
# ctypes: C's variadic functions (snprintf, printf's family) called without a prototype get their
# double arguments on every call, as libffi's calls tell the callee how many vector registers
# they use (a C function that saves them only when told otherwise reads zeros); many calls with
# doubles among ints, pointers and bytes, and the same through argtypes with a fixed part.
import ctypes
import ctypes.util
from ctypes import c_double, c_int, c_long, c_char_p, c_size_t, create_string_buffer

libc = ctypes.CDLL(ctypes.util.find_library('c'))
buf = create_string_buffer(128)
wrong = 0
for i in range(3000):
    x = i / 7.0
    n = libc.snprintf(buf, 128, b"%d %.4f %s %.2f", i, c_double(x), b"mid", c_double(-x * 3))
    if buf.value != b"%d %.4f %s %.2f" % (i, x, b"mid", -x * 3) or n != len(buf.value):
        wrong += 1
print('calls giving another text:', wrong)
print(libc.snprintf(buf, 128, b"%.3f|%.3f|%.3f|%.3f|%.3f|%.3f|%.3f|%.3f|%.3f", *[c_double(k + 0.5) for k in range(9)]), buf.value)
print(libc.snprintf(buf, 128, b"%ld %e %c", c_long(2**40), c_double(6.02e23), ord('z')), buf.value)
snprintf = libc.snprintf
snprintf.argtypes = [ctypes.c_char_p, c_size_t, c_char_p]
wrong = 0
for i in range(1000):
    snprintf(buf, 128, b"%.1f/%d", c_double(i + 0.25), c_int(i))
    if buf.value != b"%.1f/%d" % (i + 0.25, i):
        wrong += 1
print('with a fixed part:', wrong, buf.value)

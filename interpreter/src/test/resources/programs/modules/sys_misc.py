# A few constant facts of this interpreter: the version, maxsize, byte order and float limits.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.getdefaultencoding(), type(sys.modules).__name__, "sys" in sys.modules, __name__)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)

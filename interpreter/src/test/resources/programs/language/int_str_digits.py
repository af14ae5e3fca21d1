# the int/str conversion limit of 4300 digits
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
n = 10 ** 5000
try:
    str(n)
except ValueError as e:
    print(e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), int('9' * 4300) > 0)
sys.set_int_max_str_digits(6000)
print(len(str(n)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(hex(n)[:6])

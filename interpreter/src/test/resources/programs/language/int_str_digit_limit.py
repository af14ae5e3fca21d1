# 3.11's limit on int<->str conversion of more than 4300 decimal digits
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError:', e)
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError:', e)
print(len(str(10 ** 4299)), int('1' * 4300) % 1000, len(hex(10 ** 5000)), int('f' * 5000, 16) % 7)
try:
    f'{10 ** 4300}'
except ValueError as e:
    print('ValueError:', e)
try:
    repr(-10 ** 4300)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(5001)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(640)
try:
    int('9' * 641)
except ValueError as e:
    print('ValueError:', e)
print(int('_'.join(['1'] * 640)) % 9, int(' 12 '), int('0x_1f', 0), int('0b101', 0), int('0o17', 8))
for bad in ('1__0', '_1', '0x', '', ' ', '1.0', '١٢', '12a'):
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print('ValueError:', e)

# round() of an int: ndigits >= 0 gives the int back, a negative ndigits rounds to a power of ten,
# half to even; ndigits must be an integer; big ints work the same.
print(round(1234), round(1234, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1251, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(7, -5), round(2 ** 70, -10), round(10 ** 30 + 5 * 10 ** 9, -10))
print((15).__round__(-1), (15).__round__(), True.__round__(), type(round(True)).__name__, round(99, -1000))
for nd in (1.5, "2", None):
    try:
        print(round(12345, nd))
    except TypeError as e:
        print("TypeError:", e)

# id is an int that identifies a live object; hex/oct/bin format ints; len counts items.
a = [1, 2, 3]
b = a
print(type(id(a)).__name__, id(a) == id(b), id(a) != id([1, 2, 3]))
print(hex(255), hex(-255), oct(8), bin(5), hex(0), int("ff", 16), int("0b101", 0), int("z", 36))
print(len(a), len("hello"), len({}), len(range(10, 0, -3)), len(b"xy"), len({1: 2, 3: 4}))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)

# The small integer cache quiz from every "is vs ==" article.
a = 256
b = 256
print("a = 256; b = 256 -> a is b:", a is b)
a = 257
b = 257
print("a = 257; b = 257 -> a is b:", a is b)
a, b = 257, 257
print("a, b = 257, 257 -> a is b:", a is b)
c = -5
d = -5
print("-5 is -5:", c is d)
c = -6
d = -6
print("-6 (same code object) is:", c is d)

def make_257():
    return 257

print("257 from two calls:", make_257() is make_257())

def two_257():
    x = 257
    y = 257
    return x is y

print("257 twice in one function:", two_257())

n = 250
m = n + 6
print("250 + 6 is 256:", m is int("256"))
m = n + 7
print("250 + 7 is 257:", m is int("257"))
print("int('10') is 10:", int("10") is int("1" + "0"))
big1 = 10 ** 3
big2 = 10 ** 3
print("10**3 folded constants:", big1 is big2)
k = 10
print("runtime 10**3:", k ** 3 is k ** 3)
lst = [257, 257]
print("list literal 257s:", lst[0] is lst[1])
print("range(300)[-1] twice:", range(300)[-1] is range(300)[-1])
for v in (255, 256, 257):
    x = int(str(v))
    y = int(str(v))
    print(v, x is y)

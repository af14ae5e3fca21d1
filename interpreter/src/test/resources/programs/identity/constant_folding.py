# The compiler folds constant expressions: 'hello_' + 'world' is the interned constant
# 'hello_world'. It leaves to run time the results it deems too big: a sequence longer than 4096
# items, a power whose base's bit length times the exponent exceeds 128.
s = "hello_world"
folded = "hello_" + "world"
print(folded is s)
x, y = "hello_", "world"
print((x + y) is s, (x + y) == s)
a1 = "a" * 4096
a2 = "a" * 4096
b1 = "a" * 4097
b2 = "a" * 4097
print(a1 is a2, b1 is b2)
p1 = 3 ** 40
p2 = 3 ** 40
q1 = 2 ** 100
q2 = 2 ** 100
print(p1 is p2, q1 is q2, p1 == 12157665459056928801)
t1 = (1, 2) + (3,)
t2 = (1, 2, 3)
print(t1 is t2)

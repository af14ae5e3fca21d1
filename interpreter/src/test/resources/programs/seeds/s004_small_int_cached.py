# Seed article 004: small ints are cached, so two names bound to 2 share one object.
num1 = 2
num2 = 2
print(id(num1) == id(num2), num1 is num2)
big1 = int("1000000")
big2 = int("1000000")
print(big1 is big2, big1 == big2)

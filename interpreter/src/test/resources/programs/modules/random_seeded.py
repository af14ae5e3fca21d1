# random with a fixed seed gives the same sequence as CPython's Mersenne Twister.
import random

random.seed(42)
print(random.random(), random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(50))
print(random.choice("abcdefg"), random.uniform(1.5, 2.5), random.getrandbits(64))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample("abcde", 2))
print(random.gauss(0, 1), random.gauss(10, 2))

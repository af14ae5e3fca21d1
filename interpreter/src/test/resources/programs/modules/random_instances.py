# Random instances have their own state; reseeding repeats a sequence; seeds may be ints or str.
import random

a = random.Random(7)
b = random.Random(7)
print([a.randint(0, 9) for _ in range(10)] == [b.randint(0, 9) for _ in range(10)])
r = random.Random("a string seed")
print(r.random(), r.choice([10, 20, 30]))
random.seed(2024)
first = [random.random() for _ in range(3)]
random.seed(2024)
print(first == [random.random() for _ in range(3)], first)
state = random.getstate()
x = random.random()
random.setstate(state)
print(x == random.random())
print(random.Random(0).choices("xyz", k=6), random.Random(1).randbytes(4))

# A class with __iter__ and __next__ works with for, list, sum and unpacking.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), sum(Countdown(4)))
a, b = Countdown(2)
print(a, b)
for x in Countdown(2):
    print("for", x)
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(Seq()), 20 in Seq())

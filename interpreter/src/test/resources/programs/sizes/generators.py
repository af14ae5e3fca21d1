# A 3.11 generator embeds its frame: its size grows with the code's locals and stack depth.
import sys

def g0():
    yield 1

def g4(a, b):
    c = a + b
    d = c * 2
    yield d

print(sys.getsizeof(g0()), sys.getsizeof(g4(1, 2)))
print(sys.getsizeof(x for x in range(3)))
gen = g0()
before = sys.getsizeof(gen)
next(gen)
print("same size after starting:", sys.getsizeof(gen) == before)

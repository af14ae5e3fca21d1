# Generators: yield suspends, next resumes; return ends with StopIteration carrying the value.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    return "done"

g = countdown(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(countdown(2)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

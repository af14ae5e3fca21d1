# Control flow: for/else and while/else with break, continue, nested loops with flags, range
# forms, pass, early return, loops over dicts and strings, and the classic exercises (FizzBuzz,
# primes, guessing loop with a fixed sequence).
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i =", i)
else:
    print("while finished without break")
j = 0
while j < 2:
    j += 1
else:
    print("while else ran, j =", j)
for i in []:
    print("never")
else:
    print("for else on empty")
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz", end=",")
    elif i % 3 == 0:
        print("Fizz", end=",")
    elif i % 5 == 0:
        print("Buzz", end=",")
    else:
        print(i, end=",")
print()
guesses = iter([50, 25, 37, 42])
target = 42
attempts = 0
while True:
    guess = next(guesses)
    attempts += 1
    if guess < target:
        print(guess, "too low")
    elif guess > target:
        print(guess, "too high")
    else:
        print(guess, "correct after", attempts)
        break
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print(found)
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), list(range(0)), range(1, 10, 3))
for ch in "hey":
    pass
print(ch)
total = 0
for k, v in {"a": 1, "b": 2}.items():
    total += v
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)


def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None


print(first_negative([3, -1, -5]), first_negative([1]))
count = 0
for x in range(10):
    if x % 2:
        continue
    count += x
print(count)
primes = [p for p in range(2, 50) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
table = [[r * c for c in range(1, 4)] for r in range(1, 4)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
x = 7
if x > 10:
    size = "big"
elif x > 5:
    size = "medium"
else:
    size = "small"
print(size)

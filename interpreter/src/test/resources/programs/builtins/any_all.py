# any and all short-circuit over an iterable.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in range(5)))
seen = []

def check(x):
    seen.append(x)
    return x > 1

print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)

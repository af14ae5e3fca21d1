# zip(strict=True) raises ValueError naming the first argument that ends early or goes on too long.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)))
for args in (([1, 2], [3]), ([1], [3, 4]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
z = zip([1, 2, 3], [4], strict=False)
print(list(z))

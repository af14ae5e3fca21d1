# if/elif/else, while and for with break, continue and else.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print(i, end=" ")
else:
    print("not reached")
print()
k = 3
while k:
    k -= 1
else:
    print("while-else runs when the condition becomes false:", k)
for x in []:
    pass
else:
    print("for-else on an empty loop")
grade = 72
print("A" if grade >= 90 else "B" if grade >= 80 else "C" if grade >= 70 else "F")

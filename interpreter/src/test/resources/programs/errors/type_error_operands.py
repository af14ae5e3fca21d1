# A TypeError from a binary operation in a long expression: CPython marks the operator's operands.
def average(values):
    total = 0
    for v in values:
        total = total + v
    return total / len(values)

print(average([1, 2, 3]))
scores = {"ann": 10, "bob": "12", "cy": 9}
result = average(list(scores.values())) * 100 + 5

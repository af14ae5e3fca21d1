# Carets mark the failing sub-expression: ~ under the operands, ^ under the operator.
def ratio(a, b):
    return a / b

total = 10
print(ratio(total, 2))
print(ratio(total, 0) + 1)

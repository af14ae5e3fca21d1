# Positional, keyword, keyword-only and positional-only parameters.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as err:
    print("TypeError:", err)
try:
    f(1, 2, 3, 4)
except TypeError as err:
    print("TypeError:", err)
try:
    f(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
try:
    f(1, 2, 3, d=4, z=0)
except TypeError as err:
    print("TypeError:", err)

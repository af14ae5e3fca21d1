# Equal constants in one compilation unit are one object (the compiler merges them), even outside
# the small-int cache; separately compiled code gets its own.
x = 1000
y = 1000
print(x is y)

def f():
    return 1000

print(f() is x)
exec("p = 1000")
exec("q = 1000")
print(p is q, p is x)
t1 = (1, 2, "three")
t2 = (1, 2, "three")
print(t1 is t2)
f1 = 2.5
f2 = 2.5
print(f1 is f2, float("2.5") is float("2.5"))

# The "257 in a function vs at the REPL" puzzle, in a script.
def same_function():
    a = 1000
    b = 1000
    return a is b

def builds_at_runtime():
    a = int("1000")
    b = int("1000")
    return a is b

def from_arguments(x, y):
    return x is y

print("same function:", same_function())
print("built at runtime:", builds_at_runtime())
print("passed from module constants:", from_arguments(1000, 1000))
x = 1000
y = 1000
print("module level two statements:", x is y)
print("via function of module vars:", from_arguments(x, y))
print("sum of small ints:", (x - 744) is (y - 744))
print("sum past cache:", (x - 743) is (y - 743))
print("negative cache:", (x - 1005) is (y - 1005), (x - 1006) is (y - 1006))
f1 = 0.5
f2 = 0.5
print("float literals in module:", f1 is f2)
print("tuple constants:", id((1, 2)) == id((1, 2)))
t1 = (1, 2)
t2 = (1, 2)
print("tuple literals:", t1 is t2)
t3 = tuple([1, 2])
print("tuple() result:", t3 is t1)
e1 = ()
e2 = tuple()
print("empty tuples:", e1 is e2)
s1 = frozenset()
s2 = frozenset()
print("empty frozensets:", s1 is s2)
b1 = b"a"
b2 = bytes([97])
print("single bytes:", b1 is b2)
print("True is bool(1):", True is bool(x))

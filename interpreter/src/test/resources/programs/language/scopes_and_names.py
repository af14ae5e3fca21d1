# LEGB name resolution: local, enclosing, global, builtins; a global shadows a builtin until it is
# deleted.
len_before = len("abc")

def outer():
    level = "enclosing"
    def inner():
        return level, __name__
    return inner()

print(outer(), len_before)
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def uses_builtin():
    return max([3, 1, 2])

max = "a global named max"
print(max)
try:
    uses_builtin()
except TypeError as e:
    print("TypeError:", e)
del max
print(uses_builtin())

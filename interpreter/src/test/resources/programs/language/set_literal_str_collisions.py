# The iteration order of set literals of strs whose hashes collide in the table (PYTHONHASHSEED=0):
# the compiler's frozenset constant is made again from its own iteration order when its items
# are merged and their strs interned, which moves colliding items.
print({"h", "e", "l", "o"}, frozenset("hello"), set("hello"))
for w in ({"h", "e", "l", "o"}):
    print(w, end=" ")
print()
print({"x", "y", "z", "w", "v"}, {3, "a", 1})

# Seed article 002: a = 'wfj'; b = a; c = a binds three names to one object. The article says
# its count is then 3; getrefcount also sees the code object's constant, the parser's reference
# held while the script runs, and its own argument: each new name adds exactly one.
import sys

a = "wfj"
start = sys.getrefcount(a)
b = a
c = a
print(a is b is c, sys.getrefcount(a) - start)
l = ["a", "b", "c"]
print([id(x) for x in l] == [id("a"), id("b"), id("c")])

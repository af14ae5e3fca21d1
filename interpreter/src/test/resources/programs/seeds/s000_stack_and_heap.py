# Seed article 000: a function's locals live in its frame ("stack") and the objects they name on
# the heap; a = [0]*10 allocates a list of exactly 10 slots. (The article's snippets print
# nothing; this shows what they make.)
import sys

def func():
    # All these variables get memory allocated on stack
    a = 20
    b = []
    c = ""
    return sorted(locals()), type(b).__name__, sys.getsizeof(b), sys.getsizeof(c)

print(func())
# This memory for 10 integers is allocated on heap.
a = [0] * 10
print(a, sys.getsizeof(a), (sys.getsizeof(a) - sys.getsizeof([])) // 8)

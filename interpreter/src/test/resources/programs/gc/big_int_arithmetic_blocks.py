# tracemalloc sizes of big-int results: x_add and x_mul allocate room before normalizing, x_sub skips equal leading digits.
# collectors: generational refcount
import tracemalloc

a = 2 ** 61 + 2 ** 31
b = 2 ** 61
A = 2 ** 200 + 2 ** 100
B = 2 ** 200
tracemalloc.start()

def block(f):
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    return tracemalloc.get_traced_memory()[0] - before

base = block(lambda: None)
cases = [("a - b", lambda: a - b), ("a + b", lambda: a + b), ("a * b", lambda: a * b),
         ("A - B", lambda: A - B), ("A + B", lambda: A + B), ("A * B", lambda: A * B),
         ("A - 7", lambda: A - 7), ("-A + B", lambda: -A + B), ("A + -B", lambda: A + -B),
         ("A * 3", lambda: A * 3), ("A // 3", lambda: A // 3), ("A - A", lambda: A - A),
         ("(A + 1) - A", lambda: (A + 1) - A - 0), ("A * A", lambda: A * A)]
for label, f in cases:
    print(f"{label:12} {block(f) - base}")
tracemalloc.stop()

# throw() into a generator that never started: the exception passes through the generator's frame,
# so the traceback has an entry for it at its def line; close() on one runs no code of it.
import traceback

def numbers():
    yield 1

g = numbers()
g.close()
print("closed:", g.gi_frame, list(g))
g = numbers()
try:
    g.throw(ValueError("boom"))
except ValueError:
    traceback.print_exc()
print("after throw:", g.gi_frame, list(g))

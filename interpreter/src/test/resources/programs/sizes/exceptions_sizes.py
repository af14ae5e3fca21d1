# Exception instances.
import sys

for e in (Exception(), ValueError("message"), KeyError("k"), StopIteration(5), OSError(2, "x"),
          SystemExit(3)):
    print(type(e).__name__, sys.getsizeof(e))

# exceptions from __del__ are unraisable (printed, ignored), then the program ends with SystemExit(3) from a handler
import sys

class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        raise RuntimeError(f"cleanup {self.n} failed")

n = Noisy(1)
del n
print("after del")
def work():
    tmp = Noisy(2)
    return "work done"
print(work())
try:
    raise ValueError("bad config")
except ValueError as e:
    print("fatal:", e, file=sys.stderr)
    sys.exit(3)

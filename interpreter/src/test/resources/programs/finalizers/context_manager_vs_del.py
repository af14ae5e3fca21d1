# Releasing resources with a context manager against __del__: the with block closes at
# once, __del__ waits for the last reference, and an exception keeps it alive longer.
import sys

log = []

class File:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        if not self.closed:
            self.closed = True
            log.append("close " + self.name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
        return False
    def __del__(self):
        log.append("del " + self.name)
        self.close()

with File("a") as f:
    log.append("using a")
print(log)
log.clear()
del f
print(log)
log.clear()

def use_b():
    g = File("b")
    log.append("using b")
use_b()
print(log)
log.clear()

def fail_c():
    h = File("c")
    raise ValueError("boom")
try:
    fail_c()
except ValueError as e:
    log.append("handler, traceback holds the frame")
    err = e
print(log)
log.clear()
del err
print(log)
log.clear()

try:
    with File("d") as fd:
        raise KeyError("k")
except KeyError:
    pass
print(log)
log.clear()
del fd
print(log)

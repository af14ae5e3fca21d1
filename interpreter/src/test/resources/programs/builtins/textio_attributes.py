# sys.stdout and sys.stderr describe themselves: name, mode, encoding, errors, fileno and friends.
import sys

for f in (sys.stdout, sys.stderr):
    print(f.name, f.mode, f.encoding, f.errors, f.fileno(), f.writable(), f.readable(), f.closed)
print(sys.stdout.isatty() in (True, False), sys.stdout.flush(), type(sys.stdout).__name__)

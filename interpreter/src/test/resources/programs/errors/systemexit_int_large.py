# sys.exit with an int out of the exit status range and a str subclass: CPython's exit codes.
import sys

class Status(int):
    def __repr__(self):
        return f"Status({int(self)})"

print("about to exit")
sys.stdout.flush()
sys.exit(Status(258))

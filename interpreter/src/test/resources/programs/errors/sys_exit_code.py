# sys.exit(n) ends the program with exit code n and no traceback; finally blocks still run.
import sys

try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs")
print("never printed")

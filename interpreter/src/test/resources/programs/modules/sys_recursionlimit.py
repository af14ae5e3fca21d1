# The recursion limit is 1000; a lower limit stops recursion earlier with RecursionError.
import sys

print(sys.getrecursionlimit())
depth = 0

def dive():
    global depth
    depth += 1
    dive()

sys.setrecursionlimit(100)
try:
    dive()
except RecursionError as e:
    print("RecursionError:", e, "at depth", depth)
sys.setrecursionlimit(1000)
depth = 0
try:
    dive()
except RecursionError:
    print("depth with the default limit:", depth)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

# The GIL switch interval: 5 ms by default; it must be strictly positive.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())

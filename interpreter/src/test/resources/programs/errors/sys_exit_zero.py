# sys.exit(), sys.exit(0) and sys.exit(None) all mean success; SystemExit can be caught.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("exiting normally")
sys.exit(None)

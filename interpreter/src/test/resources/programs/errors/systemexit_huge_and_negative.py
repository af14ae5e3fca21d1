# SystemExit with an int code above 255: the process status is the code's low byte (259 -> 3),
# nothing is printed to stderr; a negative code caught keeps its value.
import sys
print('start')
try:
    sys.exit(-1)
except SystemExit as e:
    print(e.code)
sys.stdout.flush()
sys.exit(256 + 3)

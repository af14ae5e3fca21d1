# sys.stdout and sys.stderr are file objects: write returns the number of characters.
import sys

n = sys.stdout.write("written directly\n")
print(n)
sys.stderr.write("to stderr directly\n")
print(sys.stdout.isatty() in (True, False), sys.stdout.name, sys.stderr.name)
print("end", file=sys.stdout)

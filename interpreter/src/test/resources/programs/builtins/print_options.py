# print's sep, end, file and flush; print() alone writes a newline.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print(*range(5), sep="-")
print("")

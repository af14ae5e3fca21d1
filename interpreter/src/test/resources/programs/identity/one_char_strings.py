# One-character latin-1 strings made at run time are cached singletons; wider ones are not.
import sys

xyz = "".join(["x", "y", "z"])
print(chr(97) is chr(97), xyz[1] is xyz[1], chr(233) is chr(233))
print(chr(300) is chr(300), chr(0x1F600) is chr(0x1F600))
print(chr(97) == "a", str(5) is str(5))
print(sys.intern(chr(122)) is sys.intern("z"))

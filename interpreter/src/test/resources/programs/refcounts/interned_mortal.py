# Interned strings are mortal in 3.11: the interned table does not own a reference, so interning a
# string made at run time adds only the names that hold it.
import sys

s = "".join(["mortal_", "name_xyz"])
print(sys.getrefcount(s))
t = sys.intern(s)
print(t is s, sys.getrefcount(s))
del t
print(sys.getrefcount(s))
d = {s: 1}
print("as a dict key:", sys.getrefcount(s))
u = sys.intern("".join(["mortal_", "name_xyz"]))
print("an equal string interns to the first:", u is s, sys.getrefcount(s))

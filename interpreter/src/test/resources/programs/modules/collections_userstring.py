# collections.UserString: a str wrapper to subclass; the methods that make text give the subclass,
# the others plain values; comparisons, arithmetic, formatting, copies.
from collections import UserString
import copy
class Up(UserString):
    def shout(self): return self.upper() + "!"
u = Up("Hello World")
print(u, repr(u), u.shout(), type(u.shout()).__name__, len(u), u[1:4], type(u[0]).__name__, "World" in u, u == "Hello World", u < "Z")
print(u.split(), u.lower().replace("l", "L"), u + "x", "x" + u, u * 2, u.find("o"), u.count("l"), u.startswith("He"), hash(u) == hash("Hello World"))
print(u.center(15, "*"), u.zfill(14), u.title(), u.encode(), Up("%s-%d") % ("a", 1), int(Up("42")) + 1, float(Up("1.5")), sorted([Up("b"), Up("a")]))
print(u.join(["1", "2"]), u.partition(" "), u.strip("Hd"), isinstance(u, str), list(Up("ab")), reversed(Up("ab")).__class__.__name__, u.format(), u.isalpha())
print(Up(123), Up(Up("q")), u.index("W"), u.casefold(), u.removeprefix("Hello "), u.splitlines(), u.swapcase(), u.maketrans("a", "b"))
print(copy.copy(u), copy.deepcopy(u), type(copy.copy(u)).__name__, UserString("ab") + UserString("cd"), type(UserString("x") * 3).__name__)
try: u.index("zz")
except ValueError as e: print(e)

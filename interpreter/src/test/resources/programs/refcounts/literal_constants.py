# A literal constant is owned by the code object's co_consts and, while the script runs, by the
# parser arena that built the script's syntax tree: `x = 5000` shows 4 (x, co_consts, arena,
# argument). Equal literals in one compilation share one object; exec() code has its own arena.
import sys

x = 5000
print("int literal:", sys.getrefcount(x))
y = 5000
print("the same literal again is the same object:", x is y, sys.getrefcount(x))
s = "a_literal_only_here"
print("identifier-like str literal:", sys.getrefcount(s))
t = (7001, 7002)
print("constant tuple:", sys.getrefcount(t))
f = 2.75
print("float literal:", sys.getrefcount(f))
exec("z = 9123\nprint('in exec:', sys.getrefcount(z))")
print("z after exec (its code and arena are gone):", sys.getrefcount(z))

# Which operations give a non-ASCII str its UTF-8 copy (PyUnicode_AsUTF8AndSize) and so grow its
# sys.getsizeof by the UTF-8 length plus one: exec/eval/compile of a str source, a class's name
# (type() and assigning __name__), SQLite's statement text and bound str parameters. Encoding with
# str.encode, printing, hashing, slicing and dict use never do; appending to the str in place drops
# the copy (resize_compact). An ASCII str never grows; a str with a surrogate raises and keeps none.
import io
import sqlite3
import sys


def grows(label, text, action):
    before = sys.getsizeof(text)
    action(text)
    after = sys.getsizeof(text)
    utf8 = len(text.encode("utf-8", "surrogatepass"))
    print(f"{label:<22} size {before:>4} -> {after:>4} (+{after - before}, utf-8 {utf8})")


def fresh(*parts):
    return "".join(parts)


grows("str.encode", fresh("caf", "\xe9"), lambda s: s.encode("utf-8"))
grows("hash + dict key", fresh("caf", "\xe9"), lambda s: {s: hash(s)})
grows("print to a StringIO", fresh("caf", "\xe9"), lambda s: print(s, file=io.StringIO()))
grows("slice + compare", fresh("caf", "\xe9"), lambda s: s[1:] == "af\xe9")
grows("exec source", fresh("x = 'caf", "\xe9'\n"), lambda s: exec(s, {}))
grows("eval source", fresh("'\u20ac' * 2"), lambda s: eval(s))
grows("compile source", fresh("y = '\U0001f600'"), lambda s: compile(s, "<s>", "exec"))
grows("ascii exec source", fresh("z = 1 + ", "2"), lambda s: exec(s, {}))
grows("type() name", fresh("Caf", "\xe9"), lambda s: type(s, (), {}))


class Renamed:
    pass


def rename(s):
    Renamed.__name__ = s


grows("__name__ assignment", fresh("Na", "\u0100me"), rename)

con = sqlite3.connect(":memory:")
grows("sqlite statement", fresh("select 'd", "\xe9j\xe0'"), lambda s: con.execute(s).fetchone())
grows("sqlite parameter", fresh("\u043f\u0440\u0438", "\u0432\u0435\u0442"),
      lambda s: con.execute("select ?", (s,)).fetchone())
con.close()

# a second request reuses the copy: no more growth
name = fresh("\u00fcber", "Klasse")
type(name, (), {})
once = sys.getsizeof(name)
type(name, (), {})
exec(fresh("# ", name), {})
print("second use grows by", sys.getsizeof(name) - once)

# in-place concatenation of a str held once drops its copy before resizing
text = fresh("caf", "\xe9")
type(text, (), {})
with_copy = sys.getsizeof(text)
text += "!"
print("after += :", with_copy, "->", sys.getsizeof(text), "(plain size", 72 + len(text) + 1, ")")

for bad in (fresh("a", "\ud800"), fresh("b", "\x00", "c")):
    before = sys.getsizeof(bad)
    try:
        type(bad, (), {})
    except (UnicodeEncodeError, ValueError) as e:
        print(type(e).__name__ + ":", e, "| size kept:", sys.getsizeof(bad) == before)
try:
    exec(fresh("'\udc80'"))
except UnicodeEncodeError as e:
    print("exec:", e.reason, e.start, e.end)

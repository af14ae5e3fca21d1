# Python Cookbook text recipes: str.format_map with __missing__, textwrap, string.Template safe_substitute, unicodedata normalize, translate tables
import textwrap, string, unicodedata

class SafeSub(dict):
    def __missing__(self, key):
        return "{" + key + "}"

name, n = "Guido", 37
print("{name} has {n} messages {extra}".format_map(SafeSub(vars())))
print("{0[a]} {0[b][1]} {1.real} {1.imag:.1f}".format({"a": 1, "b": [2, 3]}, 4 + 5j))
print("{:*^20}|{:<6}|{:>6}|{:=+8.2f}".format("mid", "l", "r", 3.14159))
s = ("Look into my eyes, look into my eyes, the eyes, the eyes, the eyes, not around the eyes, "
     "don't look around the eyes, look into my eyes, you're under.")
print(textwrap.fill(s, 40))
print(textwrap.fill(s, 30, initial_indent="  ", subsequent_indent="| "))
print(textwrap.shorten(s, 50, placeholder=" [...]"))
print(repr(textwrap.dedent("   a\n     b\n   c\n")), repr(textwrap.indent("x\n\ny\n", "> ")))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="tim"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1").substitute()
except ValueError as e:
    print(e)
texts = ["pýtĥöñ is awesome\n", "Spicy Jalape\u00f1o", "e\u0301"]
for x in texts:
    nfd = unicodedata.normalize("NFD", x)
    print(len(x), len(nfd), "".join(c for c in nfd if not unicodedata.combining(c)).encode("ascii", "ignore"))
remap = {ord("\t"): " ", ord("\f"): " ", ord("\r"): None}
print(repr("py\tthon\fis\rcool".translate(remap)))
cmb = dict.fromkeys(c for c in range(0x300, 0x370))
print(unicodedata.normalize("NFD", "naïve café").translate(cmb))
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"))
print(string.capwords("hello   world-wide web"), string.ascii_letters[:5], string.punctuation[:8])
fmt = string.Formatter()
print(list(fmt.parse("a{0!r:>5}b{x.y}c{{d}}")))
print("%-6s|%6.2f|%+d|%x|%o|%e|%c|%r|%%" % ("ab", 3.14159, 5, 255, 8, 12345.678, 65, "q"))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.25}, "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%*d" % (5, 42))

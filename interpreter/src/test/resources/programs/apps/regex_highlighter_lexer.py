# A whole application: a syntax highlighter and log scrubber built on re: a lexer with re.Scanner
# and a verbose master pattern (named groups, lookbehind/lookahead, backreferences, conditional
# groups, atomic groups and possessive quantifiers of 3.11), Unicode-aware classes against re.ASCII,
# case-insensitive matching with special case folds, substitutions with callables, group references
# and empty matches, split with captured separators, and the re.error messages of bad patterns.
import re

SOURCE = '''def área(r, π=3.14159):  # compute
    s = "it's \\"quoted\\"" + 'x' * 2
    return π * r ** 2 if r >= 0 else -1  # négatif
x = área(10) + 0x1F - 1e-3 + ٣
'''

TOKENS = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>(?P<q>["'])(?:\\.|(?!(?P=q)).)*(?P=q))
  | (?P<number>0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<keyword>\b(?:def|return|if|else|for|in)\b)
  | (?P<name>[^\W\d]\w*)
  | (?P<op>\*\*|[-+*/=<>]=?|[(),:])
  | (?P<ws>[ \t]+)
  | (?P<nl>\n)
  | (?P<error>.)
""", re.VERBOSE)

COLORS = {"comment": "gray", "string": "green", "number": "blue", "keyword": "bold", "name": None, "op": None}


def highlight(src):
    out, counts = [], {}
    for m in TOKENS.finditer(src):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
        text = m.group()
        color = COLORS.get(kind)
        out.append(f"<{color}>{text}</{color}>" if color else text)
    return "".join(out), counts


html, counts = highlight(SOURCE)
print(html)
print(sorted(counts.items()))
print("names:", [m.group() for m in TOKENS.finditer(SOURCE) if m.lastgroup == "name"])

scanner = re.Scanner([
    (r"[A-Za-z_]\w*", lambda s, t: ("ID", t)),
    (r"\d+\.\d*|\d+", lambda s, t: ("NUM", float(t) if "." in t else int(t))),
    (r"[-+*/()]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("rate * (hours + 1.5) - bonus $ rest"))

log = """2026-12-07 10:00:01 user=alice ip=10.0.0.12 card=4111-1111-1111-1111 msg="login ok"
2026-12-07 10:00:02 user=bob ip=192.168.1.7 email=bob@example.org msg="failed: bad password"
2026-12-07 10:00:03 user=carol ip=10.0.0.99 card=5500 0000 0000 0004 msg="login ok"
"""
scrubbed = re.sub(r"\b(\d{4})[- ]?\d{4}[- ]?\d{4}[- ]?(\d{4})\b", r"\1-****-****-\2", log)
scrubbed = re.sub(r"(?<=ip=)(\d+)\.(\d+)\.\d+\.\d+", lambda m: f"{m[1]}.{m[2]}.x.x", scrubbed)
scrubbed = re.sub(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", r"\g<user>@<\g<host>>", scrubbed)
print(scrubbed)
print("fields:", [dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line)) for line in log.splitlines()][1])
print("users failing:", re.findall(r"^.*user=(\w+).*failed.*$", log, re.M))

print("empty matches:", re.sub("x*", "-", "abxd"), re.split(r"\b", "hi there"), re.split(r"(,)\s*", "a, b,c"), re.findall(r"\w*", "a b"))
print("split maxsplit:", re.split(r"[;,]", "a;b,c;d", maxsplit=2), re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print("dollar:", re.findall(r"\w+$", "one\ntwo\n"), re.findall(r"\w+$", "one\ntwo\n", re.M), bool(re.search(r"o\Z", "two\n")),
      re.match(r"a.c", "a\nc"), bool(re.match(r"a.c", "a\nc", re.S)))
print("unicode classes:", re.findall(r"\w+", "naïve café ٣٤ ǅ"), re.findall(r"\w+", "naïve café ٣٤", re.A), re.findall(r"\d", "1٣۴７"),
      re.findall(r"\d", "1٣۴７", re.A), re.findall(r"\s", "a\u00a0b\u3000c\x1cd"))
print("ignorecase:", bool(re.match(r"stra(ss|ß)e", "STRASSE", re.I)), bool(re.match("ſ", "S", re.I)), bool(re.match("k", "\u212a", re.I)),
      bool(re.match("ß", "SS", re.I)), re.findall("(?i)σ", "Σσς"), bool(re.match("[a-z]", "K", re.I)), bool(re.match(r"(?i:É)", "é")))
print("backrefs:", re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat down"), re.sub(r"(\w)(\w*)", lambda m: m[2] + m[1] + "ay", "pig latin"),
      re.match(r"(?P<a>x)(?P=a)", "xx").groupdict(), re.fullmatch(r"(<)?\w+(?(1)>)", "<tag>") is not None, re.fullmatch(r"(<)?\w+(?(1)>)", "<tag") is None)
print("atomic/possessive:", re.match(r"(?>a+)b", "aaab") is not None, re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab").group(),
      re.match(r"\d*+5", "12345"), re.match(r"(?:ab)*+c", "ababc").span())
m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?", "x=  y=42")
print("match obj:", m, m.span("key"), m.group("val"), m.groups("none"), m.lastindex, m.lastgroup, m.re.pattern, m.expand(r"[\g<key>]"))
m2 = re.compile(r"(\d+)-(\d+)").search("range 10-20!")
print(m2.regs, m2.pos, m2.endpos, m2.start(2), m2[0], m2.string, repr(re.compile(r"(?i)ab", re.M)), re.compile("x").flags)
print("escape:", re.escape("a.b*c?[d] $5 é-"), re.purge(), re.fullmatch(re.escape("1+1=2"), "1+1=2") is not None)
print("template:", re.sub(r"(\w+)@(\w+)", r"\2 at \1 (\g<0>)", "me@home"), re.subn(r"a", "b", "banana", count=2))
for bad in ["(abc", "a{2,1}", "[z-a]", r"\p{L}", "(?P<1x>a)", "a**", r"(?<=a+)b", "(?P=nope)", "x)", r"\8"]:
    try:
        re.compile(bad)
        print(f"  {bad!r:14} compiled")
    except re.error as exc:
        print(f"  {bad!r:14} re.error: {exc} (pos {exc.pos})")
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as exc:
    print("sub error:", exc)
try:
    re.compile(b"x").match("x")
except TypeError as exc:
    print("TypeError:", exc)
print(re.findall(rb"[\x80-\xff]+", "héllo wörld".encode()), re.sub(rb"(?i)HELLO", b"bye", b"hello Hello"), re.match(rb"\w+", "é".encode()))
pairs = re.Scanner([
    (r"(\w+)=(\d+)", lambda s, t: ("PAIR", t.split("="), s.match.span(), s.match.group())),
    (r"(?:x|y)+", lambda s, t: ("XY", t)),
    (r"[A-Z]+", "UPPER"),
    (r"\s+", None),
    (r"\d+  # digits", lambda s, t: ("N", t)),
], re.VERBOSE)
print(pairs.scan("a=1 xyx QQ b=22 7 ?!"), type(pairs.scanner).__name__, pairs.lexicon[2])
print(re.Scanner([(r"a", "A"), (r"b*", "B")]).scan("aabbc"), re.Scanner([(rb"\d", lambda s, t: int(t))]).scan(b"12x"))
print(re.Scanner([("hello", "H")], re.I).scan("HeLLohello"), re.Scanner([("a", None)]).scan("aab"))

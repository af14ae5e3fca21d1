# Learner: regular expressions: groups, named groups, lookarounds, flags, sub with functions, split.
import re
log = """2024-03-01 12:00:01 ERROR [db] connection lost (code=17)
2024-03-01 12:00:05 INFO [web] GET /index.html 200
2024-03-01 12:01:10 WARN [db] slow query 2.5s
2024-03-02 08:15:00 ERROR [auth] bad password for user=alice
2024-03-02 08:15:30 INFO [web] POST /login 302"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<sys>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level", "sys"), m.start(), m.span("msg"))
print([m.groupdict()["msg"] for m in pat.finditer(log) if m["level"] == "ERROR"])
print(re.findall(r"(\w+)=(\w+)", log), re.findall(r"\d+\.\d+s", log))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[,;]\s*", "a, b;c ;d"), re.split(r"(\s)", "x y"), re.split(r"\b", "hi there", maxsplit=2))
print(re.match(r"(?i)hello", "HeLLo world").group(), re.search(r"(?<=\$)\d+", "cost $42").group(), re.fullmatch(r"\d+", "123x"))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing while bring"), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
print(re.escape("a.b*c?"), re.compile(r"a+", re.I).pattern, re.compile("x", re.I | re.M).flags & (re.I | re.M))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.lastindex, m.lastgroup, m.expand(r"<\1\3>"), m.re.groups)
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "bob@example"), re.sub("", "-", "abc"))
print(re.findall(r"[^\W\d_]+", "héllo wörld 42 _x"), re.findall(r"(?x) \d+  # digits\n", "a12b3"))
print(re.match(r"(?s)a.b", "a\nb") is not None, re.match(r"a.b", "a\nb"))
print(re.compile(r"(\w)\1").findall("aabbcd ee"), re.search(r"^b", "a\nb", re.M).start())
for bad in [r"(abc", r"a{2,1}", r"[z-a]", r"(?P<1x>a)", "*a"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos)
print(repr(re.compile(r"\d+", re.I)), repr(re.match(r"\w+", "hello")))

# A web access-log digest as an operator writes it with re: named groups, finditer spans,
# sub with a function, verbose patterns with flags, and the re.error messages and positions
# of broken patterns (msg, pos, lineno, colno).
import re
from collections import Counter

LOG = """\
10.0.0.1 - - [07/Dec/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - bob [07/Dec/2026:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 87
10.0.0.1 - - [07/Dec/2026:10:00:05 +0000] "GET /static/app.js HTTP/1.1" 304 0
192.168.1.9 - alice [07/Dec/2026:10:01:00 +0000] "DELETE /api/items/42 HTTP/1.1" 204 0
10.0.0.3 - - [07/Dec/2026:10:02:30 +0000] "GET /missing HTTP/1.0" 404 153
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<when>[^\]]+)\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+)
""", re.VERBOSE)

statuses = Counter()
for m in LINE.finditer(LOG):
    d = m.groupdict()
    statuses[d["status"][0] + "xx"] += 1
    print(f"{d['ip']:>12} {d['method']:<6} {d['path']:<18} {d['status']} span={m.span('path')} user={d['user']!r}")
print(sorted(statuses.items()))
print(LINE.groupindex["status"], LINE.groups, bool(LINE.flags & re.X))

def mask_ip(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x", "x"])
print(re.sub(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", mask_ip, LOG.splitlines()[3]))
print(re.subn(r"(?i)get", "FETCH", LOG)[1])
print(re.sub(r"(?P<n>\d+) (?P<m>\d+)$", r"\g<m>/\g<n>", LOG.splitlines()[0]))
print(re.findall(r"\[(\d+)/(\w+)/(\d+)", LOG)[:2])
print(re.split(r"\s*\|\s*", "a | b|c  |  d", maxsplit=2))
words = re.compile(r"\w+", re.ASCII)
print(words.findall("naïve café déjà"), re.findall(r"\w+", "naïve café"))
print(re.fullmatch(r"[a-z]+", "abc", re.I), re.match(r"^\d", "x1\n2", re.M), re.search(r"^\d", "x1\n2", re.M))
m = re.search(r"(?P<a>x)(?P<b>y)?", "zzx")
print(m, m.lastgroup, m.lastindex, m.group("b"), m.start("b"), m.end("b"), m.regs)
for bad in ["(abc", "a)b", "[z-a]", "x{3,2}", "(?P<1a>x)", "\\k", "(?<=a+)b", "abc\n(?P<n>x)(?P<n>y)", "*a", "a**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno, "|", e)
print(re.escape("1+1=2 (maybe) [yes]?"), re.purge())
sc = re.compile(r"(?P<num>\d+)|(?P<op>[-+*/])|(?P<ws>\s+)")
print([(m.lastgroup, m.group()) for m in sc.finditer("12 + 3*45") if m.lastgroup != "ws"])
print(hasattr(re, "template"), re.TEMPLATE if hasattr(re, "TEMPLATE") else None)
print(repr(re.compile(r"\d+", re.I | re.M | re.S)), repr(re.compile(b"x", re.L)) if False else "")

# Regular expressions over a web log as admins write them: a verbose pattern with named groups,
# finditer and groupdict, sub with a function and with backreferences, lookahead/lookbehind,
# split keeping delimiters, fullmatch vs match vs search, flags (IGNORECASE, MULTILINE, DOTALL),
# non-greedy quantifiers, re.escape, and compile errors with their position.
import re
from collections import Counter

LOG = """\
192.168.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.7 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 512 "-" "curl/8.0"
10.0.0.7 - alice [10/Oct/2023:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 128 "-" "curl/8.0"
172.16.5.4 - - [10/Oct/2023:14:01:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "http://x/" "Safari"
192.168.0.1 - - [10/Oct/2023:14:02:00 +0000] "GET /missing HTTP/1.1" 404 153 "-" "Mozilla/5.0"
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s - \s (?P<user>\S+) \s
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) \s [+-]\d{4}\] \s
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/[\d.]+" \s
    (?P<status>\d{3}) \s (?P<size>\d+|-)
""", re.VERBOSE)

entries = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(entries), entries[1])
print(Counter(e["status"] for e in entries), sum(int(e["size"]) for e in entries))
print(sorted({e["ip"] for e in entries if e["status"].startswith("4")}), [e["path"] for e in entries if e["user"] != "-"])
m = LINE.search(LOG)
print(m.group("ip", "status"), m.start("path"), m.span("method"), m.lastgroup, m.re is LINE, len(m.groups()))

masked = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", LOG.splitlines()[0])
print(masked)
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "a1 b22 c333"), re.subn(r"(?i)get", "FETCH", LOG)[1])
print(re.findall(r"\b\w+(?=\.html)", LOG), re.findall(r"(?<=/api/)\w+", LOG), re.findall(r"(?<!\d)\d{3}(?= \d)", LOG)[:3])
print(re.split(r"([,;])\s*", "a, b;c ,d"), re.split(r"\s+", "  lead and trail  "), re.split(r"x*", "axbc"))
for pat, s in [(r"\d+", "123"), (r"\d+", "123abc"), (r"\d+", "abc123")]:
    print(bool(re.fullmatch(pat, s)), bool(re.match(pat, s)), bool(re.search(pat, s)), end=" | ")
print()
text = "Line one\nline Two\nLINE three"
print(re.findall(r"^line", text, re.I | re.M), re.findall(r"one.line", text), re.findall(r"one.line", text, re.S))
print(re.findall(r"<.+>", "<a><b>"), re.findall(r"<.+?>", "<a><b>"), re.escape("1+1=2? (yes) [x]"), re.findall(r"(a)(b)?", "ab a"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"), re.sub("a", r"\\", "banana"))
for bad in ["(unclosed", "a{2,1}", "[z-a]", "*start", r"\p", "(?P<1x>a)", "a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r:14} -> {e.msg} at {e.pos}")
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
print(re.compile(r"\d", re.ASCII | re.I), re.compile("x").pattern, re.purge(), re.match(r"(?x) a b # comment", "ab").group())

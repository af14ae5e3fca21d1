# text processing as people write it: regex tokenising, word counts, a formatted report, log parsing with named groups
import re
from collections import Counter, defaultdict
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness..."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts))
for word, n in counts.most_common(5):
    print(f"{word:<8}{n:>3} {'*' * n}")
print(textwrap.fill(" ".join(sorted(counts)), width=50))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the age of wisdom"))

LOG = """2024-03-01 12:00:01 INFO  user=alice action=login ms=35
2024-03-01 12:00:05 ERROR user=bob action=upload ms=1200 err="disk full"
2024-03-01 12:01:10 INFO  user=alice action=upload ms=240
2024-03-01 12:02:00 WARN  user=carol action=login ms=900
bad line here
2024-03-01 12:03:30 ERROR user=alice action=delete ms=15 err="forbidden"
"""
pattern = re.compile(r"""(?P<date>\d{4}-\d\d-\d\d)\s(?P<time>[\d:]+)\s(?P<level>[A-Z]+)\s+
                         user=(?P<user>\w+)\saction=(?P<action>\w+)\sms=(?P<ms>\d+)
                         (?:\serr="(?P<err>[^"]*)")?""", re.VERBOSE)
by_user = defaultdict(list)
skipped = 0
for line in LOG.splitlines():
    m = pattern.match(line)
    if not m:
        skipped += 1
        continue
    d = m.groupdict()
    by_user[d["user"]].append((d["action"], int(d["ms"]), d["err"]))
print("skipped", skipped)
for user, acts in sorted(by_user.items()):
    total = sum(ms for _, ms, _ in acts)
    errs = [e for *_, e in acts if e]
    print(f"{user:>6}: {len(acts)} actions, {total:>5} ms, errors={errs}")
m = pattern.search(LOG)
print(m.span(), m.group("level", "user"), m.start("ms"), m.lastgroup, m.re.groups)
print(re.split(r"[,\s]+", "a, b  c,d"), re.split(r"(-)", "1-2-3", maxsplit=1), re.fullmatch(r"\d+", "123x"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), [m.group() for m in re.finditer(r"\d+", "x10y200")], re.escape("a.b*c"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22"), re.subn("a", "b", "banana"), re.I | re.M, repr(re.compile("x", re.I)))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)

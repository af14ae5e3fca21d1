# A log analyser: regex with named groups, datetime parsing, durations, per-level counts.
import re
from datetime import datetime, timedelta
from collections import Counter, defaultdict

LOG = """\
2024-03-01 08:59:58,120 INFO  [web-1] GET /index.html 200 512b 12ms
2024-03-01 09:00:01,002 WARN  [web-2] GET /api/users 429 0b 3ms
2024-03-01 09:00:02,500 INFO  [web-1] POST /api/login 200 88b 140ms
2024-03-01 09:01:15,999 ERROR [db] connection reset by peer (retry 1)
2024-03-01 09:01:16,250 ERROR [db] connection reset by peer (retry 2)
2024-03-01 09:02:00,000 INFO  [web-2] GET /api/users 200 2048b 45ms
malformed line here
2024-03-01 10:15:30,010 INFO  [web-1] GET /static/app.js 304 0b 1ms
2024-03-02 00:00:00,000 DEBUG [cron] nightly job started
"""
LINE = re.compile(r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (?P<level>[A-Z]+)\s+\[(?P<src>[\w-]+)\] (?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+)b (?P<ms>\d+)ms")

entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S,%f")
    entries.append(d)
print("parsed", len(entries), "bad lines", bad)
print(Counter(e["level"] for e in entries))
first, last = entries[0]["ts"], entries[-1]["ts"]
span = last - first
print("span", span, span.total_seconds(), span.days, span.seconds)
print(first.strftime("%a %d %b %Y %I:%M:%S %p"), last.isoformat(timespec="milliseconds"))
stats = defaultdict(list)
for e in entries:
    r = REQ.match(e["msg"])
    if r:
        stats[r["path"]].append((int(r["status"]), int(r["ms"])))
for path, hits in sorted(stats.items()):
    print(f"{path:16} hits={len(hits)} avg={sum(ms for _, ms in hits) / len(hits):.1f}ms statuses={sorted({s for s, _ in hits})}")
errors = [e for e in entries if e["level"] == "ERROR"]
gap = errors[1]["ts"] - errors[0]["ts"]
print("error gap", gap, gap / timedelta(milliseconds=1), gap < timedelta(seconds=1))
retries = [int(x) for x in re.findall(r"retry (\d+)", LOG)]
print("retries", retries)
hourly = Counter(e["ts"].replace(minute=0, second=0, microsecond=0) for e in entries)
for hour, n in sorted(hourly.items()):
    print(hour, n)
print(re.sub(r"(\d+)ms", lambda m: f"{int(m[1]) / 1000:.3f}s", entries[2]["msg"]))

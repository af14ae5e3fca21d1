# An access-log report: a regex per line, Counter, datetime.strptime, statistics, textwrap.
import re, statistics, textwrap
from collections import Counter, defaultdict
from datetime import datetime

LOG = r'''
10.0.0.1 - alice [12/Mar/2024:10:01:02 +0000] "GET /index.html HTTP/1.1" 200 1043 "-" "Mozilla/5.0" 0.012
10.0.0.2 - - [12/Mar/2024:10:01:05 +0000] "GET /about HTTP/1.1" 404 209 "-" "curl/8.1" 0.003
10.0.0.1 - alice [12/Mar/2024:10:02:10 +0000] "POST /api/cart HTTP/1.1" 201 77 "/index.html" "Mozilla/5.0" 0.145
10.0.0.3 - bob [12/Mar/2024:10:03:44 +0000] "GET /api/cart HTTP/1.1" 200 3021 "-" "Mozilla/5.0" 0.088
10.0.0.3 - bob [12/Mar/2024:11:15:00 +0000] "DELETE /api/cart/7 HTTP/1.1" 500 0 "-" "Mozilla/5.0" 1.204
garbage line that does not parse
10.0.0.4 - - [12/Mar/2024:11:59:59 +0000] "GET /index.html HTTP/1.0" 200 1043 "-" "Wget/1.21" 0.010
10.0.0.2 - - [13/Mar/2024:00:00:01 +0000] "HEAD / HTTP/1.1" 301 0 "-" "curl/8.1" 0.001
'''
PAT = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) \S+ (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<ref>[^"]*)" "(?P<agent>[^"]*)" (?P<secs>[\d.]+)')

rows, rejected = [], []
for n, line in enumerate(LOG.strip().splitlines(), 1):
    m = PAT.fullmatch(line)
    if not m:
        rejected.append((n, line))
        continue
    d = m.groupdict()
    d["when"] = datetime.strptime(d["when"], "%d/%b/%Y:%H:%M:%S %z")
    d["status"] = int(d["status"]); d["size"] = int(d["size"]); d["secs"] = float(d["secs"])
    rows.append(d)

print(f"{len(rows)} requests parsed, {len(rejected)} rejected")
for n, line in rejected:
    print(f"  line {n}: {line!r}")

by_status = Counter(r["status"] for r in rows)
by_class = Counter(f"{r['status'] // 100}xx" for r in rows)
print("status:", dict(sorted(by_status.items())))
print("classes:", by_class.most_common())
agents = Counter(r["agent"].split("/")[0] for r in rows)
print("agents:", agents.most_common(2))

secs = [r["secs"] for r in rows]
print(f"latency mean={statistics.mean(secs):.4f} median={statistics.median(secs):.4f} "
      f"stdev={statistics.stdev(secs):.4f} pstdev={statistics.pstdev(secs):.4f}")
print("quartiles:", [round(q, 4) for q in statistics.quantiles(secs, n=4)])
print("harmonic of sizes>0:", round(statistics.harmonic_mean([r["size"] for r in rows if r["size"]]), 3))

hourly = defaultdict(list)
for r in rows:
    hourly[r["when"].strftime("%Y-%m-%d %H:00")].append(r)
print()
print(f"{'hour':<17}|{'reqs':>5}|{'bytes':>7}|{'errors':>7}")
print("-" * 17 + "+" + "-" * 5 + "+" + "-" * 7 + "+" + "-" * 7)
for hour in sorted(hourly):
    rs = hourly[hour]
    errs = sum(r["status"] >= 400 for r in rs)
    print(f"{hour:<17}|{len(rs):>5}|{sum(r['size'] for r in rs):>7,}|{errs:>7}")

span = rows[-1]["when"] - rows[0]["when"]
print("\nspan:", span, "=", span.total_seconds(), "seconds")
slowest = max(rows, key=lambda r: r["secs"])
print("slowest:", slowest["method"], slowest["path"], slowest["when"].isoformat(), slowest["when"].tzname())
users = sorted({r["user"] for r in rows} - {"-"})
summary = (f"Between {rows[0]['when']:%A %d %B %Y at %H:%M} and {rows[-1]['when']:%a %d %b at %I:%M %p} "
           f"the server answered {len(rows)} requests from {len({r['ip'] for r in rows})} addresses; "
           f"signed-in users were {', '.join(users)}. The error rate was "
           f"{sum(r['status'] >= 500 for r in rows) / len(rows):.1%} for server errors.")
print(textwrap.fill(summary, width=60, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(summary, width=50, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""\
    paths:
      most: %s
    """) % Counter(r["path"] for r in rows).most_common(1)[0][0], "| "), end="")

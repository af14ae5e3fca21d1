# An error-log digest: re with named groups, datetime.strptime, Counter, statistics and a textwrap'd report.
import re
import statistics
import textwrap
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
[Mon Mar 04 09:12:01.123456 2024] [core:error] [pid 1201] [client 10.0.0.5:5123] AH00126: Invalid URI in request GET /../../etc/passwd HTTP/1.1
[Mon Mar 04 09:12:07.000001 2024] [php:warn] [pid 1202] [client 10.0.0.7:6001] PHP Warning:  Undefined variable $user in /srv/app/index.php on line 12
[Mon Mar 04 09:13:45.500000 2024] [ssl:info] [pid 1203] AH01964: Connection to child 3 established
[Mon Mar 04 09:15:00.250000 2024] [core:error] [pid 1201] [client 10.0.0.5:5124] AH00037: Symbolic link not allowed or link target not accessible: /srv/www/link
[Mon Mar 04 10:01:59.999999 2024] [proxy:error] [pid 1210] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost) failed
[Mon Mar 04 10:02:00.000000 2024] [proxy:error] [pid 1210] AH00959: ap_proxy_connect_backend disabling worker for (localhost) for 60s
[Mon Mar 04 11:30:12.100000 2024] [php:warn] [pid 1202] [client 10.0.0.9:6100] PHP Warning:  Division by zero in /srv/app/calc.php on line 40
garbage line that does not parse
[Mon Mar 04 11:45:00.000000 2024] [core:notice] [pid 1000] AH00094: Command line: '/usr/sbin/apache2'
"""

LINE = re.compile(
    r"^\[(?P<when>[^\]]+)\] \[(?P<module>\w+):(?P<level>\w+)\] \[pid (?P<pid>\d+)\]"
    r"(?: \[client (?P<client>[\d.]+):\d+\])? (?P<message>.*)$")
CODE = re.compile(r"\bAH(\d{5})\b")

entries, rejected = [], []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        rejected.append(number)
        continue
    d = m.groupdict()
    d["when"] = datetime.strptime(d["when"], "%a %b %d %H:%M:%S.%f %Y")
    d["pid"] = int(d["pid"])
    entries.append(d)

print(f"parsed {len(entries)} entries, rejected lines {rejected}")
levels = Counter(e["level"] for e in entries)
modules = Counter(e["module"] for e in entries)
print("levels :", sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])))
print("modules:", modules.most_common(3))
codes = Counter(c for e in entries for c in CODE.findall(e["message"]))
print("AH codes:", sorted(codes))

gaps = [(b["when"] - a["when"]).total_seconds() for a, b in zip(entries, entries[1:])]
print(f"gaps: n={len(gaps)} mean={statistics.mean(gaps):.3f}s median={statistics.median(gaps):.3f}s")
print(f"      stdev={statistics.stdev(gaps):.3f} max={max(gaps)} min={min(gaps)}")
print("quartiles:", [round(q, 2) for q in statistics.quantiles(gaps, n=4)])

by_client = defaultdict(list)
for e in entries:
    if e["client"]:
        by_client[e["client"]].append(e)
for client, items in sorted(by_client.items()):
    span = items[-1]["when"] - items[0]["when"]
    print(f"{client:<12} {len(items)} event(s) over {span} ({span // timedelta(minutes=1)} min)")

hourly = Counter(e["when"].strftime("%H:00") for e in entries)
width = max(hourly.values())
for hour in sorted(hourly):
    print(f"{hour} |{'#' * hourly[hour]:<{width}}| {hourly[hour]}")

print("\nERRORS")
for e in entries:
    if e["level"] == "error":
        head = f"{e['when']:%H:%M:%S} {e['module']:>6} pid={e['pid']}: "
        body = textwrap.fill(e["message"], width=72, initial_indent=head,
                             subsequent_indent=" " * len(head))
        print(body)
print(textwrap.shorten(entries[-1]["message"], width=30, placeholder=" [...]"))
print(textwrap.indent("first\n\nthird", "> ", predicate=lambda s: True))
print(textwrap.dedent("""\
        summary:
          errors: %d
          warnings: %d""") % (levels["error"], levels["warn"]))

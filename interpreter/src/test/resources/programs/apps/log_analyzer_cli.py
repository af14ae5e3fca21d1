# A whole application: a log analysis command-line tool: argparse with sub-options (its arguments
# come from the header's args line), configparser settings with interpolation, the logging module
# writing its own diagnostics to a StringIO with a custom Formatter and Filter, a generator pipeline
# parsing web-server log lines with re named groups, and summary reports (status classes, top paths,
# hourly histogram, slow requests, error bursts) printed as tables.
# args: --top 4 --slow-ms 250 --format table --exclude /health
import argparse
import configparser
import io
import logging
import re
import sys
from collections import Counter, defaultdict, deque
from datetime import datetime, timedelta
from itertools import islice, groupby
import random

CONFIG = """
[DEFAULT]
base = /var/log
[input]
path = %(base)s/app/access.log
encoding = utf-8
[report]
title = Access report for ${input:path}
width = 64
show_hist = yes
"""

LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" '
                  r"(?P<status>\d{3}) (?P<size>\d+|-) (?P<ms>\d+)ms")


def fake_log(n, seed=5):
    rng = random.Random(seed)
    paths = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/health", "/search?q=x", "/admin"]
    weights = [20, 8, 25, 10, 15, 12, 6, 2]
    t = datetime(2026, 12, 7, 8, 0, 0)
    for i in range(n):
        t += timedelta(seconds=rng.randint(1, 90))
        path = rng.choices(paths, weights)[0]
        status = rng.choices([200, 201, 301, 304, 400, 401, 404, 500, 503], [60, 5, 4, 8, 3, 3, 6, 2, 1])[0]
        if 560 <= i < 575:
            status = 500
        size = "-" if status in (304, 500) else str(rng.randint(100, 50000))
        user = rng.choice(["-", "-", "alice", "bob"])
        ms = int(rng.expovariate(1 / 80)) + 1
        yield f'10.0.{rng.randint(0, 3)}.{rng.randint(1, 40)} - {user} [{t:%d/%b/%Y:%H:%M:%S} +0000] "{rng.choice(["GET", "GET", "POST"])} {path} HTTP/1.1" {status} {size} {ms}ms'
        if i % 97 == 3:
            yield "garbage line without structure"


class OnlyWarnings(logging.Filter):
    def filter(self, record):
        record.tag = record.levelname[0]
        return record.levelno >= logging.INFO


parser = argparse.ArgumentParser(prog="logscan", description="Summarize access logs.")
parser.add_argument("--top", type=int, default=5, help="how many paths to show")
parser.add_argument("--slow-ms", type=int, default=500, dest="slow")
parser.add_argument("--format", choices=["table", "csv"], default="table")
parser.add_argument("--exclude", action="append", default=[])
parser.add_argument("-v", "--verbose", action="count", default=0)
args = parser.parse_args()
print("args:", vars(args))
print(parser.format_usage().strip())
try:
    parser.parse_args(["--format", "xml"])
except SystemExit as exc:
    print("SystemExit", exc.code)
help_text = parser.format_help()
print(help_text.splitlines()[0], "|", len(help_text.splitlines()), "help lines")

cfg = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cfg.read_string(CONFIG.replace("%(base)s", "${base}"))
print("config:", cfg.sections(), cfg["input"]["path"], cfg.getint("report", "width"), cfg.getboolean("report", "show_hist"))
print("title:", cfg["report"]["title"])
basic = configparser.ConfigParser()
basic.read_string(CONFIG)
print("basic interpolation:", basic.get("input", "path"), basic.get("report", "title", raw=True)[:20])

log_stream = io.StringIO()
log = logging.getLogger("logscan")
handler = logging.StreamHandler(log_stream)
handler.setFormatter(logging.Formatter("%(tag)s %(name)s.%(funcName)s: %(message)s"))
handler.addFilter(OnlyWarnings())
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        m = LINE.match(line)
        if not m:
            log.warning("line %d unparsable: %.20r", lineno, line)
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
        d["status"] = int(d["status"])
        d["size"] = 0 if d["size"] == "-" else int(d["size"])
        d["ms"] = int(d["ms"])
        yield d


def exclude(records, prefixes):
    for r in records:
        if any(r["path"].startswith(p) for p in prefixes):
            log.debug("skip %s", r["path"])
            continue
        yield r


records = list(exclude(parse(fake_log(700)), args.exclude))
log.info("kept %d records", len(records))
print(f"\n{cfg['report']['title']}\n" + "=" * cfg.getint("report", "width"))
print(f"records: {len(records)}  first: {records[0]['ts']:%H:%M:%S}  last: {records[-1]['ts']:%H:%M:%S}  span: {records[-1]['ts'] - records[0]['ts']}")
classes = Counter(f"{r['status'] // 100}xx" for r in records)
print("status classes:", " ".join(f"{k}={v}" for k, v in sorted(classes.items())))
statuses = Counter(r["status"] for r in records)
print("statuses:", sorted(statuses.items()))

paths = Counter(r["path"] for r in records)
by_path = defaultdict(list)
for r in records:
    by_path[r["path"]].append(r["ms"])
print(f"\n{'path':<16}{'hits':>6}{'avg ms':>9}{'p90':>6}{'max':>6}{'bytes':>10}")
for path, hits in paths.most_common(args.top):
    ms = sorted(by_path[path])
    p90 = ms[int(0.9 * (len(ms) - 1))]
    size = sum(r["size"] for r in records if r["path"] == path)
    print(f"{path:<16}{hits:>6}{sum(ms) / len(ms):>9.1f}{p90:>6}{ms[-1]:>6}{size:>10,}")

hours = Counter(r["ts"].hour for r in records)
if cfg.getboolean("report", "show_hist"):
    print()
    peak = max(hours.values())
    for h in sorted(hours):
        print(f"{h:02d}:00 {'█' * round(30 * hours[h] / peak):<30} {hours[h]}")

slow = [r for r in records if r["ms"] >= args.slow]
print(f"\nslow (>= {args.slow} ms): {len(slow)}; slowest:",
      [(r["path"], r["ms"]) for r in sorted(slow, key=lambda r: (-r["ms"], r["path"]))[:3]])
users = Counter(r["user"] for r in records if r["user"] != "-")
print("users:", sorted(users.items()), "ips:", len({r["ip"] for r in records}))

window = deque()
bursts = []
for r in records:
    if r["status"] >= 500:
        window.append(r["ts"])
        while window and r["ts"] - window[0] > timedelta(minutes=10):
            window.popleft()
        if len(window) >= 5 and (not bursts or r["ts"] - bursts[-1][1] > timedelta(minutes=10)):
            bursts.append((window[0], r["ts"], len(window)))
            log.error("error burst at %s (%d errors)", f"{r['ts']:%H:%M}", len(window))
print("error bursts:", [(f"{a:%H:%M}", f"{b:%H:%M}", n) for a, b, n in bursts])
runs = [(k, len(list(g))) for k, g in groupby(r["status"] >= 400 for r in records)]
print("longest failing run:", max(n for k, n in runs if k), "longest ok run:", max(n for k, n in runs if not k))
methods = Counter((r["method"], r["status"] // 100) for r in records)
print("methods:", sorted(methods.items())[:5])
if args.format == "csv":
    print("csv not shown")

print("\n-- diagnostics --")
diag = log_stream.getvalue().splitlines()
for line in diag[:4] + ["..."] + diag[-2:]:
    print(line)
print(len(diag), "diagnostic lines; levels:", sorted(Counter(line[0] for line in diag if line != "...").items()))
logging.getLogger().handlers.clear()
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
logging.warning("root warning %s", 42)
logging.getLogger("a.b").error("child error")
logging.getLogger("a.b").info("not shown")
print(logging.getLevelName(25), logging.getLevelName("ERROR"), log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))

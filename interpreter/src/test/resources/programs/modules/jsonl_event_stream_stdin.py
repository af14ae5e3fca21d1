# A JSON Lines event processor reading stdin: line-by-line json.loads with error lines reported to stderr with their numbers, groupby sessions, durations with datetime.fromisoformat, a summary table, and exit status 1 when any line was bad.
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from itertools import groupby

events, bad = [], 0
for number, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        ev = json.loads(line)
        ev["at"] = datetime.fromisoformat(ev["at"])
        events.append(ev)
    except (json.JSONDecodeError, KeyError, ValueError, TypeError) as e:
        bad += 1
        print(f"line {number}: {type(e).__name__}: {e}", file=sys.stderr)

print(f"{len(events)} events, {bad} bad lines")
events.sort(key=lambda e: (e["user"], e["at"]))
for user, evs in groupby(events, key=lambda e: e["user"]):
    evs = list(evs)
    span = evs[-1]["at"] - evs[0]["at"]
    kinds = Counter(e["type"] for e in evs)
    print(f"{user:<6} {len(evs):>2} events  span {span}  " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
pages = defaultdict(set)
for e in events:
    if e["type"] == "view":
        pages[e.get("page", "?")].add(e["user"])
for page, users in sorted(pages.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"  {page:<10} viewed by {len(users)}: {', '.join(sorted(users))}")
purchases = [e for e in events if e["type"] == "buy"]
total = sum(e.get("amount", 0) for e in purchases)
print(f"purchases: {len(purchases)} totalling {total:.2f}; first at {min(e['at'] for e in purchases):%H:%M:%S}")
by_hour = Counter(e["at"].hour for e in events)
print("by hour:", dict(sorted(by_hour.items())))
json.dump({"events": len(events), "bad": bad, "revenue": round(total, 2)}, sys.stdout, sort_keys=True)
print()
sys.exit(1 if bad else 0)

# A weekly timesheet: parsing clock-in/out entries with datetime.strptime, overnight shifts, timedelta sums and formatting as H:MM, overtime rules, ISO weeks, a calendar-like table, and validation errors collected per line.
from collections import defaultdict
from datetime import date, datetime, time, timedelta

ENTRIES = """\
2024-03-04 ann 08:58 17:05
2024-03-04 bob 22:00 06:30
2024-03-05 ann 09:10 12:00
2024-03-05 ann 12:45 18:40
2024-03-06 ann 09:00 17:00
2024-03-06 bob 21:55 07:00
2024-03-07 ann 9:00 17:00
2024-03-07 bob 23:00 23:00
2024-03-08 ann 08:00 20:15
2024-03-09 bob 10:00 14:00
2024-03-10 cid 25:00 26:00
2024-03-11 ann 09:00 17:00
"""

def fmt(td):
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    h, rem = divmod(abs(total), 3600)
    return f"{sign}{h}:{rem // 60:02d}"

per_day = defaultdict(timedelta)
errors = []
for n, line in enumerate(ENTRIES.splitlines(), 1):
    day_s, who, start_s, end_s = line.split()
    try:
        day = date.fromisoformat(day_s)
        start = datetime.combine(day, datetime.strptime(start_s, "%H:%M").time())
        end = datetime.combine(day, datetime.strptime(end_s, "%H:%M").time())
    except ValueError as e:
        errors.append((n, str(e)))
        continue
    if end <= start:
        if end == start:
            errors.append((n, "zero-length shift"))
            continue
        end += timedelta(days=1)
    per_day[(who, day)] += end - start

weeks = defaultdict(lambda: defaultdict(timedelta))
for (who, day), worked in per_day.items():
    year, week, _ = day.isocalendar()
    weeks[(year, week)][who] += worked
for (year, week), people in sorted(weeks.items()):
    monday = date.fromisocalendar(year, week, 1)
    print(f"Week {year}-W{week:02d} ({monday:%d %b} - {monday + timedelta(days=6):%d %b})")
    for who, total in sorted(people.items()):
        overtime = max(total - timedelta(hours=40), timedelta(0))
        print(f"  {who:<4} {fmt(total):>6}  overtime {fmt(overtime):>5}  avg/day {fmt(total / sum(1 for (w, d) in per_day if w == who and d.isocalendar()[1] == week)):>5}")
days = sorted({d for _, d in per_day})
print("      " + " ".join(f"{d:%a}" for d in days))
for who in sorted({w for w, _ in per_day}):
    print(f"{who:<5} " + " ".join(f"{fmt(per_day.get((who, d), timedelta())):>3}" if (who, d) in per_day else "  ." for d in days))
print("errors:", errors)
t = timedelta(hours=37, minutes=30)
print(t, t.days, t.seconds, t.total_seconds(), t / 5, t // timedelta(hours=8), t % timedelta(hours=8), -t, abs(-t))
print(timedelta(weeks=1, days=-1, hours=1.5), timedelta(milliseconds=1500), repr(timedelta(seconds=-1)), str(timedelta(0)))
print(time(17, 5).strftime("%I:%M %p"), (datetime(2024, 3, 10, 17) - datetime(2024, 3, 4, 9)).days, date(2024, 3, 4).weekday())
print(sum([timedelta(minutes=m) for m in (30, 45, 50)], timedelta()), max(per_day.values()), min(per_day.values()))
try:
    sum([timedelta(hours=1), timedelta(hours=2)])
except TypeError as e:
    print("TypeError:", e)
try:
    timedelta(days=1e10)
except OverflowError as e:
    print("OverflowError:", e)
print(date.max - date.min, datetime.min + timedelta(microseconds=1))
print(date(2024, 3, 4) + timedelta(days=365) - date(2024, 3, 4), date.today() > date(2000, 1, 1))
date(2024, 3, 4) + 1

# A whole application: a meeting planner across time zones: zoneinfo zones with their DST
# transitions, aware datetimes converted and compared, working-hours overlap found by interval
# arithmetic, recurring events (weekly, monthly by weekday) with dateutil-free rules, a
# calendar.TextCalendar month with marks, ISO weeks, business-day counting with holidays,
# timedelta formatting, strftime/strptime round trips and the errors of ambiguous input.
import calendar
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ZONES = {"Paris": ZoneInfo("Europe/Paris"), "New York": ZoneInfo("America/New_York"),
         "Tokyo": ZoneInfo("Asia/Tokyo"), "Kolkata": ZoneInfo("Asia/Kolkata"), "UTC": timezone.utc}
HOURS = {"Paris": (9, 18), "New York": (8, 17), "Tokyo": (9, 18), "Kolkata": (10, 19)}
HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}


def fmt_td(td):
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    d, rem = divmod(total, 86400)
    h, rem = divmod(rem, 3600)
    m = rem // 60
    return f"{sign}{d}d{h:02d}h{m:02d}m" if d else f"{sign}{h:02d}h{m:02d}m"


def working_window(city, day):
    start, end = HOURS[city]
    tz = ZONES[city]
    return (datetime.combine(day, time(start), tz).astimezone(timezone.utc),
            datetime.combine(day, time(end), tz).astimezone(timezone.utc))


def overlap(cities, day):
    windows = [working_window(c, day) for c in cities]
    lo = max(w[0] for w in windows)
    hi = min(w[1] for w in windows)
    return (lo, hi) if lo < hi else None


print("offsets on 2026-12-07 12:00 UTC:")
noon = datetime(2026, 12, 7, 12, tzinfo=timezone.utc)
for city, tz in ZONES.items():
    local = noon.astimezone(tz)
    print(f"  {city:<9} {local:%Y-%m-%d %H:%M %Z} utcoffset={local.utcoffset()} dst={local.dst()} {local.isoformat()}")

for cities in (["Paris", "New York"], ["Paris", "Kolkata"], ["Paris", "Tokyo"], ["New York", "Tokyo"], ["Paris", "New York", "Kolkata"]):
    for day in (date(2026, 12, 7), date(2026, 3, 16), date(2026, 3, 30)):
        ov = overlap(cities, day)
        text = f"{ov[0]:%H:%M}-{ov[1]:%H:%M} UTC ({fmt_td(ov[1] - ov[0])})" if ov else "none"
        print(f"{' + '.join(cities):<27} {day} {text}")

print("\nDST transitions 2026:")
for city in ("Paris", "New York"):
    tz = ZONES[city]
    day = datetime(2026, 1, 1, tzinfo=timezone.utc)
    prev = day.astimezone(tz).utcoffset()
    while day.year == 2026:
        nxt = day + timedelta(days=1)
        if nxt.astimezone(tz).utcoffset() != prev:
            # the offset changed during this day: find the hour
            t = day
            while t.astimezone(tz).utcoffset() == prev:
                t += timedelta(hours=1)
            off = t.astimezone(tz).utcoffset()
            print(f"  {city:<9} at {t:%Y-%m-%d %H:%M} UTC: {fmt_td(prev)} -> {fmt_td(off)} ({t.astimezone(tz).tzname()})")
            prev = off
        day = nxt
gap = datetime(2026, 3, 29, 2, 30, tzinfo=ZONES["Paris"])
print("nonexistent 02:30 Paris:", gap.utcoffset(), gap.astimezone(timezone.utc).time(), "fold=1:", gap.replace(fold=1).utcoffset())
amb = datetime(2026, 11, 1, 1, 30, tzinfo=ZONES["New York"])
print("ambiguous 01:30 NY:", amb.tzname(), amb.replace(fold=1).tzname(), amb.replace(fold=1) - amb, amb == amb.replace(fold=1))
print("utc round trip:", amb.replace(fold=1).astimezone(timezone.utc).astimezone(ZONES["New York"]).fold)


def weekly(start, count, every=1):
    return [start + timedelta(weeks=every * i) for i in range(count)]


def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n < len(days) or n == -1 else None


standup = weekly(datetime(2026, 10, 20, 9, 30, tzinfo=ZONES["New York"]), 4, every=2)
print("\nbiweekly standup in Paris time:", [f"{d.astimezone(ZONES['Paris']):%m-%d %H:%M}" for d in standup])
print("2nd Tuesday each month:", [str(nth_weekday(2026, m, calendar.TUESDAY, 1)) for m in range(9, 13)])
print("last Friday:", [nth_weekday(2026, m, calendar.FRIDAY, -1).day for m in range(1, 13)])


def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5 and d not in HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n


print("business days Dec 2026:", business_days(date(2026, 12, 1), date(2027, 1, 1)), "to Jan 15:", business_days(date(2026, 12, 20), date(2027, 1, 15)))
cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
text = cal.formatmonth(2026, 12)
for d in sorted(HOLIDAYS):
    if d.month == 12:
        text = text.replace(f"{d.day:2d}", "**", 1) if f" {d.day:2d}" in text else text
print(text)
print(calendar.month_name[12], calendar.day_abbr[0], calendar.isleap(2028), calendar.leapdays(2000, 2030), calendar.monthrange(2027, 2),
      calendar.weekday(2026, 12, 7), list(calendar.Calendar(6).iterweekdays())[:3])
print("iso:", date(2026, 12, 31).isocalendar(), date(2027, 1, 3).isocalendar().week, date.fromisocalendar(2026, 53, 1),
      date(2026, 12, 7).toordinal(), date.fromordinal(740000), date(2026, 12, 7).strftime("%A %j %U %W"))
stamp = "2026-12-07T18:45:00+05:30"
parsed = datetime.fromisoformat(stamp)
print("fromisoformat:", parsed, parsed.tzinfo, parsed.astimezone(ZONES["Tokyo"]), parsed.timestamp())
print("strptime:", datetime.strptime("07/12/26 6:45PM", "%d/%m/%y %I:%M%p"), datetime.strptime("2026-341", "%Y-%j").date())
for bad in ("2026-02-30", "31/31/2026", "2026-13-01T00:00"):
    try:
        datetime.fromisoformat(bad) if "-" in bad[:5] else datetime.strptime(bad, "%d/%m/%Y")
    except ValueError as exc:
        print("ValueError:", exc)
try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as exc:
    print("ZoneInfoNotFoundError:", exc)
try:
    datetime(2026, 1, 1) < datetime(2026, 1, 1, tzinfo=timezone.utc)
except TypeError as exc:
    print("TypeError:", exc)
print("timedelta:", timedelta(days=1, hours=-30), timedelta(weeks=3) / timedelta(days=2), timedelta(hours=25) // timedelta(hours=7),
      timedelta(seconds=-1), abs(timedelta(minutes=-90)), fmt_td(timedelta(days=-1, hours=3)), timedelta(microseconds=1500).total_seconds())
print("zone keys:", ZONES["Paris"].key, repr(ZONES["Tokyo"]), str(ZONES["Kolkata"]), timezone(timedelta(hours=-3, minutes=-30)),
      timezone(timedelta(0), "Z").tzname(None))

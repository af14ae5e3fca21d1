# time.strptime in the C locale: every directive, the defaults of fields the string leaves out, the
# day of the year from %j, from %U/%W with a weekday and from %G/%V, %y's century, %I with %p, %z in
# its forms, %Z, white space, case, and the errors (no match, data left over, bad directives, the
# ISO directives' rules, dates that do not exist); struct_time's hidden tm_zone and tm_gmtoff.
import time

cases = [
    ('2023-07-14 13:45:09', '%Y-%m-%d %H:%M:%S'),
    ('Fri Jul 14 13:45:09 2023', '%a %b %d %H:%M:%S %Y'),
    ('Fri Jul 14 13:45:09 2023', '%c'),
    ('friday JULY 14 2023', '%A %B %d %Y'),
    ('07/14/23', '%x'),
    ('13:45:09', '%X'),
    ('1 2 03', '%d %m %y'),
    ('69', '%y'),
    ('68', '%y'),
    ('2023   7   4', '%Y %m %d'),
    ('  2023', ' %Y'),
    ('2023\t\n7', '%Y %m'),
    ('12 AM', '%I %p'),
    ('12 pm', '%I %p'),
    ('01 pm', '%I %p'),
    ('7', '%I'),
    ('2023 001', '%Y %j'),
    ('2024 366', '%Y %j'),
    ('2023 60', '%Y %j'),
    ('2023 0 1', '%Y %U %w'),
    ('2023 0 0', '%Y %U %w'),
    ('2023 1 0', '%Y %W %w'),
    ('2023 52 6', '%Y %W %u'),
    ('2023 0 Mon', '%Y %W %a'),
    ('2024 10 Sunday', '%Y %U %A'),
    ('2023 5', '%Y %U'),
    ('2020 53 5', '%G %V %u'),
    ('2021 1 1', '%G %V %u'),
    ('2019 1 Mon', '%G %V %a'),
    ('2023 +0530', '%Y %z'),
    ('2023 -08:00', '%Y %z'),
    ('2023 Z', '%Y %z'),
    ('2023 +01:02:03.5', '%Y %z'),
    ('2023 +010203', '%Y %z'),
    ('2023 UTC', '%Y %Z'),
    ('2023 gmt', '%Y %Z'),
    ('123456', '%f'),
    ('5', '%w'),
    ('3', '%u'),
    ('100%', '%d%%'),
    ('[2023]', '[%Y]'),
    ('a.b 2023', 'a.b %Y'),
    ('Feb 29', '%b %d'),
    ('', ''),
    ('2023-07-14T00:00:00', '%Y-%m-%dT%H:%M:%S'),
    ('61', '%S'),
]
for text, fmt in cases:
    try:
        t = time.strptime(text, fmt)
        print(repr(text), repr(fmt), tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(text), repr(fmt), 'ValueError', e)

print(time.strptime('Mon Jan  2 03:04:05 2006'))
t = time.strptime('2023 +0530', '%Y %z')
print(t, len(t), t[-1], t[:3], t.tm_gmtoff)
print(time.mktime(time.strptime('2000-01-01', '%Y-%m-%d')) == time.mktime((2000, 1, 1, 0, 0, 0, 5, 1, -1)))

bad = [
    ('2023-13-01', '%Y-%m-%d'),
    ('2023-02-30', '%Y-%m-%d'),
    ('2023', '%Y %'),
    ('2023', '%Y%.'),
    ('2023', '%Y% d'),
    ('2023', '%Y %e'),
    ('2023', '%Q'),
    ('2023-01-01 extra', '%Y-%m-%d'),
    ('2023 z', '%Y %z'),
    ('2023 +01:0203', '%Y %z'),
    ('2023 5 1', '%G %V %u'),
    ('2023 5', '%G %V'),
    ('2023 5 1', '%Y %V %u'),
    ('5 1', '%V %u'),
    ('5', '%V'),
    ('2023 100 1', '%G %j %u'),
    ('2023 1 1', '%G %V %u %j'),
    ('abc', '%d'),
    ('2023 367', '%Y %j'),
    ('24', '%H'),
    ('13', '%I'),
    (2023, '%Y'),
    ('2023', 7),
    ('1 1', '%d %d'),
]
for text, fmt in bad:
    try:
        print('!', time.strptime(text, fmt))
    except Exception as e:
        print(type(e).__name__, e)

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s.tm_zone, s.tm_gmtoff, len(s), time.struct_time.n_fields, time.struct_time.n_sequence_fields)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'ABC', 3600))
print(s, s.tm_zone, s.tm_gmtoff, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), s.__reduce__())
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0), {'tm_zone': 'XYZ'})
print(s.tm_zone, s.tm_gmtoff)
for seq in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(seq)
    except TypeError as e:
        print(e)
g = time.gmtime(86400)
print(g.tm_zone, g.tm_gmtoff, g.__reduce__())
l = time.localtime(86400)
print(type(l.tm_zone).__name__, type(l.tm_gmtoff).__name__, l.tm_gmtoff == -time.timezone or l.tm_gmtoff == -time.altzone)

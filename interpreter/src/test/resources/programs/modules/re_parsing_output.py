# re: a program that studies memory parses tracemalloc-style lines with compiled patterns,
# sums sizes per file with a substitution function and writes a report into a StringIO.
import io
import re

lines = """\
/app/main.py:12: size=1024 B, count=8, average=128 B
/app/util.py:40: size=2048 KiB, count=3, average=682 KiB
/app/main.py:30: size=96 B, count=1, average=96 B
<frozen importlib._bootstrap>:241: size=3 MiB, count=12, average=262 KiB
garbage line
""".splitlines()
LINE = re.compile(r'^(?P<file>.+?):(?P<line>\d+): size=(?P<size>\d+(?:\.\d+)?) (?P<unit>[KM]i)?B, '
                  r'count=(?P<count>\d+)')
UNITS = {None: 1, 'Ki': 1024, 'Mi': 1024 * 1024}
totals = {}
for line in lines:
    m = LINE.match(line)
    if m is None:
        print('skipped:', line)
        continue
    size = int(m['size']) * UNITS[m['unit']]
    totals[m['file']] = totals.get(m['file'], 0) + size
out = io.StringIO()
for name, size in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f'{name:32} {size:>10}', file=out)
report = out.getvalue()
print(report, end='')
print(re.sub(r'\d+', lambda m: f'{int(m.group()):,}', report), end='')
print(re.findall(r'^\S+', report, re.M))
print(LINE)

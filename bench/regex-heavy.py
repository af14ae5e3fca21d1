# a regex-heavy workload: tokenizing, searching, substituting with templates and functions, splitting,
# and compiling many distinct patterns (cache misses)
import re

text = ("2024-01-%02d 12:%02d:07 INFO user=alice id=%d action=login ip=10.0.%d.%d msg='hello world'\n" * 1)
lines = [text % (i % 28 + 1, i % 60, i, i % 256, (i * 7) % 256) for i in range(4000)]
log = ''.join(lines)
TOKEN = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<rest>.*)")
KV = re.compile(r"(\w+)=('[^']*'|\S+)")
total = 0
for line in lines:
    m = TOKEN.match(line)
    total += len(m.group('date')) + len(KV.findall(m.group('rest')))
print(total)
print(len(re.sub(r'(\d+)\.(\d+)\.(\d+)\.(\d+)', r'\4.\3.\2.\1', log)))
print(len(re.sub(r'id=(\d+)', lambda m: 'id=%x' % int(m.group(1)), log)))
print(len(re.split(r'\s+', log)))
print(sum(1 for _ in re.finditer(r'\bal\w+', log)))
n = 0
for i in range(3000):
    p = re.compile(r'(?:ab|cd)%d[a-f]{1,%d}(x|y)?' % (i, i % 5 + 1))
    n += p.groups
print(n)
print(len(re.escape(log[:20000])))

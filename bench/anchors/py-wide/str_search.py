# string searching: in, find, index, count, startswith, rfind on a long text and many short ones.
import random

rng = random.Random(5)
alpha = "abcdefghij"
text = "".join(rng.choice(alpha) for _ in range(200000))
needles = ["".join(rng.choice(alpha) for _ in range(k)) for k in (3, 5, 8, 12) for _ in range(20)]
total = 0
for n in needles:
    total += text.count(n)
    total += text.find(n)
    total += text.rfind(n)
    total += (n in text)
short = ["%s%d%s" % (alpha[i % 10], i, alpha[(i * 3) % 10]) for i in range(100000)]
for _ in range(8):
    for s in short:
        if "12" in s:
            total += 1
        total += s.find("5")
        if s.startswith(("a", "b")):
            total += 1
        total += s.endswith("j")
        total += s.count("1")
pos = 0
while True:
    pos = text.find("abc", pos)
    if pos < 0:
        break
    total += pos & 7
    pos += 1
print(total)

# regular expressions over text: sub, findall, finditer, split, match in loops.
import re

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
lines = []
for i in range(20000):
    w = words[i % 10]
    lines.append("%s-%d: user%d@host%d.example.org said %s %s at 2024-%02d-%02d 12:%02d" %
                 (w, i, i, i % 97, words[(i * 7) % 10], w.upper(), i % 12 + 1, i % 28 + 1, i % 60))
text = "\n".join(lines)
email = re.compile(r"[\w.]+@([\w.]+)")
date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
total = 0
for _ in range(3):
    hosts = email.findall(text)
    total += len(hosts) + len(set(hosts))
    for m in date.finditer(text):
        total += int(m.group(2))
    t2 = re.sub(r"\b([a-z]+)-(\d+)", r"\2-\1", text)
    total += len(t2)
    t3 = date.sub(lambda m: "%s/%s/%s" % (m.group(3), m.group(2), m.group(1)), text)
    total += t3.count("/")
    total += len(re.split(r"\s+", text))
    for line in lines:
        if re.match(r"(alpha|gamma)-\d+", line):
            total += 1
        if re.search(r"THETA", line):
            total += 2
print(total)

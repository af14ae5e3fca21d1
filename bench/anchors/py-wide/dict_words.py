# dict and set heavy: word counts, Counter, defaultdict, set algebra.
from collections import Counter, defaultdict
import random

rng = random.Random(42)
vocab = ["w%d" % i for i in range(5000)]
words = [vocab[int(rng.random() ** 2 * 5000)] for _ in range(400000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
c = Counter(words)
bylen = defaultdict(list)
for w in words:
    bylen[len(w)].append(w)
first = defaultdict(int)
for w in words:
    first[w[:2]] += 1
a = set(words[:200000])
b = set(words[200000:])
s = len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
common = c.most_common(10)
inv = {v: k for k, v in counts.items()}
total = 0
for _ in range(20):
    for k in vocab:
        if k in counts:
            total += counts[k]
print(len(counts), common[:3], sorted(bylen), sorted(first.items())[:3], s, len(inv), total)

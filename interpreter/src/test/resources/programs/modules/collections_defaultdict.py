# defaultdict calls its factory for a missing key and stores the result.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print({k: dict(v) for k, v in nested.items()}, repr(defaultdict(None))[:22])
print(groups.get("q"), "q" in groups)

# interview classics: an LRU cache on OrderedDict, a trie with prefix counts, two-sum, merging intervals, top-k by heapq
from collections import OrderedDict, defaultdict, Counter
import heapq

class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            print("evict", self.d.popitem(last=False))
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2)); c.put(4, 4); print(c.get(1), c.get(3), c.get(4), c.d)

class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {"#count": 0})
            node["#count"] += 1
        node["$"] = True
    def count_prefix(self, p):
        node = self.root
        for ch in p:
            if ch not in node:
                return 0
            node = node[ch]
        return node["#count"]
t = Trie()
for w in "apple app apply ape banana band bandana".split():
    t.insert(w)
print([(p, t.count_prefix(p)) for p in ("ap", "app", "ban", "c", "bandana")])

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 3], 6), two_sum([1], 5))

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
words = "the quick the lazy the dog quick fox a a a".split()
cnt = Counter(words)
print(heapq.nlargest(3, cnt.items(), key=lambda kv: (kv[1], kv[0])), cnt.most_common(2))
print(heapq.nsmallest(2, [5, 1, 4, 1, 3]), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
groups = defaultdict(list)
for w in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values()))
def valid_parens(s):
    stack, pairs = [], {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif not stack or stack.pop() != pairs[ch]:
            return False
    return not stack
print([valid_parens(s) for s in ("()[]{}", "(]", "([)]", "{[]}", "(")])

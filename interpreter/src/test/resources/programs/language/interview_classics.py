# interview classics: two-sum, anagram groups, balanced brackets, LRU by OrderedDict, merge intervals, top-k
from collections import OrderedDict, defaultdict, Counter
import heapq
import bisect

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))

def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted(groups.values(), key=lambda g: (-len(g), g))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
print([balanced(s) for s in ["()[]{}", "([)]", "{[]}", "((", ""]])

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
lru = LRU(2)
lru.put(1, 1); lru.put(2, 2); print(lru.get(1)); lru.put(3, 3); print(lru.get(2), list(lru.d.items()), lru.d)

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]))

def top_k(nums, k):
    return [n for n, _ in Counter(nums).most_common(k)]
print(top_k([1, 1, 1, 2, 2, 3], 2), heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]))

def search_insert(a, x):
    return bisect.bisect_left(a, x)
print([search_insert([1, 3, 5, 6], x) for x in (5, 2, 7, 0)])

def longest_unique(s):
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
print([longest_unique(s) for s in ["abcabcbb", "bbbbb", "pwwkew", ""]])

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
print(rotate([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
def fizzbuzz(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]
print(" ".join(fizzbuzz(15)))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("race a car"))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

# interview string problems: longest palindrome by expansion, anagram windows with Counter, run-length encode/decode by groupby and regex, word ladder BFS, minimum window substring
from collections import Counter, deque
from itertools import groupby
import re, string

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        l, r = center // 2, (center + 1) // 2
        while l >= 0 and r < len(s) and s[l] == s[r]:
            l, r = l - 1, r + 1
        if r - l - 1 > len(best):
            best = s[l + 1:r]
    return best
print([longest_palindrome(s) for s in ("babad", "cbbd", "forgeeksskeegfor", "a", "")])

def anagram_starts(text, pattern):
    need, window, out = Counter(pattern), Counter(), []
    for i, ch in enumerate(text):
        window[ch] += 1
        if i >= len(pattern):
            old = text[i - len(pattern)]
            window[old] -= 1
            if not window[old]:
                del window[old]
        if window == need:
            out.append(i - len(pattern) + 1)
    return out
print(anagram_starts("cbaebabacd", "abc"), anagram_starts("abab", "ab"))

def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for s in ("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbc"):
    e = rle(s)
    print(e, unrle(e) == s)

def ladder(begin, end, words):
    words = set(words)
    q = deque([(begin, [begin])])
    seen = {begin}
    while q:
        w, path = q.popleft()
        if w == end:
            return path
        for i in range(len(w)):
            for c in string.ascii_lowercase:
                nxt = w[:i] + c + w[i + 1:]
                if nxt in words and nxt not in seen:
                    seen.add(nxt)
                    q.append((nxt, path + [nxt]))
    return None
print(ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]), ladder("hit", "cog", ["hot"]))

def min_window(s, t):
    need, missing = Counter(t), len(t)
    i = start = end = 0
    for j, ch in enumerate(s, 1):
        missing -= need[ch] > 0
        need[ch] -= 1
        if not missing:
            while need[s[i]] < 0:
                need[s[i]] += 1
                i += 1
            if not end or j - i < end - start:
                start, end = i, j
            need[s[i]] += 1
            missing += 1
            i += 1
    return s[start:end]
print(repr(min_window("ADOBECODEBANC", "ABC")), repr(min_window("a", "aa")), repr(min_window("aa", "aa")))
def is_rotation(a, b):
    return len(a) == len(b) and b in a + a
print(is_rotation("waterbottle", "erbottlewat"), is_rotation("abc", "acb"))
def compress_words(text):
    return " ".join(w[0] + str(len(w) - 2) + w[-1] if len(w) > 3 else w for w in text.split())
print(compress_words("internationalization is a localization problem"))
print(Counter("mississippi").most_common(), sorted(Counter("hello world").elements())[:5])
print(max(set("abracadabra"), key="abracadabra".count), "".join(sorted(set("banana"), key="banana".index)))

# bisect for grade tables, sorted insertion, range counting, and key= lookups on records.
import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59.9, 60]])
scores = []
for s in [55, 91, 72, 72, 68, 100, 85]:
    bisect.insort(scores, s)
print(scores)
print(bisect.bisect_left(scores, 72), bisect.bisect_right(scores, 72), bisect.bisect(scores, 0), bisect.bisect(scores, 1000))
def count_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
print(count_range(scores, 70, 90), count_range(scores, 101, 200))
def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index_of(scores, 85))
try:
    index_of(scores, 86)
except ValueError as e:
    print(e)
people = sorted([("ann", 31), ("bob", 25), ("cy", 40), ("di", 25)], key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 30):])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]))
bisect.insort(people, ("ed", 33), key=lambda p: p[1])
print(people)
bisect.insort_left(scores, 72, lo=2)
print(scores, bisect.bisect_left(scores, 72, 0, 3), bisect.bisect_right(scores, 72, hi=4))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, words[bisect.bisect_left(words, "l"):bisect.bisect_left(words, "q")])

# the common shapes of reading all of stdin: numbers per line summed, split() of the whole read,
# a word count over `for line in sys.stdin`
import sys

first = int(sys.stdin.readline())
rows = [list(map(int, sys.stdin.readline().split())) for _ in range(first)]
print(first, rows, [sum(r) for r in rows])
words = {}
for line in sys.stdin:
    for w in line.split():
        words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
print(repr(sys.stdin.read()))

# What splitting a text costs: the list str.split preallocates and the new
# str per word (one-letter words are the cached ones), against iterating
# with re.finditer or a generator that keeps one word at a time.
import re
import sys

text = ("the quick brown fox jumps over a lazy dog and I see it " * 200).strip()
words = text.split()
print("text:", len(text), sys.getsizeof(text))
print("words:", len(words), "list:", sys.getsizeof(words))
distinct = {id(w) for w in words}
print("distinct word objects:", len(distinct))
one_letter = [w for w in words if len(w) == 1]
print("one-letter words share objects:", len({id(w) for w in one_letter}), "of", len(one_letter))
total = sys.getsizeof(words) + sum(sys.getsizeof(w) for w in {id(w): w for w in words}.values())
print("list plus distinct strs:", total)
print("split with maxsplit 3:", sys.getsizeof(text.split(maxsplit=3)), "split(' '):", sys.getsizeof(text.split(" ")))
print("splitlines of 3 lines:", sys.getsizeof("a\nb\nc".splitlines()), "partition:", sys.getsizeof(text.partition(" ")))
lengths = [len(m.group()) for m in re.finditer(r"\S+", text)]
print("finditer lengths:", len(lengths), sum(lengths))
def iter_words(s):
    start = 0
    for i, ch in enumerate(s):
        if ch == " ":
            yield s[start:i]
            start = i + 1
    yield s[start:]
gen = iter_words(text)
print("generator object:", sys.getsizeof(gen), "first:", next(gen), "count:", 1 + sum(1 for _ in gen))
interned = [sys.intern(w) for w in words]
print("interned distinct:", len({id(w) for w in interned}))
print("rsplit:", text.rsplit(None, 2)[-2:], sys.getsizeof(text.rsplit(None, 2)))

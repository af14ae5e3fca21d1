# Iterables versus iterators as Fluent Python separates them: a re-iterable container whose
# __iter__ returns a new iterator, an iterator whose __iter__ returns itself (exhausted after one
# pass), __length_hint__ and operator.length_hint, the old __getitem__ protocol stopping at
# IndexError, a binary tree walked by recursive yield from, StopIteration inside a generator
# becoming RuntimeError, and next() defaults.
import operator, itertools

class Sentence:
    def __init__(self, text):
        self.words = text.split()
    def __iter__(self):
        return SentenceIterator(self.words)
    def __len__(self):
        return len(self.words)

class SentenceIterator:
    def __init__(self, words):
        self.words, self.index = words, 0
    def __next__(self):
        try:
            word = self.words[self.index]
        except IndexError:
            raise StopIteration
        self.index += 1
        return word
    def __iter__(self):
        return self
    def __length_hint__(self):
        return len(self.words) - self.index

s = Sentence("the quick brown fox")
print(list(s), list(s), len(s), [w.upper() for w in s if len(w) > 3])
it = iter(s)
print(next(it), operator.length_hint(it), list(it), list(it), next(it, "<end>"), operator.length_hint(it))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(object(), 7))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(zip(Squares(), "abc")), iter(Squares()).__class__.__name__)

class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

tree = Node(8, Node(3, Node(1), Node(6, Node(4), Node(7))), Node(10, None, Node(14, Node(13))))
print(list(tree), sum(tree), max(tree), sorted(tree, reverse=True)[:3], list(tree.levels()))
print(list(itertools.islice(tree, 2, 5)), 6 in tree, 5 in tree)

def bad_gen():
    yield 1
    raise StopIteration("leaked")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c), [x for x in Countdown(2)], dict.fromkeys(Countdown(3)))
class NotIter:
    pass
for obj in (NotIter(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
class BadNext:
    def __iter__(self):
        return self
try:
    for x in BadNext():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
gen = (x * 2 for x in range(3))
print(iter(gen) is gen, next(gen), list(gen), list(gen))
m = map(str, [1, 2])
print(next(m), list(m), list(m), type(reversed([1])).__name__, type(iter({})).__name__, type(iter(range(3))).__name__, type(iter("")).__name__)

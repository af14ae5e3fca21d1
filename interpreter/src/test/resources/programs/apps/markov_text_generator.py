# A whole application: a Markov chain text generator trained on a built-in corpus: tokenizing with
# re, counting n-grams with Counter/defaultdict, weighted choices from a seeded random.Random
# (choices with cum_weights, choice, sample, shuffle), generated sentences, the chain's statistics
# (entropy with math.log2, the most likely paths), and a pickle round trip of the model.
import math
import pickle
import random
import re
import textwrap
from bisect import bisect
from collections import Counter, defaultdict
from itertools import accumulate, islice

CORPUS = """
The memory manager keeps small objects in pools, and pools live in arenas. When a pool is empty
it goes back to the arena, and when an arena is empty it goes back to the system. The collector
finds cycles that reference counting cannot free. It looks at containers only, because only
containers can make cycles. A list that holds itself is a cycle; a dict that holds a list that
holds the dict is a cycle too. The collector subtracts the references that come from inside the
generation, and what is left with a count above zero is reachable from outside. Objects reachable
from those are reachable too. The rest is garbage, and the collector breaks its cycles by clearing
them. Weak references to the garbage are cleared first, and their callbacks run. Then finalizers
run, and then the objects are freed, unless a finalizer made them reachable again. The memory
manager and the collector work together: one hands out blocks, the other gives them back.
Small objects are fast to allocate because a pool keeps a free list of blocks of one size.
"""

WORD = re.compile(r"[A-Za-z']+|[.;:,]")


def tokens(text):
    return [w.lower() if w not in ".;:," else w for w in WORD.findall(text)]


class MarkovChain:
    def __init__(self, order=2, seed=0):
        self.order = order
        self.table = defaultdict(Counter)
        self.starts = Counter()
        self.rng = random.Random(seed)

    def train(self, words):
        padded = ["."] * self.order + words
        for i in range(len(words)):
            state = tuple(padded[i:i + self.order])
            nxt = padded[i + self.order]
            self.table[state][nxt] += 1
            if state[-1] == "." and nxt != ".":
                self.starts[nxt] += 1
        return self

    def choose(self, counter):
        options = sorted(counter)
        cum = list(accumulate(counter[o] for o in options))
        x = self.rng.random() * cum[-1]
        return options[bisect(cum, x)]

    def sentence(self, max_words=30):
        state = ("." ,) * self.order
        out = []
        while len(out) < max_words:
            if state not in self.table:
                break
            word = self.choose(self.table[state])
            if word == "." and out:
                break
            if word != ".":
                out.append(word)
            state = state[1:] + (word,)
        text = " ".join(out)
        text = re.sub(r" ([;:,])", r"\1", text)
        return text[:1].upper() + text[1:] + "."

    def entropy(self, state):
        c = self.table[state]
        total = sum(c.values())
        return -sum(n / total * math.log2(n / total) for n in c.values())

    def most_likely(self, state, steps):
        path = list(state)
        for _ in range(steps):
            c = self.table.get(tuple(path[-self.order:]))
            if not c:
                break
            word = max(sorted(c), key=c.__getitem__)
            path.append(word)
        return " ".join(path)

    def __getstate__(self):
        state = self.__dict__.copy()
        state["rng"] = self.rng.getstate()
        state["table"] = {k: dict(v) for k, v in self.table.items()}
        return state

    def __setstate__(self, state):
        rng = random.Random()
        rng.setstate(state.pop("rng"))
        table = defaultdict(Counter, {k: Counter(v) for k, v in state.pop("table").items()})
        self.__dict__.update(state, rng=rng, table=table)


words = tokens(CORPUS)
print("tokens:", len(words), "distinct:", len(set(words)))
freq = Counter(w for w in words if w.isalpha())
print("top words:", freq.most_common(8))
print("hapax:", sum(1 for n in freq.values() if n == 1), sorted(w for w, n in freq.items() if n == 1)[:10])
bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(5)])

for order in (1, 2, 3):
    chain = MarkovChain(order, seed=order * 101).train(words)
    states = len(chain.table)
    branching = sum(len(c) for c in chain.table.values()) / states
    print(f"\norder {order}: {states} states, branching {branching:.3f}")
    for _ in range(3):
        print(textwrap.fill(chain.sentence(), width=72, initial_indent="  * ", subsequent_indent="    "))
    rich = sorted(chain.table, key=lambda s: (-chain.entropy(s), s))[:3]
    for s in rich:
        print(f"  H{s} = {chain.entropy(s):.4f} bits over {len(chain.table[s])} options")

chain = MarkovChain(2, seed=42).train(words)
print()
print("likely:", chain.most_likely(("the", "collector"), 12))
print("starts:", chain.starts.most_common(4))
blob = pickle.dumps(chain, protocol=4)
clone = pickle.loads(blob)
same = [chain.sentence() for _ in range(3)] == [clone.sentence() for _ in range(3)]
print("pickle round trip:", type(clone).__name__, len(clone.table) == len(chain.table), "same sentences:", same)
print("tables equal:", clone.table == chain.table, isinstance(clone.table, defaultdict), clone.table.default_factory)

rng = random.Random(2026)
print()
print("choices:", rng.choices(["red", "green", "blue"], weights=[5, 3, 1], k=10))
print("cum:", rng.choices("abc", cum_weights=[1, 1, 10], k=6))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print("deal:", deck[:5], deck[-3:])
print("sample:", rng.sample(range(100), 7), rng.sample(["x", "y", "z"], counts=[3, 1, 2], k=4))
print("uniform:", round(rng.uniform(1, 2), 12), "gauss:", round(rng.gauss(0, 1), 12),
      "triangular:", round(rng.triangular(0, 10, 3), 12))
print("randbytes:", rng.randbytes(6).hex(), "getrandbits:", rng.getrandbits(70), "randrange:", rng.randrange(0, 100, 7))
print("expovariate:", round(rng.expovariate(1.5), 12), "betavariate:", round(rng.betavariate(2, 5), 12),
      "vonmises:", round(rng.vonmisesvariate(1, 2), 12))
walk = list(islice(accumulate(rng.choice((-1, 1)) for _ in iter(int, 1)), 40))
print("walk:", walk[-1], min(walk), max(walk))
print("".join("#" if x > 0 else "." for x in walk))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print("replay equal:", a == [rng.random() for _ in range(3)], random.Random("seed text").random(),
      random.Random(b"bytes").randint(1, 10 ** 30))

# A Markov chain text generator seeded with random.seed: choices, weights, sample, shuffle.
import random
from collections import defaultdict, Counter

corpus = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
a dog and a cat met on the mat . the log was on the hill . the cat ran ."""
words = corpus.split()
chain = defaultdict(list)
for a, b, c in zip(words, words[1:], words[2:]):
    chain[(a, b)].append(c)
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(4))

def generate(seed, n=18):
    rng = random.Random(seed)
    key = rng.choice(sorted(chain))
    out = list(key)
    for _ in range(n):
        options = chain.get(key)
        if not options:
            break
        nxt = rng.choice(options)
        out.append(nxt)
        key = (key[1], nxt)
    return " ".join(out)

for s in (1, 2, 42):
    print(s, generate(s))
random.seed(12345)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 5))
print(random.choices("abc", weights=[5, 1, 1], k=10))
print(random.sample(range(100), 5), random.uniform(1, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.gauss(0, 1), random.triangular(0, 10, 3), random.getrandbits(40))
print(random.choice(["only"]), random.betavariate(2, 3), random.expovariate(1.5))
rng = random.Random("a string seed")
print(rng.random(), rng.randbytes(6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)

# Word frequencies of a text: re tokenizing, Counter, ties broken alphabetically, a bar chart, n-grams.
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us; we had nothing before us!"""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:>{width}} {n:3d} {'#' * n}")
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) for b, n in bigrams.most_common(3)])
lengths = Counter(map(len, words))
print(sorted(lengths.items()))
print(max(words, key=len), min(freq, key=lambda w: (freq[w], w)))
sentences = [s.strip() for s in re.split(r"(?<=[.;!])\s+", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps)
print(re.sub(r"\bit was\b", "'twas", TEXT.splitlines()[0], flags=re.I))
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(vowels.most_common(), sum(vowels.values()))
print(f"{freq['was'] / len(words):.2%} of words are 'was'")

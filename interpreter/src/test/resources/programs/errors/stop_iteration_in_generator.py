# PEP 479: StopIteration escaping a generator becomes RuntimeError, chained, uncaught.
def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)
        yield line.split()[0]

print(list(first_words(["a b"])[:0]) if False else "start")
for w in first_words(["hello world", "foo bar"]):
    print(w)
